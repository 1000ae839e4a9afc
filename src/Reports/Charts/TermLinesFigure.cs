using ScottPlot;
using ScottPlot.TickGenerators;
using Sermo.Analytics.HeatMaps;

namespace Sermo.Reports.Charts;

/// <summary>One plot with a line per term (the most-mentioned few), a gap wherever a cell is withheld, a legend of terms.</summary>
internal static class TermLinesFigure
{
    public const int MaxTerms = 8;
    private const float PlotWidth = 1000;
    private const float PlotHeight = 380;

    public static ChartDrawing Create(string id, string title, HeatMap map, Func<HeatMapCell, double?> metric, string yLabel, Func<double, string> tickLabel)
    {
        var terms = TermSeries.MostMentioned(map, metric, MaxTerms);
        var plot = new Plot();
        ChartStyle.Apply(plot);
        var xs = TermSeries.Positions(map);
        for (var i = 0; i < terms.Count; i++)
        {
            var line = plot.Add.Scatter(xs, TermSeries.Values(map, terms[i], metric), ChartStyle.Palette[i % ChartStyle.Palette.Length]);
            line.LineWidth = 2;
            line.MarkerSize = 5;
            line.LegendText = ChartText.Label(map.Terms[terms[i]], 28);
        }

        plot.YLabel(yLabel);
        plot.Axes.Left.TickGenerator = new NumericAutomatic { LabelFormatter = tickLabel };
        TimeAxis.Apply(plot, map, PlotWidth);
        if (terms.Count > 0)
        {
            plot.Axes.AutoScaleY();
            var limits = plot.Axes.GetLimits();
            plot.Axes.SetLimitsY(Math.Min(0, limits.Bottom), limits.Top * 1.08);
            plot.ShowLegend(Edge.Right);
        }
        else
        {
            plot.Axes.SetLimitsY(0, 1);
        }

        var keys = new List<ChartKey> { TermSeries.GapKey(map) };
        if (terms.Count == 0)
        {
            keys.Add(new ChartKey(ChartKeySymbol.None, "No term has a shown value in this period."));
        }
        else if (terms.Count < map.Terms.Count)
        {
            keys.Add(new ChartKey(ChartKeySymbol.None, $"Showing {TermSeries.Which(terms.Count, map.Terms.Count)}; the CSV and XLSX have every term."));
        }

        var (width, height) = ChartLayout.ContentSize(plot, PlotWidth, PlotHeight);
        return ChartFrame.Create(id, title, keys, width, height, (canvas, rect) => plot.Render(canvas, rect));
    }
}
