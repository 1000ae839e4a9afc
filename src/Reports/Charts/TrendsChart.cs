using System.Globalization;
using Sermo.Analytics.HeatMaps;
using Sermo.Reports.Rendering;

namespace Sermo.Reports.Charts;

/// <summary>Mentions per bucket, one small plot per term, spikes (robust z ≥ 2 on shown cells) marked in red.</summary>
public sealed class TrendsChart : IReportChart
{
    public string Id => ReportChartIds.Trends;

    public ChartDrawing Draw(ReportContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var map = content.HeatMap;
        static double? Mentions(HeatMapCell cell) => cell.Mentions;
        var panels = TermSeries.MostMentioned(map, Mentions, TermPanelsFigure.MaxTerms)
            .Select(t => new TermPanel(map.Terms[t], [new PanelLine("mentions", TermSeries.Values(map, t, Mentions))], Spikes(map, t)))
            .ToArray();
        var unit = TermSeries.Unit(map);
        var spikeKey = new ChartKey(ChartKeySymbol.Spike, string.Create(CultureInfo.InvariantCulture,
            $"Spike: robust z ≥ {ReportHighlights.MinSpikeScore:0.#} against the term's own previous {HeatMapBuilder.SpikeWindow} shown {unit}s."));
        return TermPanelsFigure.Create(Id, $"{ChartText.Clean(content.ClientName)}: mentions per {unit}, {TermSeries.Period(map)}", map, panels,
            [spikeKey], yRange: null, v => v.ToString("N0", CultureInfo.InvariantCulture));
    }

    /// <summary>The same rule as the report's spike table: shown cells only, so a withheld cell is never a spike.</summary>
    private static int[] Spikes(HeatMap map, int termIndex) =>
        map.Row(termIndex).Select((cell, b) => (cell, b))
            .Where(x => !x.cell.Suppressed && x.cell.Mentions is not null && x.cell.SpikeScore >= ReportHighlights.MinSpikeScore)
            .Select(x => x.b)
            .ToArray();
}
