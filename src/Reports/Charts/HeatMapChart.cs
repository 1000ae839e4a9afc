using Sermo.Reports.Rendering;

namespace Sermo.Reports.Charts;

/// <summary>The heat map of terms × buckets (PNG, SVG, and the figure the HTML report inlines).</summary>
public sealed class HeatMapChart : IReportChart
{
    public string Id => ReportChartIds.HeatMap;

    public ChartDrawing Draw(ReportContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        return HeatMapFigure.Create(content.HeatMap, content.ClientName).Drawing;
    }
}
