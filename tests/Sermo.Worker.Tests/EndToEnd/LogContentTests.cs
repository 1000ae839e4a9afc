using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Sermo.Portal.Access;
using Sermo.Worker.Tests.Cli;
using Sermo.Worker.Tests.Http;

namespace Sermo.Worker.Tests.EndToEnd;

/// <summary>
/// Decision 097: no log line, at any level, carries query text, post text, a member's name or a watchlist term. The
/// host logs a demo run, a query, a report run and a served search at Trace; every watchlist term of the sample
/// clients, the start of every sample post and every member handle and pseudonym is looked for in what it wrote.
/// Before, `serve` logged each request's URL with its query string (`/api/search?q=eliquis%20AND%20bleeding`).
/// Client ids are the operator's names for configuration and stay in the log. Report ids often name a topic
/// (`monthly-obesity-by-state`): decision 105 logs a report by <see cref="Sermo.Reports.Schedules.ReportLogName"/>, so neither a
/// report id nor any of its topic words may appear (before, the id was in every report line and in each folder path).
/// </summary>
[Collection("Console")]
public sealed class LogContentTests
{
    private const string LevelVariable = "SERMO_Logging__LogLevel__Default";
    private const string Query = "eliquis AND bleeding";

    [Fact]
    public async Task Logs_DemoQueryReportAndServedSearchAtTrace_CarryNoWatchlistTermPostTextOrMemberName()
    {
        var data = new TempDataFolder("logs", create: false);
        var logs = new StringBuilder();
        Environment.SetEnvironmentVariable(LevelVariable, "Trace");
        try
        {
            var demo = await CliRun.RunAsync("demo", "--out", data, "--samples", RepositoryPaths.Samples, "--verbose");
            demo.Exit.Should().Be(0, demo.Error);
            var query = await CliRun.RunAsync("query", Query, "--data", data, "--verbose");
            query.Exit.Should().Be(0, query.Error);
            var report = await CliRun.RunAsync("report", "--data", data, "--verbose");
            report.Exit.Should().Be(0, report.Error);
            logs.Append(demo.Error).Append(query.Error).Append(report.Error).Append(await ServedSearchLogAsync(data));
        }
        finally
        {
            Environment.SetEnvironmentVariable(LevelVariable, null);
        }

        var raw = logs.ToString();
        ReportIds().Where(id => raw.Contains(id, StringComparison.OrdinalIgnoreCase)).Should().BeEmpty("logs name a report by its log name, never its id");
        WordsFound(raw, ReportIdTopicWords()).Should().BeEmpty("no topic word of a report id is logged");
        raw.Should().Contain(Sermo.Reports.Schedules.ReportLogName.For(ReportIds().First()), "report lines name the report by its log name");
        var text = MaskClientIds(raw);
        text.Should().Contain("dbug:", "the run logged below Information, so every level was looked at");
        text.Should().Contain("Ingested forum: read", "the host's own lines are in the capture");
        WordsFound(text, WatchlistTerms()).Should().BeEmpty("no watchlist or query term is logged");
        WordsFound(text, MemberNames()).Should().BeEmpty("no member handle or pseudonym is logged");
        PostStarts().Where(start => text.Contains(start, StringComparison.Ordinal)).Should().BeEmpty("no post text is logged");
    }

    /// <summary>`serve` answering an analyst's search, with its console log captured (the served folder is deleted after).</summary>
    private static async Task<string> ServedSearchLogAsync(TempDataFolder data)
    {
        var captured = new StringWriter();
        var original = Console.Error;
        Console.SetError(captured);
        try
        {
            await using var served = await ServedDataFolder.StartAsync(folder: data);
            var key = (await served.KeyAsync("analyst@sermo.test", PortalRoles.Analyst)).Key;
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/search?q=" + Uri.EscapeDataString(Query));
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
            using var answer = await served.Http.SendAsync(request);
            answer.IsSuccessStatusCode.Should().BeTrue();
        }
        finally
        {
            Console.SetError(original);
        }

        return captured.ToString();
    }

    /// <summary>Client ids may name a company (`contoso-metabolic`), whose words are looked for as terms below; they stay in the log.</summary>
    private static string MaskClientIds(string text)
    {
        foreach (var client in Clients())
        {
            text = text.Replace(client.GetProperty("id").GetString()!, "<client>", StringComparison.Ordinal);
        }

        return text;
    }

    private static List<string> ReportIds() => Clients()
        .SelectMany(c => c.GetProperty("reports").EnumerateArray().Select(r => r.GetProperty("id").GetString()!))
        .ToList();

    /// <summary>Every word of a report id except the schedule's and segment's vocabulary: `obesity`, `incretins`, `io` …</summary>
    private static IEnumerable<string> ReportIdTopicWords() => ReportIds()
        .SelectMany(id => id.Split('-'))
        .Except(["daily", "weekly", "monthly", "by", "state", "specialty"], StringComparer.OrdinalIgnoreCase);

    private static List<string> WordsFound(string text, IEnumerable<string> words) =>
        words.Distinct(StringComparer.OrdinalIgnoreCase)
            .Where(w => Regex.IsMatch(text, $"(?<![A-Za-z0-9]){Regex.Escape(w)}(?![A-Za-z0-9])", RegexOptions.IgnoreCase))
            .ToList();

    private static IEnumerable<string> WatchlistTerms() => Clients()
        .SelectMany(c => c.GetProperty("terms").EnumerateArray())
        .SelectMany(t => t.GetProperty("matches").EnumerateArray().Select(m => m.GetString()!).Append(t.GetProperty("label").GetString()!))
        .Append(Query);

    private static IEnumerable<string> MemberNames() => SampleExpectations.Members
        .SelectMany(m => new[] { m.GetProperty("handle").GetString()!, m.GetProperty("pseudonym").GetString()! });

    /// <summary>The first 40 characters of every sample post, forum and drop.</summary>
    private static IEnumerable<string> PostStarts()
    {
        var drop = Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Samples, "drop"), "*.jsonl")
            .SelectMany(File.ReadLines)
            .Select(TryText)
            .OfType<string>();
        return SampleExpectations.ForumPosts.Select(p => p.GetProperty("body").GetString()!).Concat(drop)
            .Where(t => t.Length >= 40)
            .Select(t => t[..40]);
    }

    private static string? TryText(string line)
    {
        try
        {
            using var json = JsonDocument.Parse(line);
            return json.RootElement.TryGetProperty("text", out var text) && text.ValueKind == JsonValueKind.String ? text.GetString() : null;
        }
        catch (JsonException)
        {
            return null; // the sample drop's deliberately broken lines have no text to look for
        }
    }

    private static IEnumerable<JsonElement> Clients() =>
        Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Samples, "clients"), "*.json")
            .Select(f => JsonDocument.Parse(File.ReadAllText(f)).RootElement);
}
