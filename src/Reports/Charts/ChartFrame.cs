using ScottPlot;
using SkiaSharp;

namespace Sermo.Reports.Charts;

/// <summary>
/// A figure made of a title, a body (one plot or a grid of small plots) and key lines under it, inside a white margin;
/// the figure is as wide as the widest of the three, so neither the title nor a key line is ever cut off.
/// </summary>
internal static class ChartFrame
{
    private const float TitleHeight = 30;
    private const float KeyLineHeight = 22;
    private const float SymbolWidth = 28;
    private const float SymbolGap = 8;

    private static readonly LabelStyle TitleStyle = new()
    {
        FontName = ChartStyle.Font, FontSize = ChartStyle.TitleSize, ForeColor = ChartStyle.Ink, Alignment = Alignment.MiddleLeft,
    };

    private static readonly LabelStyle KeyStyle = new()
    {
        FontName = ChartStyle.Font, FontSize = ChartStyle.LabelSize, ForeColor = ChartStyle.Ink, Alignment = Alignment.MiddleLeft,
    };

    public static ChartDrawing Create(string id, string title, IReadOnlyList<ChartKey> keys, float bodyWidth, float bodyHeight, Action<SKCanvas, PixelRect> body)
    {
        var cleanTitle = ChartText.Clean(title);
        float width;
        using (var paint = Paint.NewDisposablePaint())
        {
            width = keys.Select(k => SymbolWidth + SymbolGap + KeyStyle.Measure(k.Text, paint).Width)
                .Append(TitleStyle.Measure(cleanTitle, paint).Width)
                .Append(bodyWidth)
                .Max();
        }

        var figureWidth = (int)Math.Ceiling(width + (2 * ChartLayout.Margin));
        var figureHeight = (int)Math.Ceiling(TitleHeight + bodyHeight + (keys.Count * KeyLineHeight) + (2 * ChartLayout.Margin));
        return new ChartDrawing(id, cleanTitle, figureWidth, figureHeight, (canvas, figure) =>
        {
            var left = figure.Left + ChartLayout.Margin;
            var top = figure.Top + ChartLayout.Margin;
            using var paint = Paint.NewDisposablePaint();
            TitleStyle.Render(canvas, new Pixel(left, top + (TitleHeight / 2)), paint, cleanTitle);
            body(canvas, new PixelRect(left, left + bodyWidth, top + TitleHeight + bodyHeight, top + TitleHeight));
            var y = top + TitleHeight + bodyHeight + (KeyLineHeight / 2);
            foreach (var key in keys)
            {
                DrawSymbol(canvas, key.Symbol, left, y);
                KeyStyle.Render(canvas, new Pixel(left + SymbolWidth + SymbolGap, y), paint, key.Text);
                y += KeyLineHeight;
            }
        });
    }

    private static void DrawSymbol(SKCanvas canvas, ChartKeySymbol symbol, float left, float middle)
    {
        using var paint = new SKPaint { IsAntialias = true, StrokeWidth = 2, Style = SKPaintStyle.Stroke, Color = ChartStyle.Muted.ToSKColor() };
        switch (symbol)
        {
            case ChartKeySymbol.Gap:
                canvas.DrawLine(left, middle, left + 9, middle, paint);
                canvas.DrawLine(left + 19, middle, left + SymbolWidth, middle, paint);
                break;
            case ChartKeySymbol.Spike:
                paint.Style = SKPaintStyle.Fill;
                paint.Color = ChartStyle.Spike.ToSKColor();
                canvas.DrawCircle(left + (SymbolWidth / 2), middle, 5, paint);
                break;
            default:
                break;
        }
    }
}
