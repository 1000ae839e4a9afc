using ScottPlot;
using SkiaSharp;

namespace Sermo.Reports.Charts;

/// <summary>
/// Drawn over the heat map's cells: the hatch that marks withheld cells, then white lines between all cells. The hatch
/// is 45° lines on the grey a suppressed cell is filled with, as one path over every such cell; lines sit on a grid shared
/// by the whole figure, so neighbouring hatched cells join up. One path, not a pattern per cell, keeps the SVG small and
/// Chromium's PDF print fast (it writes a pattern out again for every element that uses it).
/// </summary>
internal sealed class HeatMapCellOverlay(IReadOnlyList<CoordinateRect> suppressed, int columns, int rows) : IPlottable
{
    public static readonly Color Fill = Color.FromHex("#d9d9d9");
    public static readonly Color Hatch = Color.FromHex("#8a8a8a");

    /// <summary>Distance between hatch lines along x or y; about 5.7 px between the lines themselves.</summary>
    private const float Spacing = 8;

    public bool IsVisible { get; set; } = true;

    public IAxes Axes { get; set; } = new Axes();

    public IEnumerable<LegendItem> LegendItems => [];

    public AxisLimits GetAxisLimits() => AxisLimits.NoLimits;

    public void Render(RenderPack rp)
    {
        using (var hatch = new SKPath())
        {
            foreach (var cell in suppressed)
            {
                AddHatch(hatch, Axes.GetPixelRect(cell).ToSKRect());
            }

            StrokeHatch(rp.Canvas, hatch);
        }

        using var borders = new SKPath();
        var grid = Axes.GetPixelRect(new CoordinateRect(-0.5, columns - 0.5, -0.5, rows - 0.5)).ToSKRect();
        for (var c = 1; c < columns; c++)
        {
            var x = Axes.GetPixelX(c - 0.5);
            borders.MoveTo(x, grid.Top);
            borders.LineTo(x, grid.Bottom);
        }

        for (var r = 1; r < rows; r++)
        {
            var y = Axes.GetPixelY(r - 0.5);
            borders.MoveTo(grid.Left, y);
            borders.LineTo(grid.Right, y);
        }

        using var white = new SKPaint { Color = SKColors.White, Style = SKPaintStyle.Stroke, StrokeWidth = 1, IsAntialias = true };
        rp.Canvas.DrawPath(borders, white);
    }

    /// <summary>A swatch for a key: the grey fill and the hatch, the way a suppressed cell looks.</summary>
    public static void DrawSwatch(SKCanvas canvas, SKRect rect)
    {
        using (var fill = new SKPaint { Color = Fill.ToSKColor(), Style = SKPaintStyle.Fill })
        {
            canvas.DrawRect(rect, fill);
        }

        using var path = new SKPath();
        AddHatch(path, rect);
        StrokeHatch(canvas, path);
    }

    /// <summary>Adds the parts of the lines x + y = n·<see cref="Spacing"/> that cross <paramref name="rect"/>.</summary>
    private static void AddHatch(SKPath path, SKRect rect)
    {
        var first = MathF.Ceiling((rect.Left + rect.Top) / Spacing) * Spacing;
        for (var c = first; c <= rect.Right + rect.Bottom; c += Spacing)
        {
            var x1 = Math.Max(rect.Left, c - rect.Bottom);
            var x2 = Math.Min(rect.Right, c - rect.Top);
            if (x2 - x1 > 0.5f)
            {
                path.MoveTo(x1, c - x1);
                path.LineTo(x2, c - x2);
            }
        }
    }

    private static void StrokeHatch(SKCanvas canvas, SKPath path)
    {
        using var paint = new SKPaint { Color = Hatch.ToSKColor(), Style = SKPaintStyle.Stroke, StrokeWidth = 1.5f, IsAntialias = true };
        canvas.DrawPath(path, paint);
    }
}
