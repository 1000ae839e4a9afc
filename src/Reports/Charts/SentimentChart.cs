using System.Globalization;
using Sermo.Analytics.HeatMaps;
using Sermo.Reports.Rendering;

namespace Sermo.Reports.Charts;

/// <summary>
/// Net sentiment ((positive − negative) / mentions) per bucket, one small plot per term on a shared −1…+1 scale. A panel
/// holds one line per aspect: today the heat map has no aspects, so each term has one line over all its mentions;
/// <see cref="Lines"/> is where a per-aspect split adds its lines (each a gap wherever its own cell is withheld).
/// </summary>
public sealed class SentimentChart : IReportChart
{
    public const string AllMentions = "all mentions";

    public string Id => ReportChartIds.Sentiment;

    public ChartDrawing Draw(ReportContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var map = content.HeatMap;
        var panels = TermSeries.MostMentioned(map, NetSentiment, TermPanelsFigure.MaxTerms)
            .Select(t => new TermPanel(map.Terms[t], Lines(map, t), []))
            .ToArray();
        var unit = TermSeries.Unit(map);
        var key = new ChartKey(ChartKeySymbol.None, "Net sentiment = (positive − negative) / mentions: +1 all positive, −1 all negative, 0 balanced or neutral.");
        return TermPanelsFigure.Create(Id, $"{ChartText.Clean(content.ClientName)}: net sentiment per {unit}, {TermSeries.Period(map)}", map, panels,
            [key], yRange: (-1.1, 1.1), v => v.ToString("+0.0;−0.0;0", CultureInfo.InvariantCulture));
    }

    internal static IReadOnlyList<PanelLine> Lines(HeatMap map, int termIndex) =>
        [new PanelLine(AllMentions, TermSeries.Values(map, termIndex, NetSentiment))];

    private static double? NetSentiment(HeatMapCell cell) => cell.NetSentiment;
}
