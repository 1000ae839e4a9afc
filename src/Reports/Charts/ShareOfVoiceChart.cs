using System.Globalization;
using Sermo.Reports.Rendering;

namespace Sermo.Reports.Charts;

/// <summary>Share of voice per bucket: a term's share of the mentions shown in that bucket, one line per term.</summary>
public sealed class ShareOfVoiceChart : IReportChart
{
    public string Id => ReportChartIds.ShareOfVoice;

    public ChartDrawing Draw(ReportContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var map = content.HeatMap;
        var unit = TermSeries.Unit(map);
        return TermLinesFigure.Create(Id, $"{ChartText.Clean(content.ClientName)}: share of voice per {unit}, {TermSeries.Period(map)}", map,
            c => c.ShareOfVoice, $"share of the {unit}'s shown mentions", v => v.ToString("0.#%", CultureInfo.InvariantCulture));
    }
}
