using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Sermo.Analytics.Disclosure;
using Sermo.Analytics.HeatMaps;
using Sermo.Analytics.Watchlists;
using Sermo.Benchmarks.Reports.Previous;
using Sermo.Reports.Charts;
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
/// build from a cube slice, and the whole run through ReportWriter (every format and every chart file, manifest, atomic
/// publish). Chromium is started once in setup, as in a long-running Worker; <see cref="FullReportColdChromium"/> also
/// launches it, as the one-shot `report` verb does. The peers are the renderers before ScottPlot (<see cref="PreviousRun"/>):
/// the hand-drawn SVG, the PNG photographed by Chromium, and a whole run made with them.
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
    private static readonly ReleaseNoise Noise = new(new byte[32]);

    private IReadOnlyList<WatchlistTerm> _terms = null!;
    private ReportContent _content = null!;
    private ChromiumBrowser _chromium = null!;
    private IReportFileRenderer[] _renderers = null!;
    private IReportFileRenderer[] _previous = null!;
    private ReportWriter _writer = null!;
    private ReportWriter _previousWriter = null!;
    private ReportOptions _options = null!;
    private string[] _everyFile = null!;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(52);
        var from = new DateOnly(2025, 12, 1);
        _terms = Enumerable.Range(0, Terms).Select(i => new WatchlistTerm($"Term {i:00}", [$"term{i:00}"])).ToArray();
        var cells = new List<CubeAggregate>();
        foreach (var term in _terms.Select(t => t.Label))
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

        var totals = _terms.Select(t => new CubeAggregate(t.Label, from, null, cells.Where(c => c.Term == t.Label).Sum(c => c.Mentions), 200, 0, 0, 0, 10)).ToArray();
        var activity = Enumerable.Range(0, Weeks).Select(w => new SegmentActivity(from.AddDays(7 * w), null, 5000)).ToArray();
        _slice = new CubeSlice("bench", BucketInterval.Week, from, from.AddDays((7 * Weeks) - 1), cells, totals, activity);
        var map = BuildHeatMapFromSlice();
        var excerpts = _terms.Take(5).Select(t => new TermExcerpts(t.Label, Enumerable.Range(0, 3)
            .Select(i => new PostExcerpt(from.AddDays(i), "…switched [NAME] from warfarin, no bleeding at three months, adherence better than expected…")).ToArray())).ToArray();
        _content = new ReportContent(map, "Benchmark Pharma", "weekly", new ReportPeriod(map.From, map.To), DateTimeOffset.UtcNow, excerpts);

        _options = new ReportOptions { OutboxPath = _outbox };
        _chromium = new ChromiumBrowser(Options.Create(_options), NullLogger<ChromiumBrowser>.Instance);
        _renderers = Renderers(_chromium);
        _everyFile = _renderers.Select(r => r.Format).ToArray();
        _writer = new ReportWriter(_renderers, Options.Create(_options), NullLogger<ReportWriter>.Instance);
        _previous = PreviousRun.Renderers(_chromium);
        _previousWriter = new ReportWriter(_previous, Options.Create(new ReportOptions { OutboxPath = Path.Combine(_outbox, "previous") }), NullLogger<ReportWriter>.Instance);
        _writer.WriteAsync("bench", _content, _everyFile, CancellationToken.None).GetAwaiter().GetResult();
        _previousWriter.WriteAsync("bench", _content, ReportFormats.All, CancellationToken.None).GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _chromium.DisposeAsync().AsTask().GetAwaiter().GetResult();
        Directory.Delete(_outbox, recursive: true);
    }

    [Benchmark]
    public HeatMap BuildHeatMapFromSlice() => HeatMapBuilder.Build(HeatMapRelease.Release(_slice, HeatMapRow.For(_terms), Noise, 5));

    [Benchmark(Baseline = true)]
    public Task Csv() => RenderAsync(ReportFormats.Csv);

    [Benchmark]
    public Task Xlsx() => RenderAsync(ReportFormats.Xlsx);

    [Benchmark]
    public Task Html() => RenderAsync(ReportFormats.Html);

    /// <summary>The heat map's SVG file (ScottPlot).</summary>
    [Benchmark]
    public Task Svg() => RenderAsync(ReportFormats.Svg);

    [Benchmark]
    public Task Pdf() => RenderAsync(ReportFormats.Pdf);

    /// <summary>The heat map's PNG file (ScottPlot, 2×).</summary>
    [Benchmark]
    public Task Png() => RenderAsync(ReportFormats.Png);

    /// <summary>The four line charts, each as PNG and SVG.</summary>
    [Benchmark]
    public async Task LineChartFiles()
    {
        var content = _content with { Formats = _everyFile };
        foreach (var renderer in _renderers.Where(r => r.Format.Contains('.', StringComparison.Ordinal)))
        {
            await renderer.RenderAsync(content, Stream.Null, CancellationToken.None);
        }
    }

    /// <summary>Every format and every chart file, Chromium running (the Worker).</summary>
    [Benchmark]
    public Task<ReportRun> FullReportEveryFormat() => _writer.WriteAsync("bench", _content, _everyFile, CancellationToken.None);

    /// <summary>Peer: the hand-drawn heat-map SVG.</summary>
    [Benchmark]
    public Task PreviousSvg() => _previous.Single(r => r.Format == ReportFormats.Svg).RenderAsync(_content, Stream.Null, CancellationToken.None);

    /// <summary>Peer: the heat-map PNG photographed by Chromium from its own page.</summary>
    [Benchmark]
    public Task PreviousPng() => _previous.Single(r => r.Format == ReportFormats.Png).RenderAsync(_content with { Formats = [ReportFormats.Png] }, Stream.Null, CancellationToken.None);

    /// <summary>Peer: the six formats as a run wrote them before ScottPlot (no line charts), Chromium running.</summary>
    [Benchmark]
    public Task<ReportRun> PreviousFullReport() => _previousWriter.WriteAsync("bench", _content, ReportFormats.All, CancellationToken.None);

    /// <summary>A fresh Chromium for the run and closed after it: what one `sermo report` invocation pays.</summary>
    [Benchmark]
    public async Task<ReportRun> FullReportColdChromium()
    {
        await using var chromium = new ChromiumBrowser(Options.Create(_options), NullLogger<ChromiumBrowser>.Instance);
        var writer = new ReportWriter(Renderers(chromium), Options.Create(_options), NullLogger<ReportWriter>.Instance);
        return await writer.WriteAsync("bench", _content, _everyFile, CancellationToken.None);
    }

    /// <summary>In process: the generated out-of-process project does not build under this repository's props.</summary>
    private sealed class InProcessShortRun : ManualConfig
    {
        public InProcessShortRun() =>
            AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithLaunchCount(1).WithWarmupCount(2).WithIterationCount(7));
    }

    /// <summary>A content per call that asks for this format only: charts are made once per content, so each call draws afresh.</summary>
    private Task RenderAsync(string format) =>
        _renderers.Single(r => r.Format == format).RenderAsync(_content with { Formats = [format] }, Stream.Null, CancellationToken.None);

    /// <summary>The renderers AddReports registers, in its order.</summary>
    private IReportFileRenderer[] Renderers(ChromiumBrowser chromium)
    {
        var charts = new ReportCharts();
        var html = new ReportHtmlRenderer(charts);
        IReportFileRenderer[] documents = [new HeatMapCsvWriter(), new HeatMapXlsxWriter(), html, new ReportPdfRenderer(html, chromium, Options.Create(_options))];
        return [.. documents, .. ReportChartIds.Optional.Prepend(ReportChartIds.HeatMap).SelectMany(c => ReportFormats.Images.Select(f => new ChartFileRenderer(charts, c, f)))];
    }
}
