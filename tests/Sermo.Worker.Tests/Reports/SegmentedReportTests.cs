using Microsoft.Extensions.DependencyInjection;
using Sermo.Analytics.Posts;
using Sermo.Analytics.Watchlists;
using Sermo.Reports.Schedules;
using Sermo.Storage.Clients;
using Sermo.Storage.Cube;
using Sermo.Storage.Ingestion;

namespace Sermo.Worker.Tests.Reports;

/// <summary>A report definition's segment decides the report's rows (issue 14, item 7).</summary>
public sealed class SegmentedReportTests : IAsyncLifetime
{
    private static readonly DateTimeOffset March = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    private readonly TempDataFolder _data = new("segmented");

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        _data.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Run_DefinitionBySpecialty_ARowPerTermAndSpecialty()
    {
        using var host = ReportHosts.Build(_data, new Dictionary<string, string?>());
        var services = host.Services;
        var client = new ClientRecord("acme", "Acme Pharma", "pharma", 5,
            new Watchlist("acme", "Acme Pharma", "pharma", [new WatchlistTerm("Eliquis", ["eliquis"])]),
            """[{ "id": "monthly-by-specialty", "cron": "0 0 7 1 * ?", "timeZone": "UTC", "interval": "month", "formats": ["csv"], "lookback": 2, "segment": "specialty" }]""");
        await services.GetRequiredService<IClientRegistry>().UpsertAsync(client, CancellationToken.None);
        // Twelve cardiologists and twelve oncologists write about Eliquis every week of March: every cell is far above k.
        var posts = new[] { "Cardiology", "Oncology" }
            .SelectMany(specialty => Enumerable.Range(0, 12).SelectMany(author => Enumerable.Range(0, 4).Select(week =>
                new TaggedPost($"forum:{specialty}-{author}-{week}", "forum", $"{specialty}-author-{author}", March.AddDays(7 * week).AddHours(author),
                    specialty, "TX", $"Eliquis note {week} from {specialty}", 0, [], [], Sermo.Analytics.Tagging.Sentiment.Neutral, 0))))
            .ToArray();
        await services.GetRequiredService<IIngestStore>().CommitAsync(new IngestBatch("test", null, posts, [], [], []), CancellationToken.None);
        await services.GetRequiredService<IHeatMapCube>().RollupAsync(CancellationToken.None);

        var run = await services.GetRequiredService<ClientReportRunner>().RunAsync(
            client, ReportDefinition.ParseAll("acme", client.ReportsJson).Single(), new DateOnly(2026, 3, 31), CancellationToken.None);

        var rows = (await File.ReadAllLinesAsync(Path.Combine(run.Folder, "heatmap.csv"))).Skip(1).Select(l => l.Split(',')[1]).Distinct().ToList();
        rows.Should().Equal("Eliquis · Cardiology", "Eliquis · Oncology");
    }
}
