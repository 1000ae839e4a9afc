using System.Globalization;
using Sermo.Analytics.Aspects;
using Sermo.Analytics.HeatMaps;
using Sermo.Reports.Rendering;

namespace Sermo.Reports.Charts;

/// <summary>
/// Net sentiment ((positive − negative) / mentions) per bucket, one small plot per term on a shared −1…+1 scale. A panel
/// holds a line over all the term's mentions, then one line per aspect the row shows anywhere (each a gap wherever the
/// cell, or the aspect in it, is withheld).
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
        var aspects = new ChartKey(ChartKeySymbol.None,
            FormattableString.Invariant($"Aspect lines (efficacy, safety, access, cost, dosing) use the mentions about that aspect; an aspect with under k = {map.K} mentions in a cell is a gap."));
        return TermPanelsFigure.Create(Id, $"{ChartText.Clean(content.ClientName)}: net sentiment per {unit}, {TermSeries.Period(map)}", map, panels,
            panels.Any(p => p.Lines.Count > 1) ? [key, aspects] : [key], yRange: (-1.1, 1.1), v => v.ToString("+0.0;−0.0;0", CultureInfo.InvariantCulture));
    }

    internal static IReadOnlyList<PanelLine> Lines(HeatMap map, int termIndex)
    {
        var lines = new List<PanelLine> { new(AllMentions, TermSeries.Values(map, termIndex, NetSentiment), Colour: 0) };
        foreach (var aspect in Enum.GetValues<Aspect>())
        {
            var values = TermSeries.Values(map, termIndex, c => c.ForAspect(aspect)?.NetSentiment);
            if (values.Any(double.IsFinite))
            {
                lines.Add(new PanelLine(aspect.Name(), values, Colour: (int)aspect));
            }
        }

        return lines;
    }

    private static double? NetSentiment(HeatMapCell cell) => cell.NetSentiment;
}
