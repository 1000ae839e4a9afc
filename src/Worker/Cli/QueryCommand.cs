using System.CommandLine;
using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.DependencyInjection;
using Sermo.Analytics.HeatMaps;
using Sermo.Analytics.Query;
using Sermo.Storage.Search;
using Sermo.Worker.Hosting;

namespace Sermo.Worker.Cli;

/// <summary>Runs an analyst query against the configured search index: hits with excerpts, a histogram and facets.</summary>
internal static class QueryCommand
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static Command Create()
    {
        var query = new Argument<string>("query") { Description = "e.g. \"eliquis OR apixaban\", \"\\\"atrial fibrillation\\\" AND NOT warfarin\", brand:humira disease:E11 date:2026-01-01..2026-03-31" };
        var from = new Option<DateOnly?>("--from") { Description = "First day (yyyy-MM-dd)." };
        var to = new Option<DateOnly?>("--to") { Description = "Last day (yyyy-MM-dd)." };
        var interval = new Option<BucketInterval>("--interval") { Description = "Histogram bucket: day, week or month.", DefaultValueFactory = _ => BucketInterval.Week };
        var sort = new Option<SearchSort>("--sort") { Description = "relevance or newest.", DefaultValueFactory = _ => SearchSort.Relevance };
        var size = new Option<int>("--size") { Description = $"Hits per page (0..{SearchRequest.MaxSize}).", DefaultValueFactory = _ => 10 };
        var cursor = new Option<string?>("--cursor") { Description = "Next-page cursor printed by the previous page." };
        var json = new Option<bool>("--json") { Description = "Print the result as JSON." };
        var command = new Command("query", "Search every anonymized post with the query language; cells from fewer than k authors are suppressed, and a query matching fewer than k authors shows nothing and is audited.")
        {
            query, from, to, interval, sort, size, cursor, json,
        };
        command.SetAction((parse, ct) => SermoCommandLine.RunAsync(async () =>
        {
            var text = parse.GetRequiredValue(query);
            var request = new SearchRequest(
                ParseQuery(text),
                parse.GetValue(sort),
                parse.GetValue(size) is var n and >= 0 and <= SearchRequest.MaxSize ? n : throw new UserInputException($"--size must be 0..{SearchRequest.MaxSize}."),
                parse.GetValue(cursor),
                parse.GetValue(from),
                parse.GetValue(to),
                parse.GetValue(interval));
            var data = DataFolder.Resolve(parse.GetValue(SermoCommandLine.Data), create: false);
            using var host = SermoHost.Build(data, parse.GetValue(SermoCommandLine.Verbose));
            var asker = new SearchAsker($"cli:{Environment.UserName}", text);
            var result = await SearchAsync(host.Services.GetRequiredService<SinglingOutGuard>(), request, asker, ct);
            if (parse.GetValue(json))
            {
                Console.WriteLine(JsonSerializer.Serialize(result, Json));
            }
            else
            {
                Print(result, request.Interval);
            }

            return 0;
        }));
        return command;
    }

    /// <summary>Parse errors and refusals are the analyst's to fix: one line with the position, exit code 2.</summary>
    public static QueryNode ParseQuery(string text)
    {
        try
        {
            return QueryParser.Parse(text);
        }
        catch (QuerySyntaxException ex)
        {
            // One line, as for all bad input: the message names the position and what was expected there.
            throw new UserInputException($"query: {ex.Message}");
        }
        catch (QueryRefusedException ex)
        {
            // One line: the reason names the position itself (a query can be 2,000 characters long).
            throw new UserInputException($"query refused: {ex.Reason}");
        }
    }

    /// <summary>A cursor the index never returned, or a histogram over its limit, is the analyst's to fix (exit 2).</summary>
    private static async Task<SearchResult> SearchAsync(SinglingOutGuard guard, SearchRequest request, SearchAsker asker, CancellationToken ct)
    {
        try
        {
            return await guard.SearchAsync(request, asker, ct);
        }
        catch (ArgumentException ex) when (ex.ParamName == "cursor")
        {
            throw new UserInputException($"--cursor: '{request.Cursor}' is not a cursor a previous page printed.");
        }
        catch (QueryRefusedException ex)
        {
            throw new UserInputException($"query refused: {ex.Reason}");
        }
    }

    private static void Print(SearchResult result, BucketInterval interval)
    {
        if (result.Refused is not null)
        {
            Console.WriteLine($"refused: {result.Refused}");
            return;
        }

        Console.WriteLine($"{result.Total?.ToString("N0", CultureInfo.InvariantCulture)} posts");
        foreach (var hit in result.Hits)
        {
            Console.WriteLine($"  {hit.CreatedAt:yyyy-MM-dd}  {hit.PostId}  [{hit.Specialty ?? "-"}, {hit.State ?? "-"}, {hit.Sentiment}]");
            Console.WriteLine($"    {Terminal(hit.Excerpt)}");
        }

        if (result.NextCursor is not null)
        {
            Console.WriteLine($"  more: --cursor {result.NextCursor}");
        }

        if (result.Histogram.Count > 0)
        {
            Console.WriteLine($"per {interval.ToString().ToLowerInvariant()} ('·' = fewer than k authors):");
            foreach (var bucket in result.Histogram)
            {
                Console.WriteLine($"  {TimeBuckets.Label(bucket.Start, interval),-10} {(bucket.Suppressed ? "·" : bucket.Posts?.ToString(CultureInfo.InvariantCulture)),8}");
            }
        }

        foreach (var facet in result.Facets)
        {
            var values = facet.Values.Select(v => $"{v.Label} {v.Posts.ToString(CultureInfo.InvariantCulture)}");
            var suppressed = facet.Suppressed > 0 ? $" (+{facet.Suppressed} under k)" : "";
            Console.WriteLine($"{facet.Name}: {string.Join(", ", values)}{suppressed}");
        }
    }

    private static string Terminal(string excerpt) =>
        WebUtility.HtmlDecode(excerpt.Replace("<mark>", "«", StringComparison.Ordinal).Replace("</mark>", "»", StringComparison.Ordinal));
}
