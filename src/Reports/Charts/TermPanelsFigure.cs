using ScottPlot;
using ScottPlot.TickGenerators;
using Sermo.Analytics.HeatMaps;

namespace Sermo.Reports.Charts;

/// <summary>One line of a term's panel: a label (such as an aspect) and a value per bucket, NaN where withheld.</summary>
/// <param name="Colour">Index into <see cref="ChartStyle.Palette"/>, so a series (an aspect) has one colour in every panel; -1: by position.</param>
internal sealed record PanelLine(string Label, double[] Values, int Colour = -1);

/// <summary>What one term's panel shows: its lines and the buckets to mark (spikes).</summary>
internal sealed record TermPanel(string Term, IReadOnlyList<PanelLine> Lines, IReadOnlyList<int> Marked);

/// <summary>
/// Small multiples: one small plot per term, in a grid three wide, each with its own y scale unless one is given. A
/// panel can hold several lines (sentiment split by aspect), with a legend once it does.
/// </summary>
internal static class TermPanelsFigure
{
    public const int MaxTerms = 12;
    private const int Columns = 3;
    private const float PanelWidth = 400;
    private const float PanelHeight = 200;

    public static ChartDrawing Create(string id, string title, HeatMap map, IReadOnlyList<TermPanel> panels, IReadOnlyList<ChartKey> keys,
        (double Min, double Max)? yRange, Func<double, string> tickLabel)
    {
        var plots = panels.Select(panel => PanelPlot(map, panel, yRange, tickLabel)).ToArray();
        var columns = Math.Clamp(panels.Count, 1, Columns);
        var rows = Math.Max(1, (int)Math.Ceiling(panels.Count / (double)Columns));
        var allKeys = keys.Prepend(TermSeries.GapKey(map)).ToList();
        if (panels.Count == 0)
        {
            allKeys.Add(new ChartKey(ChartKeySymbol.None, "No term has a shown value in this period."));
        }
        else if (panels.Count < map.Terms.Count)
        {
            allKeys.Add(new ChartKey(ChartKeySymbol.None, $"Showing {TermSeries.Which(panels.Count, map.Terms.Count)}; the CSV and XLSX have every term."));
        }

        return ChartFrame.Create(id, title, allKeys, columns * PanelWidth, rows * PanelHeight, (canvas, body) =>
        {
            for (var i = 0; i < plots.Length; i++)
            {
                var left = body.Left + (i % Columns * PanelWidth);
                var top = body.Top + (i / Columns * PanelHeight);
                plots[i].Render(canvas, new PixelRect(left, left + PanelWidth, top + PanelHeight, top));
            }
        });
    }

    private static Plot PanelPlot(HeatMap map, TermPanel panel, (double Min, double Max)? yRange, Func<double, string> tickLabel)
    {
        var plot = new Plot();
        ChartStyle.Apply(plot);
        plot.Title(ChartText.Label(panel.Term, 36));
        plot.Axes.Title.Label.FontSize = ChartStyle.LabelSize + 1;
        var xs = TermSeries.Positions(map);
        for (var i = 0; i < panel.Lines.Count; i++)
        {
            var colour = panel.Lines[i].Colour >= 0 ? panel.Lines[i].Colour : i;
            var line = plot.Add.Scatter(xs, panel.Lines[i].Values, ChartStyle.Palette[colour % ChartStyle.Palette.Length]);
            line.LineWidth = 2;
            line.MarkerSize = 4;
            if (panel.Lines.Count > 1)
            {
                line.LegendText = ChartText.Label(panel.Lines[i].Label, 24);
            }
        }

        if (panel.Marked.Count > 0)
        {
            var values = panel.Lines[0].Values;
            plot.Add.Markers(panel.Marked.Select(b => (double)b).ToArray(), panel.Marked.Select(b => values[b]).ToArray(),
                MarkerShape.FilledCircle, 9, ChartStyle.Spike);
        }

        if (panel.Lines.Count > 1)
        {
            // Beside the data, not over it: a panel with several aspects would otherwise hide its own lines.
            plot.ShowLegend(Edge.Right);
            plot.Legend.FontSize = ChartStyle.LabelSize - 1;
        }

        plot.Axes.Left.TickGenerator = new NumericAutomatic { LabelFormatter = tickLabel, MaxTickCount = 5 };
        // The legend beside the data takes about half the panel; the tick spacing must follow the narrower axis.
        TimeAxis.Apply(plot, map, PanelWidth - (panel.Lines.Count > 1 ? 210 : 80));
        if (yRange is { } range)
        {
            plot.Axes.SetLimitsY(range.Min, range.Max);
            plot.Add.HorizontalLine(0, 1, ChartStyle.Muted, LinePattern.Dashed);
        }
        else
        {
            plot.Axes.AutoScaleY();
            var limits = plot.Axes.GetLimits();
            plot.Axes.SetLimitsY(0, double.IsFinite(limits.Top) && limits.Top > 0 ? limits.Top * 1.15 : 1);
        }

        return plot;
    }
}
