using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Sermo.Analytics.Posts;
using Sermo.Analytics.Watchlists;
using Sermo.Reports.Rerendering;
using Sermo.Reports.Schedules;
using Sermo.Storage.Clients;
using Sermo.Storage.Cube;
using Sermo.Storage.Ingestion;

namespace Sermo.Worker.Tests.Reports;

/// <summary>
/// Decision 105, docs/privacy.md P5 on re-render: a client holding a report before and after a quoted post is withdrawn
/// must not learn from the quote count that one was withdrawn, nor that the row's cell held exactly three posts. Before,
/// the re-render showed the two quotes left.
/// </summary>
public sealed class RerenderQuoteAttackTests : IAsyncLifetime
{
    private static readonly DateTimeOffset March = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly AsOf = new(2026, 3, 29);
    private readonly TempDataFolder _data = new("rerender-quotes");

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        _data.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Attack_RerenderAfterAQuotedPostIsDeleted_StillThreeQuotesFromTheSameCell()
    {
        using var host = ReportHosts.Build(_data, new Dictionary<string, string?>());
        var (client, report) = await ClientAsync(host.Services);
        await CommitAsync(host.Services, World(lastWeekAuthors: Enumerable.Range(100, 60).Select(a => (a, 1)).ToArray()));
        var run = await host.Services.GetRequiredService<ClientReportRunner>().RunAsync(client, report, AsOf, CancellationToken.None);
        var before = await QuotesAsync(run.Folder);

        await CommitAsync(host.Services, [], deleted: [PostIdOf(before[0].Text)]);
        (await host.Services.GetRequiredService<ReportRerenderer>().RerenderStaleAsync("acme", CancellationToken.None)).Should().Be(1);
        var after = await QuotesAsync(run.Folder);

        before.Should().HaveCount(3);
        after.Should().HaveCount(3, "a row shows all its quotes or none; two would say one was withdrawn");
        after.Should().NotContain(before[0], "the withdrawn quote is gone");
        after.Intersect(before).Should().HaveCount(2, "the others stay, and the cell's next-oldest post takes the withdrawn one's place");
        after.Select(q => q.When).Distinct().Should().ContainSingle().Which.Should().Be(before[0].When, "the replacement comes from the same cell");
    }

    [Fact]
    public async Task Attack_RerenderAfterOptOutsLeaveTheCellTwoPosts_NoQuotesWorded_AsARowThatNeverHadAny()
    {
        using var host = ReportHosts.Build(_data, new Dictionary<string, string?>());
        var (client, report) = await ClientAsync(host.Services);
        // The last week is the largest cell, so it is the one quoted: one physician writes its two oldest posts, 29 more
        // write two each after them. The quotes are the first physician's two and one of the next's.
        var lastWeek = new[] { (200, 2) }.Concat(Enumerable.Range(100, 29).Select(a => (a, 2))).ToArray();
        await CommitAsync(host.Services, World(lastWeek));
        var run = await host.Services.GetRequiredService<ClientReportRunner>().RunAsync(client, report, AsOf, CancellationToken.None);
        var before = await QuotesAsync(run.Folder);

        await CommitAsync(host.Services, [], optedOut: Enumerable.Range(100, 29).Select(a => $"author-{a}").ToArray());
        (await host.Services.GetRequiredService<ReportRerenderer>().RerenderStaleAsync("acme", CancellationToken.None)).Should().Be(1);
        var html = await File.ReadAllTextAsync(Path.Combine(run.Folder, "report.html"));

        before.Should().HaveCount(3);
        (await QuotesAsync(run.Folder)).Should().BeEmpty("the cell has two posts left, both quoted before: two quotes would count them");
        html.Should().Contain("<p class=\"empty\">No excerpt from a shown period.</p>", "the row reads as a row that never had quotes");
    }

    private static async Task<(ClientRecord Client, ReportDefinition Report)> ClientAsync(IServiceProvider services)
    {
        var client = new ClientRecord("acme", "Acme Pharma", "pharma", 5,
            new Watchlist("acme", "Acme Pharma", "pharma", [new WatchlistTerm("Eliquis", ["eliquis"])]),
            """[{ "id": "weekly", "cron": "0 0 7 ? * MON", "timeZone": "UTC", "interval": "week", "formats": ["html"], "lookback": 4 }]""");
        await services.GetRequiredService<IClientRegistry>().UpsertAsync(client, CancellationToken.None);
        return (client, ReportDefinition.ParseAll("acme", client.ReportsJson).Single());
    }

    /// <summary>Forty physicians write once in each of March's first three weeks; the last week's authors are given.</summary>
    private static TaggedPost[] World((int Author, int Posts)[] lastWeekAuthors) =>
        Enumerable.Range(0, 3).SelectMany(week => Enumerable.Range(0, 40).Select(author => Post($"w{week}-a{author}", author, March.AddDays(7 * week).AddMinutes(author))))
            .Concat(lastWeekAuthors.SelectMany((a, i) => Enumerable.Range(0, a.Posts).Select(n => Post($"w3-a{a.Author}-{n}", a.Author, March.AddDays(21).AddMinutes((10 * i) + n)))))
            .ToArray();

    private static TaggedPost Post(string id, int author, DateTimeOffset at) =>
        new($"forum:{id}", "forum", $"author-{author}", at, "Cardiology", "TX", $"Eliquis note {id} on dosing",
            0, [], [], Sermo.Analytics.Tagging.Sentiment.Neutral, 0);

    private static string PostIdOf(string quote) => "forum:" + Regex.Match(quote, @"note (\S+) on").Groups[1].Value;

    private static async Task CommitAsync(IServiceProvider services, TaggedPost[] posts, string[]? deleted = null, string[]? optedOut = null)
    {
        await services.GetRequiredService<IIngestStore>().CommitAsync(new IngestBatch("test", null, posts, deleted ?? [], optedOut ?? [], []), CancellationToken.None);
        await services.GetRequiredService<IHeatMapCube>().RollupAsync(CancellationToken.None);
    }

    /// <summary>The quotes of the report's HTML as the client reads them: text and the date printed beside it.</summary>
    private static async Task<List<(string Text, string When)>> QuotesAsync(string folder)
    {
        var html = await File.ReadAllTextAsync(Path.Combine(folder, "report.html"));
        return Regex.Matches(html, "<blockquote>(.*?)<span class=\"when\">(.*?)</span></blockquote>", RegexOptions.Singleline)
            .Select(m => (m.Groups[1].Value, m.Groups[2].Value))
            .ToList();
    }
}
