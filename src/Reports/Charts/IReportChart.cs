using Sermo.Reports.Rendering;

namespace Sermo.Reports.Charts;

/// <summary>One chart of a report, drawn from the report's heat map: cells it marks suppressed are never plotted.</summary>
public interface IReportChart
{
    /// <summary>One of <see cref="ReportChartIds"/>: the file stem (heatmap.png, trends.svg …) and the HTML section's id.</summary>
    string Id { get; }

    ChartDrawing Draw(ReportContent content);
}
