using System.Globalization;
using ScottPlot;
using ScottPlot.TickGenerators;
using Sermo.Analytics.HeatMaps;
using HeatmapPlot = ScottPlot.Plottables.Heatmap;

namespace Sermo.Reports.Charts;

/// <summary>
/// The heat map as a ScottPlot figure. Colour is mentions on a square-root scale from light yellow to dark red (counts
/// are skewed: on a linear scale everything but the biggest brand is the same pale yellow), with a colour bar labelled
/// in mentions. Suppressed cells carry no number, so they are drawn grey and hatched, never coloured, and the key says
/// why. Cells are at least 20 px high and the bucket labels stand upright, so 50 terms × 52 weeks stay readable.
/// </summary>
internal sealed class HeatMapFigure
{
    /// <summary>Light yellow to dark red (ColorBrewer YlOrRd ends and middle), as the XLSX's colour scale.</summary>
    private static readonly Color[] Ramp = [Color.FromHex("#ffffcc"), Color.FromHex("#fd8d3c"), Color.FromHex("#800026")];

    private const float LabelGap = 6;
    private const float BucketLabelPitch = 18;

    private readonly Plot _plot;
    private readonly HeatMap _map;

    private HeatMapFigure(Plot plot, HeatMap map, ChartDrawing drawing, float cellWidth, float cellHeight, int bucketLabelStep)
    {
        _plot = plot;
        _map = map;
        Drawing = drawing;
        CellWidth = cellWidth;
        CellHeight = cellHeight;
        BucketLabelStep = bucketLabelStep;
    }

    public ChartDrawing Drawing { get; }

    public float CellWidth { get; }

    public float CellHeight { get; }

    /// <summary>Every bucket is labelled when columns are wide enough for an upright label; otherwise every Nth.</summary>
    public int BucketLabelStep { get; }

    /// <summary>The plot, for tests that measure what it laid out (valid after <see cref="Drawing"/> was rendered).</summary>
    internal Plot Plot => _plot;

    public static HeatMapFigure Create(HeatMap map, string clientName)
    {
        ArgumentNullException.ThrowIfNull(map);
        var terms = Math.Max(1, map.Terms.Count);
        var buckets = Math.Max(1, map.Buckets.Count);
        var cellHeight = Math.Clamp(400f / terms, 20, 28);
        var cellWidth = Math.Clamp(1250f / buckets, 8, 64);
        var step = (int)Math.Ceiling(BucketLabelPitch / cellWidth);

        var plot = new Plot();
        ChartStyle.Apply(plot);
        plot.HideGrid();
        var shown = map.Cells.Where(c => !c.Suppressed && c.Mentions is not null).Select(c => c.Mentions!.Value).ToArray();
        // Every cell withheld: ScottPlot cannot scale colours over no number at all (it throws), so the cells are drawn
        // as zeros in the withheld grey instead; nothing is coloured either way.
        var heatmap = plot.Add.Heatmap(shown.Length > 0 ? Intensities(map) : new double[Math.Max(1, map.Terms.Count), Math.Max(1, map.Buckets.Count)]);
        heatmap.Colormap = new ScottPlot.Colormaps.CustomInterpolated(shown.Length > 0 ? Ramp : [HeatMapCellOverlay.Fill, HeatMapCellOverlay.Fill]);
        heatmap.NaNCellColor = HeatMapCellOverlay.Fill;
        // One rectangle per cell: crisp at any zoom in the SVG and PDF, where a bitmap would be smoothed or blocky.
        heatmap.RenderStrategy = new HeatmapPlot.RenderStrategies.Rectangles();
        plot.Add.Plottable(new HeatMapCellOverlay(SuppressedCells(map), buckets, terms));
        if (shown.Length > 0)
        {
            ColourBar(plot, heatmap, shown.Min(), shown.Max());
        }

        plot.Axes.SetLimits(-0.5, buckets - 0.5, -0.5, terms - 0.5);
        TermLabels(plot, map);
        var bucketLabels = BucketLabels(plot, map, step);
        plot.Title(ChartText.Clean(Title(map, clientName)));
        var key = new HeatMapKeyPanel(KeyText(map.K, shown.Length > 0));
        plot.Axes.AddPanel(key);

        using var paint = Paint.NewDisposablePaint();
        var minWidth = Math.Max(key.Width(paint), ChartLayout.TextWidth(Title(map, clientName), ChartStyle.TitleSize, bold: true));
        plot.Axes.Bottom.MinimumSize = bucketLabels + plot.Axes.Bottom.MajorTickStyle.Length + LabelGap;
        var drawing = ChartLayout.Drawing(ReportChartIds.HeatMap, Title(map, clientName), plot, cellWidth * buckets, cellHeight * terms, minWidth);
        return new HeatMapFigure(plot, map, drawing, cellWidth, cellHeight, step);
    }

    /// <summary>Where the centre of a cell was drawn, in CSS pixels (after <see cref="Drawing"/> was rendered).</summary>
    public Pixel CellCentre(int termIndex, int bucketIndex) => _plot.GetPixel(new Coordinates(bucketIndex, RowY(_map, termIndex)));

    /// <summary>The figure title: client, what is counted, the period and the segment, if any.</summary>
    public static string Title(HeatMap map, string clientName)
    {
        var segment = map.Segment is null ? "" : $", segment {map.Segment}";
        return string.Create(CultureInfo.InvariantCulture,
            $"{clientName}: mentions by {map.Interval.ToString().ToLowerInvariant()}, {map.From:yyyy-MM-dd} to {map.To:yyyy-MM-dd}{segment}");
    }

