using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Sermo.Reports.Rendering;

namespace Sermo.Reports.Charts;

/// <summary>
/// Every chart a report draws, heat map first, and their SVG and PNG for one report content. A run renders the HTML
/// (which inlines every SVG), the PDF (printed from that HTML) and the chart files concurrently from one
/// <see cref="ReportContent"/>, so each image is made once per content and shared.
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

    public string Svg(ReportContent content, string chartId) => (string)Made(content, chartId, ReportFormats.Svg, chart => ChartImage.Svg(chart.Draw(content)));

    public byte[] Png(ReportContent content, string chartId) => (byte[])Made(content, chartId, ReportFormats.Png, chart => ChartImage.Png(chart.Draw(content)));

    private object Made(ReportContent content, string chartId, string format, Func<IReportChart, object> make)
    {
        ArgumentNullException.ThrowIfNull(content);
        var chart = Get(chartId);
        var images = _made.GetValue(content, _ => new ConcurrentDictionary<string, Lazy<object>>(StringComparer.Ordinal));
        return images.GetOrAdd($"{chartId}.{format}", _ => new Lazy<object>(() => make(chart), LazyThreadSafetyMode.ExecutionAndPublication)).Value;
    }
}
