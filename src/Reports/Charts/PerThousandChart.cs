using System.Globalization;
using Sermo.Reports.Rendering;

namespace Sermo.Reports.Charts;

/// <summary>Mentions per 1,000 members active in the bucket, one line per term: conversation volume net of forum activity.</summary>
public sealed class PerThousandChart : IReportChart
{
    public string Id => ReportChartIds.PerThousand;

    public ChartDrawing Draw(ReportContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var map = content.HeatMap;
        var unit = TermSeries.Unit(map);
        return TermLinesFigure.Create(Id, $"{ChartText.Clean(content.ClientName)}: mentions per 1,000 active members per {unit}, {TermSeries.Period(map)}", map,
            c => c.PerThousandActive, "per 1,000 active members", v => v.ToString("#,##0.#", CultureInfo.InvariantCulture));
    }
}