    private static string KeyText(int k, bool anyShown) =>
        string.Create(CultureInfo.InvariantCulture, $"Hatched grey: withheld (fewer than k = {k} distinct authors, or hidden so a total cannot reveal such a cell).")
        + (anyShown ? " Colour: mentions, square-root scale." : " No cell has enough authors to show.");

    /// <summary>Row 0 (the watchlist's first term) is drawn at the top.</summary>
    private static double RowY(HeatMap map, int termIndex) => map.Terms.Count - 1 - termIndex;

    /// <summary>Square roots of the shown mentions; NaN, never a number, for a suppressed cell.</summary>
    private static double[,] Intensities(HeatMap map)
    {
        var values = new double[Math.Max(1, map.Terms.Count), Math.Max(1, map.Buckets.Count)];
        for (var t = 0; t < values.GetLength(0); t++)
        {
            for (var b = 0; b < values.GetLength(1); b++)
            {
                var cell = t < map.Terms.Count && b < map.Buckets.Count ? map.Cell(t, b) : null;
                values[t, b] = cell is { Suppressed: false, Mentions: { } mentions } ? Math.Sqrt(mentions) : double.NaN;
            }
        }

        return values;
    }

    private static List<CoordinateRect> SuppressedCells(HeatMap map)
    {
        var cells = new List<CoordinateRect>();
        for (var t = 0; t < map.Terms.Count; t++)
        {
            for (var b = 0; b < map.Buckets.Count; b++)
            {
                if (map.Cell(t, b).Suppressed)
                {
                    var y = RowY(map, t);
                    cells.Add(new CoordinateRect(b - 0.5, b + 0.5, y - 0.5, y + 0.5));
                }
            }
        }

        return cells;
    }

    /// <summary>The bar runs from the smallest to the largest shown count; its ticks are mention counts placed on the square-root scale.</summary>
    private static void ColourBar(Plot plot, HeatmapPlot heatmap, int min, int max)
    {
        var low = Math.Sqrt(min);
        var high = Math.Sqrt(max);
        if (high - low < 1e-9)
        {
            // One value only: draw it at the dark end, as the largest count.
            low = Math.Max(0, high - 1);
        }

        heatmap.ManualRange = new ScottPlot.Range(low, high);
        var bar = plot.Add.ColorBar(heatmap);
        bar.Label = "mentions";
        bar.LabelStyle.FontSize = ChartStyle.LabelSize;
        bar.Width = 16;
        bar.Axis.TickGenerator = new NumericManual(
            ColourBarTicks(min, max).Select(v => new Tick(Math.Sqrt(v), v.ToString("N0", CultureInfo.InvariantCulture), isMajor: true)).ToArray());
    }

    /// <summary>The smallest and largest shown counts and up to three round counts between them, evenly spaced on the square-root scale.</summary>
    internal static IReadOnlyList<int> ColourBarTicks(int min, int max)
    {
        var ticks = new SortedSet<int> { min, max };
        for (var i = 1; i <= 3; i++)
        {
            var root = Math.Sqrt(min) + (i * (Math.Sqrt(max) - Math.Sqrt(min)) / 4);
            var value = Round(root * root);
            // Keep a tick only where its label cannot crowd an end label.
            if (value > min && value < max && (Math.Sqrt(value) - Math.Sqrt(min)) > 0.12 * (Math.Sqrt(max) - Math.Sqrt(min))
                && (Math.Sqrt(max) - Math.Sqrt(value)) > 0.12 * (Math.Sqrt(max) - Math.Sqrt(min)))
            {
                ticks.Add(value);
            }
        }

        return ticks.ToArray();
    }

    /// <summary>To two significant digits (1, 2 … 99, 110, 120 … 990, 1,000, 1,100 …).</summary>
    private static int Round(double value)
    {
        if (value < 10)
        {
            return (int)Math.Round(value);
        }

        var unit = Math.Pow(10, Math.Floor(Math.Log10(value)) - 1);
        return (int)(Math.Round(value / unit) * unit);
    }

    private static void TermLabels(Plot plot, HeatMap map)
    {
        var ticks = map.Terms.Select((term, t) => new Tick(RowY(map, t), ChartText.Label(term), isMajor: true)).ToArray();
        plot.Axes.Left.TickGenerator = new NumericManual(ticks);
        plot.Axes.Left.MajorTickStyle.Length = 4;
    }

    /// <summary>Upright (rotated) bucket labels under their columns; returns the room they need below the grid.</summary>
    private static float BucketLabels(Plot plot, HeatMap map, int step)
    {
        var ticks = new List<Tick>();
        for (var b = 0; b < map.Buckets.Count; b += step)
        {
            ticks.Add(new Tick(b, TimeBuckets.Label(map.Buckets[b], map.Interval), isMajor: true));
        }

        var bottom = plot.Axes.Bottom;
        bottom.TickGenerator = new NumericManual(ticks.ToArray());
        bottom.MajorTickStyle.Length = 4;
        bottom.TickLabelStyle.Rotation = -90;
        bottom.TickLabelStyle.Alignment = Alignment.MiddleRight;
        return ChartLayout.Widest(ticks.Select(t => t.Label)).Width;
    }
}
