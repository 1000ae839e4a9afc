using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Sermo.Analytics.HeatMaps;
using Sermo.Reports.Chromium;
using Sermo.Reports.HeatMaps;
using Sermo.Reports.Html;
using Sermo.Reports.Outbox;
using Sermo.Reports.Rendering;
using Sermo.Reports.Xlsx;
using Sermo.Storage.Excerpts;

namespace Sermo.Benchmarks.Reports;

/// <summary>
/// One report of 50 terms × 52 weeks (about 1 in 6 cells under k), with 5 × 3 excerpts: each format alone, the heat-map
/// build from a cube slice, and the whole run through ReportWriter (every format, manifest, atomic publish).
/// Chromium is started once in setup, as in a long-running Worker.
/// dotnet run -c Release --project bench/Sermo.Benchmarks -- --filter '*ReportRender*'
/// </summary>
[MemoryDiagnoser]
[Config(typeof(InProcessShortRun))]
public class ReportRenderBenchmarks
{
    private const int Terms = 50;
    private const int Weeks = 52;

    private readonly string _outbox = Path.Combine(Path.GetTempPath(), "sermo-bench-outbox-" + Guid.NewGuid().ToString("N"));
    private CubeSlice _slice = null!;
    private IReadOnlyList<string> _terms = null!;
    private ReportContent _content = null!;
    private ChromiumBrowser _chromium = null!;
    private IReportFileRenderer[] _renderers = null!;
    private ReportWriter _writer = null!;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(52);
        var from = new DateOnly(2025, 12, 1);
        _terms = Enumerable.Range(0, Terms).Select(i => $"Term {i:00}").ToArray();
        var cells = new List<CubeAggregate>();
        foreach (var term in _terms)
        {
            for (var w = 0; w < Weeks; w++)
            {
                var authors = random.Next(0, 40);
                var mentions = authors + random.Next(0, authors + 1);
                var pos = random.Next(0, mentions + 1);
                var neg = random.Next(0, mentions - pos + 1);
                cells.Add(new CubeAggregate(term, from.AddDays(7 * w), null, mentions, authors, pos, mentions - pos - neg, neg, random.Next(0, 3)));
            }
        }

        var totals = _terms.Select(t => new CubeAggregate(t, from, null, cells.Where(c => c.Term == t).Sum(c => c.Mentions), 200, 0, 0, 0, 10)).ToArray();
        var activity = Enumerable.Range(0, Weeks).Select(w => new SegmentActivity(from.AddDays(7 * w), null, 5000)).ToArray();
        _slice = new CubeSlice("bench", BucketInterval.Week, from, from.AddDays((7 * Weeks) - 1), cells, totals, activity);
        var map = HeatMapBuilder.Build(_slice, _terms, 5);
        var excerpts = _terms.Take(5).Select(t => new TermExcerpts(t, Enumerable.Range(0, 3)
            .Select(i => new PostExcerpt(from.AddDays(i), "…switched [NAME] from warfarin, no bleeding at three months, adherence better than expected…")).ToArray())).ToArray();
        _content = new ReportContent(map, "Benchmark Pharma", "weekly", new ReportPeriod(map.From, map.To), DateTimeOffset.UtcNow, excerpts);

        var options = Options.Create(new ReportOptions { OutboxPath = _outbox });
        _chromium = new ChromiumBrowser(options, NullLogger<ChromiumBrowser>.Instance);
        var svg = new HeatMapSvgRenderer();
        var html = new ReportHtmlRenderer(svg);
        _renderers = [new HeatMapCsvWriter(), new HeatMapXlsxWriter(), html, new ReportPdfRenderer(html, _chromium, options), new HeatMapPngRenderer(html, _chromium), svg];
        _writer = new ReportWriter(_renderers, options, NullLogger<ReportWriter>.Instance);
        _writer.WriteAsync("bench", _content, ReportFormats.All, CancellationToken.None).GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _chromium.DisposeAsync().AsTask().GetAwaiter().GetResult();
        Directory.Delete(_outbox, recursive: true);
    }

    [Benchmark]
    public HeatMap BuildHeatMapFromSlice() => HeatMapBuilder.Build(_slice, _terms, 5);

    [Benchmark(Baseline = true)]
    public Task Csv() => RenderAsync(ReportFormats.Csv);

    [Benchmark]
    public Task Xlsx() => RenderAsync(ReportFormats.Xlsx);

    [Benchmark]
    public Task Html() => RenderAsync(ReportFormats.Html);

    [Benchmark]
    public Task Svg() => RenderAsync(ReportFormats.Svg);

    [Benchmark]
    public Task Pdf() => RenderAsync(ReportFormats.Pdf);

    [Benchmark]
    public Task Png() => RenderAsync(ReportFormats.Png);

    [Benchmark]
    public Task<ReportRun> FullReportEveryFormat() => _writer.WriteAsync("bench", _content, ReportFormats.All, CancellationToken.None);

    /// <summary>In process: the generated out-of-process project does not build under this repository's props.</summary>
    private sealed class InProcessShortRun : ManualConfig
    {
        public InProcessShortRun() =>
            AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithLaunchCount(1).WithWarmupCount(2).WithIterationCount(7));
    }

    private Task RenderAsync(string format) => _renderers.Single(r => r.Format == format).RenderAsync(_content, Stream.Null, CancellationToken.None);
}
