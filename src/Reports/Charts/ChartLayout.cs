using ScottPlot;
using SkiaSharp;

namespace Sermo.Reports.Charts;

/// <summary>
/// Sizes a figure around a data area of a chosen size: every panel (axes with their labels, title, colour bar, key) is
/// measured the way ScottPlot's layout will measure it, so cells and rows get exactly the pixels planned for them and
/// labels get the room they measure.
/// </summary>
internal static class ChartLayout
{
    /// <summary>White space kept free around the figure's outer edge.</summary>
    public const float Margin = 12;

    /// <summary>
    /// The plot as a drawing whose data area is <paramref name="dataWidth"/> × <paramref name="dataHeight"/> (wider if
    /// <paramref name="minContentWidth"/>, e.g. a long title, needs it), inside a white <see cref="Margin"/>.
    /// </summary>
    public static ChartDrawing Drawing(string id, string title, Plot plot, float dataWidth, float dataHeight, float minContentWidth = 0)
    {
        var (width, height) = ContentSize(plot, dataWidth, dataHeight);
        var figureWidth = (int)Math.Ceiling(Math.Max(width, minContentWidth) + (2 * Margin));
        var figureHeight = (int)Math.Ceiling(height + (2 * Margin));
        return new ChartDrawing(id, title, figureWidth, figureHeight, (canvas, figure) => plot.Render(canvas, figure.Contract(Margin)));
    }

    /// <summary>
    /// Data area plus every panel (axes with their labels, title, colour bar, key) as ScottPlot's layout sizes them: the
    /// plot is laid out once at a provisional size, and panels keep their size when the figure grows.
    /// </summary>
    public static (float Width, float Height) ContentSize(Plot plot, float dataWidth, float dataHeight)
    {
        const int Provisional = 4000;
        // A canvas that draws nothing: the layout is all this pass is for, and rasterising 4,000 × 4,000 pixels cost
        // more than the chart's real PNG and SVG together.
        using (var measuring = new SKNoDrawCanvas(Provisional, Provisional))
        {
            plot.Render(measuring, new PixelRect(0, Provisional, Provisional, 0));
        }

        var layout = plot.LastRender.Layout;
        return (Provisional - layout.DataRect.Width + dataWidth, Provisional - layout.DataRect.Height + dataHeight);
    }

    public static float TextWidth(string text, float fontSize = ChartStyle.LabelSize, bool bold = false)
    {
        using var paint = Paint.NewDisposablePaint();
        var style = new LabelStyle { FontName = ChartStyle.Font, FontSize = fontSize, Bold = bold };
        return style.Measure(text, paint).Width;
    }

    /// <summary>The widest of <paramref name="labels"/> and the height of one line, as the chart's font draws them.</summary>
    public static (float Width, float Height) Widest(IEnumerable<string> labels, float fontSize = ChartStyle.LabelSize)
    {
        using var paint = Paint.NewDisposablePaint();
        var style = new LabelStyle { FontName = ChartStyle.Font, FontSize = fontSize };
        var sizes = labels.Select(l => style.Measure(l, paint)).ToArray();
        return (sizes.Select(s => s.Width).DefaultIfEmpty(0).Max(), sizes.Select(s => s.Height).DefaultIfEmpty(fontSize).Max());
    }
}
