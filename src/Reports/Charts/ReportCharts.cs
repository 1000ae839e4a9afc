using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Sermo.Reports.Rendering;

namespace Sermo.Reports.Charts;

/// <summary>
/// Every chart a report draws, heat map first, and their SVG and PNG for one report content. A run renders the HTML
/// (which inlines every SVG), the PDF (printed from that HTML) and the chart files concurrently from one
/// <see cref="ReportContent"/>, so each chart is laid out once per content, each image is made once from that layout, and
/// both are shared.
/// </summary>
public sealed class ReportCharts
{
    private readonly ConditionalWeakTable<ReportContent, ConcurrentDictionary<string, Lazy<object>>> _made = [];

    public ReportCharts()
        : this([new HeatMapChart(), new TrendsChart(), new ShareOfVoiceChart(), new SentimentChart(), new PerThousandChart()])
    {
    }

    public ReportCharts(IReadOnlyList<IReportChart> charts)
    {
        ArgumentNullException.ThrowIfNull(charts);
        All = charts;
    }

    /// <summary>The charts in the order the HTML report shows them.</summary>
    public IReadOnlyList<IReportChart> All { get; }

    public IReportChart Get(string id) =>
        All.FirstOrDefault(c => string.Equals(c.Id, id, StringComparison.Ordinal)) ?? throw new ArgumentOutOfRangeException(nameof(id), id, "No such chart.");

    public string Svg(ReportContent content, string chartId) => (string)Made(content, chartId, ReportFormats.Svg, ChartImage.Svg);

    public byte[] Png(ReportContent content, string chartId) => (byte[])Made(content, chartId, ReportFormats.Png, ChartImage.Png);

    private object Made(ReportContent content, string chartId, string format, Func<ChartDrawing, object> make)
    {
        ArgumentNullException.ThrowIfNull(content);
        var chart = Get(chartId);
        var made = _made.GetValue(content, _ => new ConcurrentDictionary<string, Lazy<object>>(StringComparer.Ordinal));
        // The layout (ScottPlot's measuring pass) is most of a chart's cost, so the SVG and the PNG are drawn from one.
        var laidOut = (LaidOutChart)Once(made, chartId, () => new LaidOutChart(content.InternalOnly ? InternalChartBand.Around(chart.Draw(content)) : chart.Draw(content)));
        return Once(made, $"{chartId}.{format}", () => laidOut.Render(make));
    }

    private static object Once(ConcurrentDictionary<string, Lazy<object>> made, string key, Func<object> make) =>
        made.GetOrAdd(key, _ => new Lazy<object>(make, LazyThreadSafetyMode.ExecutionAndPublication)).Value;

    /// <summary>A drawing shared by its images: a ScottPlot plot keeps state while it renders, so one image at a time.</summary>
    private sealed class LaidOutChart(ChartDrawing drawing)
    {
        private readonly Lock _rendering = new();

        public object Render(Func<ChartDrawing, object> make)
        {
            lock (_rendering)
            {
                return make(drawing);
            }
        }
    }
}
