using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Sermo.Analytics.Posts;
using Sermo.Analytics.Watchlists;
using Sermo.Reports.Schedules;
using Sermo.Storage.Clients;
using Sermo.Storage.Cube;
using Sermo.Storage.Ingestion;

namespace Sermo.Worker.Tests.Reports;

/// <summary>
/// Drill-down excerpts attacked as a client would, with the HTML it receives (docs/privacy.md, P5): quotes must not
/// let it count posts, neither by how many quotes carry a date nor by how many change between two runs.
/// </summary>
public sealed class ExcerptAttackTests : IAsyncLifetime
{
    private static readonly DateTimeOffset March = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    private readonly TempDataFolder _data = new("excerpt-attack");

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        _data.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Attack_RerunAfterOnePostArrives_QuotesChangeAllOrNoneSoTheirDifferenceCountsNothing()
    {
        using var host = ReportHosts.Build(_data, new Dictionary<string, string?>());
        var services = host.Services;
        var client = new ClientRecord("acme", "Acme Pharma", "pharma", 5,
            new Watchlist("acme", "Acme Pharma", "pharma", [new WatchlistTerm("Eliquis", ["eliquis"])]),
            """[{ "id": "weekly", "cron": "0 0 7 ? * MON", "timeZone": "UTC", "interval": "week", "formats": ["html"], "lookback": 4 }]""");
        await services.GetRequiredService<IClientRegistry>().UpsertAsync(client, CancellationToken.None);
        var report = ReportDefinition.ParseAll("acme", client.ReportsJson).Single();
        // Twenty physicians write about Eliquis in each of March's four weeks: every week is far above k.
        await CommitAsync(services, Enumerable.Range(0, 4).SelectMany(week => Enumerable.Range(0, 20)
            .Select(author => Post($"w{week}-a{author}", author, March.AddDays(7 * week).AddHours(author)))).ToArray());
        var before = await QuotesAsync(services, client, report);

        // One more post in the last week, newer than every other: the adversary's question is how many arrived.
        await CommitAsync(services, Post("late", 99, March.AddDays(25)));
        var after = await QuotesAsync(services, client, report);

        before.Should().HaveCount(3, "the report quotes its one row");
        var changed = after.Except(before).Count();
        changed.Should().BeOneOf([0, 3], "a quote set that changes by one or two says exactly how many posts arrived");
        before.Concat(after).Select(q => q.When).Distinct().Should().ContainSingle("all quotes are dated by the one cell they come from");
    }

    private static TaggedPost Post(string id, int author, DateTimeOffset at) =>
        new($"forum:{id}", "forum", $"author-{author}", at, "Cardiology", "TX", $"Eliquis note {id} on dosing",
            0, [], [], Sermo.Analytics.Tagging.Sentiment.Neutral, 0);

    private static async Task CommitAsync(IServiceProvider services, params TaggedPost[] posts)
    {
        await services.GetRequiredService<IIngestStore>().CommitAsync(new IngestBatch("test", null, posts, [], [], []), CancellationToken.None);
        await services.GetRequiredService<IHeatMapCube>().RollupAsync(CancellationToken.None);
    }

    /// <summary>The quotes of the report's HTML as the client reads them: text and the date printed beside it.</summary>
    private static async Task<List<(string Text, string When)>> QuotesAsync(IServiceProvider services, ClientRecord client, ReportDefinition report)
    {
        var run = await services.GetRequiredService<ClientReportRunner>().RunAsync(client, report, new DateOnly(2026, 3, 29), CancellationToken.None);
        var html = await File.ReadAllTextAsync(Path.Combine(run.Folder, "report.html"));
        return Regex.Matches(html, "<blockquote>(.*?)<span class=\"when\">(.*?)</span></blockquote>", RegexOptions.Singleline)
            .Select(m => (m.Groups[1].Value, m.Groups[2].Value))
            .ToList();
    }
}
