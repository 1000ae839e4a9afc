using SkiaSharp;

namespace Sermo.Reports.Charts;

/// <summary>Draws a <see cref="ChartDrawing"/> to PNG (at 2×, sharp in slides and e-mail) or to SVG (Skia's SVG canvas).</summary>
public static class ChartImage
{
    /// <summary>Device pixels per CSS pixel in the PNG.</summary>
    public const float PngScale = 2;

    /// <summary>
    /// Skia's default PNG encoding tries every row filter at zlib level 6, which was most of a full report's CPU. A chart
    /// is runs of identical rows (cells, bars, white space), so the Up filter alone at level 3 encodes several times
    /// faster for somewhat larger files (ReportRenderBenchmarks).
    /// </summary>
    private static readonly SKPngEncoderOptions PngEncoding = new(SKPngEncoderFilterFlags.Up, 3);

    public static byte[] Png(ChartDrawing drawing)
    {
        ArgumentNullException.ThrowIfNull(drawing);
        var info = new SKImageInfo((int)Math.Ceiling(drawing.Width * PngScale), (int)Math.Ceiling(drawing.Height * PngScale), SKColorType.Rgba8888, SKAlphaType.Premul);
        using var surface = SKSurface.Create(info)
            ?? throw new InvalidOperationException($"Skia could not make a {info.Width} × {info.Height} surface for the {drawing.Id} chart.");
        surface.Canvas.Clear(SKColors.White);
        surface.Canvas.Scale(PngScale);
        drawing.Render(surface.Canvas, drawing.Figure);
        surface.Canvas.Flush();
        using var pixels = surface.PeekPixels();
        using var png = pixels.Encode(PngEncoding)
            ?? throw new InvalidOperationException($"Skia could not encode the {drawing.Id} chart as PNG.");
        return png.ToArray();
    }

    /// <summary>One self-contained SVG element (no XML declaration), ready to be saved as a file or inlined in HTML.</summary>
    public static string Svg(ChartDrawing drawing)
    {
        ArgumentNullException.ThrowIfNull(drawing);
        using var stream = new MemoryStream();
        using (var canvas = SKSvgCanvas.Create(new SKRect(0, 0, drawing.Width, drawing.Height), stream))
        {
            // Skia writes the closing tags when the canvas is disposed.
            canvas.Clear(SKColors.White);
            drawing.Render(canvas, drawing.Figure);
        }

        stream.Position = 0;
        return ChartSvg.Finish(drawing, stream);
    }
}
