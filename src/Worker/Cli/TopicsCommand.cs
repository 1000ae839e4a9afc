using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Sermo.Analytics.Emerging;
using Sermo.Reports.Emerging;
using Sermo.Storage.Clients;
using Sermo.Storage.Emerging;
using Sermo.Worker.Hosting;

namespace Sermo.Worker.Cli;

/// <summary>
/// <c>topics emerging</c>, <c>topics promote</c> and <c>topics promotions</c>: the analysts' side of emerging topics
/// (docs/emerging-topics.md). Exact counts, on the host only, like <c>query</c>; clients see released numbers in reports.
/// </summary>
internal static class TopicsCommand
{
    private const int AuditRows = 100;

    public static Command Create()
    {
        var command = new Command("topics", "Emerging topics: terms no watchlist follows that rise against their own baseline, and their promotion to a client's watchlist.");
        command.Subcommands.Add(Emerging());
        command.Subcommands.Add(Promote());
        command.Subcommands.Add(Promotions());
        return command;
    }

    private static Command Emerging()
    {
        var week = new Option<DateOnly?>("--week", "-w") { Description = "Any day of the ISO week to test (yyyy-MM-dd); default: the last whole week up to the newest post, as reports take it." };
        var specialty = new Option<string?>("--specialty", "-s") { Description = "Test within this specialty's members only; default: all members." };
        var client = new Option<string?>("--client", "-c") { Description = "Only topics in this client's therapeutic areas (from its watchlist)." };
        var top = new Option<int>("--top") { Description = "How many topics to print.", DefaultValueFactory = _ => 10 };
        var command = new Command("emerging",
            "Significant risers of one week against the trailing baseline weeks (Emerging:BaselineWeeks), by distinct authors: rank, term, kind, authors / active members, baseline rate, lift, p-value, areas.")
        {
            week, specialty, client, top,
        };
        command.SetAction((parse, ct) => SermoCommandLine.RunAsync(async () =>
        {
            if (parse.GetValue(top) is < 1 or > 1000)
            {
                throw new UserInputException($"--top is {parse.GetValue(top)}; use 1 to 1000.");
            }

            using var host = BuildHost(parse);
            var services = host.Services;
            var askedWeek = DayOptionWindow.Check("--week", parse.GetValue(week), services);
            var newest = await services.GetRequiredService<IEmergingPostReader>().LatestDayAsync(ct)
                ?? throw new UserInputException("The store has no posts yet; run `ingest` (or `demo`) first.");
            var testedWeek = EmergingTopicFinder.WeekOf(askedWeek ?? EmergingTopicFinder.LastWholeWeek(newest));
            var areasOfClient = await ClientAreasAsync(services, parse.GetValue(client), ct);
            var finder = services.GetRequiredService<EmergingTopicFinder>();
            var analysis = await finder.AnalyzeAsync(testedWeek, ct);
            var segment = parse.GetValue(specialty);
            if (segment is not null && !analysis.Counts.Specialties.Contains(segment, StringComparer.Ordinal))
            {
                throw new UserInputException($"No posts from specialty '{segment}' in the week of {testedWeek:yyyy-MM-dd} or its baseline. Known: {string.Join(", ", analysis.Counts.Specialties)}.");
            }

            var ranked = analysis.Rank(testedWeek, segment, finder.Settings)
                .Where(t => areasOfClient is null || analysis.AreasOf(t).Overlaps(areasOfClient))
                .Take(parse.GetValue(top))
                .ToList();
            Print(parse.InvocationConfiguration.Output, testedWeek, segment, analysis, ranked);
            return 0;
        }));
        return command;
    }

