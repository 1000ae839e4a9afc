using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Sermo.Reports.Charts;
using Sermo.Reports.HeatMaps;
using Sermo.Reports.Html;
using Sermo.Reports.Outbox;
using Sermo.Reports.Rendering;
using Sermo.Reports.Rerendering;
using Sermo.Storage.ReportRuns;

namespace Sermo.Reports.Tests;

/// <summary>What a run keeps to be rendered again, the manifest of a re-render, and concurrent rendering's failure path.</summary>
public sealed class ReportRerenderingTests : IDisposable
{
    private static readonly DateOnly March = new(2026, 3, 24);
    private readonly TempDataFolder _outbox = new("rerender", create: false);
    private readonly ReportHtmlRenderer _html = new(new ReportCharts());

    public void Dispose() => _outbox.Dispose();

    [Fact]
    public void StoredContent_RestoredWithSameQuotes_RendersTheSameReport()
    {
        var quotes = new[] { new ReportQuote(0, 0, "forum:1", March, "Switched [NAME] to eliquis"), new ReportQuote(0, 1, "forum:2", March.AddDays(-30), "Eliquis in CKD") };
        var original = ReportHtmlRendererTests.Content() with { Excerpts = StoredReportContent.Excerpts(["eliquis", "xarelto"], quotes) };

        var restored = StoredReportContent.Deserialize(StoredReportContent.Serialize(original)).WithQuotes(quotes);

        _html.Render(restored).Should().Be(_html.Render(original));
    }

    [Fact]
    public void StoredContent_QuoteWithdrawn_SectionKeptWithoutIt()
    {
        var quotes = new[] { new ReportQuote(0, 0, "forum:1", March, "Switched [NAME] to eliquis"), new ReportQuote(0, 1, "forum:2", March, "Eliquis in CKD") };
        var stored = StoredReportContent.Deserialize(StoredReportContent.Serialize(
            ReportHtmlRendererTests.Content() with { Excerpts = StoredReportContent.Excerpts(["eliquis"], quotes) }));

        var html = _html.Render(stored.WithQuotes([quotes[1]]));

        html.Should().Contain("Eliquis in CKD").And.NotContain("Switched [NAME]").And.Contain("<h3>eliquis</h3>");
        StoredReportContent.Serialize(stored.WithQuotes(quotes)).Should().NotContain("forum:", "post ids live only in the quotes table");
    }

    [Fact]
    public async Task Write_RerenderStamp_ManifestSaysWhenAndWhyButNoPost()
    {
        var writer = Writer(new HeatMapCsvWriter());
        var at = new DateTimeOffset(2026, 4, 2, 7, 0, 0, TimeSpan.Zero);

        var first = await writer.WriteAsync(_outbox, SampleHeatMaps.ClientId, Content(), ["csv"], new ReportStamp("r1"), CancellationToken.None);
        var firstManifest = await File.ReadAllTextAsync(first.ManifestPath);
        var again = await writer.WriteAsync(_outbox, SampleHeatMaps.ClientId, Content(), ["csv"], new ReportStamp("r1", at, "An excerpt was removed."), CancellationToken.None);

        firstManifest.Should().Contain("\"renderId\": \"r1\"").And.NotContain("rerenderedAt").And.NotContain("reason");
        var manifest = (await ReportManifest.ReadAsync(again.Folder, CancellationToken.None))!;
        manifest.RenderId.Should().Be("r1");
        manifest.RerenderedAt.Should().Be(at);
        manifest.Reason.Should().Be("An excerpt was removed.");
    }

    [Fact]
    public async Task Write_OneRendererFailsWhileAnotherWaits_OtherCancelledOriginalErrorAndNothingPublished()
    {
        var waiting = new WaitingRenderer();
        var writer = Writer(waiting, new FailingRenderer());

        var act = () => writer.WriteAsync(_outbox, SampleHeatMaps.ClientId, Content(), ["slow", "broken"], ReportStamp.None, CancellationToken.None);

        await act.Should().ThrowAsync<InvalidOperationException>().WithMessage("renderer broke");
        waiting.WasCancelled.Should().BeTrue();
        Directory.GetFileSystemEntries(Path.Combine(_outbox, SampleHeatMaps.ClientId)).Should().BeEmpty();
        Directory.GetFileSystemEntries(Path.Combine(_outbox, ReportWriter.StagingFolderName)).Should().BeEmpty();
    }

    [Fact]
    public async Task Write_Concurrently_ManifestListsFilesInRendererOrder()
    {
        var writer = Writer(new HeatMapCsvWriter(), new Xlsx.HeatMapXlsxWriter(), _html, new ChartFileRenderer(new ReportCharts(), ReportChartIds.HeatMap, ReportFormats.Svg));

        var run = await writer.WriteAsync(_outbox, SampleHeatMaps.ClientId, Content(), ["svg", "csv", "html", "xlsx"], ReportStamp.None, CancellationToken.None);

        run.Files.Select(f => f.Name).Should().Equal("heatmap.csv", "heatmap.xlsx", "report.html", "heatmap.svg");
        using var manifest = JsonDocument.Parse(await File.ReadAllTextAsync(run.ManifestPath));
        manifest.RootElement.GetProperty("files").EnumerateArray().Select(f => f.GetProperty("name").GetString()).Should().Equal(run.Files.Select(f => f.Name));
    }

    private static ReportContent Content() => ReportContent.ForHeatMap(SampleHeatMaps.Monthly(), "Acme", new DateTimeOffset(2026, 4, 1, 6, 0, 0, TimeSpan.Zero), "brands");

    private ReportWriter Writer(params IReportFileRenderer[] renderers) =>
        new(renderers, Options.Create(new ReportOptions { OutboxPath = _outbox }), NullLogger<ReportWriter>.Instance);

    private sealed class WaitingRenderer : IReportFileRenderer
    {
        public bool WasCancelled { get; private set; }

        public string Format => "slow";

        public string FileName => "slow.bin";

        public async Task RenderAsync(ReportContent content, Stream output, CancellationToken cancellationToken)
        {
            try
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                WasCancelled = true;
                throw;
            }
        }
    }

    private sealed class FailingRenderer : IReportFileRenderer
    {
        public string Format => "broken";

        public string FileName => "broken.bin";

        public async Task RenderAsync(ReportContent content, Stream output, CancellationToken cancellationToken)
        {
            await Task.Delay(50, cancellationToken);
            throw new InvalidOperationException("renderer broke");
        }
    }
}
