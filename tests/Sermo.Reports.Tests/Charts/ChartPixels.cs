using SkiaSharp;

namespace Sermo.Reports.Tests.Charts;

/// <summary>Reads a PNG the way a person looks at it: colours at points, in CSS pixels of the chart (the PNG is at 2×).</summary>
internal sealed class ChartPixels : IDisposable
{
    private readonly SKBitmap _bitmap;

    public ChartPixels(byte[] png)
    {
        _bitmap = SKBitmap.Decode(png) ?? throw new InvalidDataException("Not a PNG SkiaSharp can decode.");
    }

    public int Width => _bitmap.Width;

    public int Height => _bitmap.Height;

    public SKColor At(float cssX, float cssY) => _bitmap.GetPixel((int)(cssX * 2), (int)(cssY * 2));

    public SKColor Device(int x, int y) => _bitmap.GetPixel(x, y);

    /// <summary>Every device pixel inside a rectangle given in CSS pixels.</summary>
    public IEnumerable<SKColor> In(float left, float top, float right, float bottom)
    {
        for (var y = (int)Math.Ceiling(top * 2); y < (int)(bottom * 2); y++)
        {
            for (var x = (int)Math.Ceiling(left * 2); x < (int)(right * 2); x++)
            {
                yield return _bitmap.GetPixel(x, y);
            }
        }
    }

    public static double Luminance(SKColor c) => (0.2126 * c.Red) + (0.7152 * c.Green) + (0.0722 * c.Blue);

    public static bool IsGrey(SKColor c, int tolerance = 6) => Math.Abs(c.Red - c.Green) <= tolerance && Math.Abs(c.Green - c.Blue) <= tolerance;

    public void Dispose() => _bitmap.Dispose();
}