    private static Command Promote()
    {
        var client = new Option<string>("--client", "-c") { Description = "The client whose watchlist gains the term.", Required = true };
        var term = new Option<string>("--term", "-t") { Description = "The emerging term, as `topics emerging` prints it; it becomes the new row's match.", Required = true };
        var label = new Option<string?>("--label", "-l") { Description = "The row's label in the client's reports; default: the term." };
        var analyst = new Option<string>("--analyst", "-a") { Description = "Who promotes it (recorded in the audit).", Required = true };
        var command = new Command("promote", "Add an emerging term to a client's watchlist (a new heat-map row from the next rollup); audited with analyst and time.")
        {
            client, term, label, analyst,
        };
        command.SetAction((parse, ct) => SermoCommandLine.RunAsync(async () =>
        {
            using var host = BuildHost(parse);
            var services = host.Services;
            var id = parse.GetValue(client)!;
            await ClientAreasAsync(services, id, ct);
            var text = parse.GetValue(term)!;
            if (string.IsNullOrWhiteSpace(text) || string.IsNullOrWhiteSpace(parse.GetValue(analyst)))
            {
                throw new UserInputException("--term and --analyst must not be blank.");
            }

            var promotion = await services.GetRequiredService<IWatchlistPromotions>().PromoteAsync(
                id, text, parse.GetValue(label) ?? text.Trim(), parse.GetValue(analyst)!.Trim(), services.GetRequiredService<TimeProvider>().GetUtcNow(), ct);
            await parse.InvocationConfiguration.Output.WriteLineAsync(promotion.Outcome == WatchlistPromotions.Added
                ? $"added '{promotion.Term}' to {id}'s watchlist as '{promotion.Label}' (audit #{promotion.Id}); its heat-map row fills at the next rollup"
                : $"{id} already watches '{promotion.Term}'; nothing changed (audit #{promotion.Id})");
            return 0;
        }));
        return command;
    }

    private static Command Promotions()
    {
        var client = new Option<string?>("--client", "-c") { Description = "Only this client's promotions." };
        var command = new Command("promotions", $"The promotion audit, newest first (last {AuditRows}): when, client, analyst, outcome, term, label.")
        {
            client,
        };
        command.SetAction((parse, ct) => SermoCommandLine.RunAsync(async () =>
        {
            using var host = BuildHost(parse);
            var output = parse.InvocationConfiguration.Output;
            foreach (var p in await host.Services.GetRequiredService<IWatchlistPromotions>().ListAsync(parse.GetValue(client), AuditRows, ct))
            {
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"{p.PromotedAt.UtcDateTime:yyyy-MM-dd HH:mm:ss}  {p.ClientId,-20}  {p.Analyst,-16}  {p.Outcome,-15}  {p.Term}  ({p.Label})"));
            }

            return 0;
        }));
        return command;
    }

    private static void Print(TextWriter output, DateOnly week, string? segment, EmergingTopicAnalysis analysis, IReadOnlyList<EmergingTopic> ranked)
    {
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"week {week:yyyy-MM-dd}, {segment ?? "all members"}: {analysis.Counts.ActiveAuthors(week, segment):N0} active authors; {ranked.Count} significant riser(s)"));
        if (ranked.Count == 0)
        {
            return;
        }

        output.WriteLine($"{"#",3}  {"term",-32} {"kind",-10} {"authors",9} {"baseline",9} {"lift",6} {"p",9}  areas");
        for (var i = 0; i < ranked.Count; i++)
        {
            var t = ranked[i];
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{i + 1,3}  {t.Term.Key,-32} {t.Term.Kind.ToString().ToLowerInvariant(),-10} {$"{t.Authors}/{t.ActiveAuthors}",9} {t.BaselineRate,9:P2} {t.Lift,6:0.0} {t.PValue,9:0.0e+0}  {string.Join(", ", analysis.AreasOf(t).Order(StringComparer.Ordinal))}"));
        }
    }

    /// <summary>The client's therapeutic areas; null when no client was named. Exit 2 for an unknown client.</summary>
    private static async Task<IReadOnlySet<string>?> ClientAreasAsync(IServiceProvider services, string? clientId, CancellationToken ct)
    {
        if (clientId is null)
        {
            return null;
        }

        var clients = await services.GetRequiredService<IClientRegistry>().ListAsync(ct);
        var record = clients.FirstOrDefault(c => c.ClientId == clientId) ?? throw UserInputException.UnknownClient(clientId, clients);
        return services.GetRequiredService<TherapeuticAreas>().ForWatchlist(record.Watchlist);
    }

    private static Microsoft.Extensions.Hosting.IHost BuildHost(ParseResult parse) =>
        SermoHost.Build(DataFolder.Resolve(parse.GetValue(SermoCommandLine.Data), create: false), parse.GetValue(SermoCommandLine.Verbose), ingestWorker: false);
}
