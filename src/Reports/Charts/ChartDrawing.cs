using ScottPlot;
using SkiaSharp;

namespace Sermo.Reports.Charts;

/// <summary>
/// One chart laid out at its natural size in CSS pixels, ready to be drawn onto any Skia canvas: a raster for the PNG,
/// Skia's SVG canvas for the SVG. <paramref name="Render"/> draws the whole figure into the given rectangle.
/// </summary>
/// <param name="Id">The chart's id (<see cref="ReportChartIds"/>): the file stem, and the prefix of the ids inside its SVG.</param>
/// <param name="Title">What the chart shows, in words: the SVG's accessible title.</param>
public sealed record ChartDrawing(string Id, string Title, int Width, int Height, Action<SKCanvas, PixelRect> Render)
{
    public PixelRect Figure => new(0, Width, Height, 0);
}
