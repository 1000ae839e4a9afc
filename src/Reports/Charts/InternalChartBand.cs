using ScottPlot;
using Sermo.Reports.Rendering;
using SkiaSharp;

namespace Sermo.Reports.Charts;

/// <summary>
/// An internal run's chart (decision 105): the chart as drawn, under a red band that reads "INTERNAL — NOT FOR
/// RELEASE", and with that mark first in its title (the SVG's accessible title). Drawn into the picture itself, so a
/// PNG or SVG copied out of its folder, pasted into slides or inlined elsewhere still says so.
/// </summary>
internal static class InternalChartBand
{
    private const float BandHeight = 28;

    private static readonly LabelStyle MarkStyle = new()
    {
        FontName = ChartStyle.Font, FontSize = ChartStyle.TitleSize, Bold = true, ForeColor = ChartStyle.Spike, Alignment = Alignment.MiddleLeft,
    };

    public static readonly string Mark = ReportContent.InternalMark.ToUpperInvariant();

    public static ChartDrawing Around(ChartDrawing chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        float markWidth;
        using (var paint = Paint.NewDisposablePaint())
        {
            markWidth = MarkStyle.Measure(Mark, paint).Width;
        }

        var width = Math.Max(chart.Width, (int)Math.Ceiling(markWidth + (2 * ChartLayout.Margin)));
        return new ChartDrawing(chart.Id, $"{Mark}: {chart.Title}", width, chart.Height + (int)BandHeight, (canvas, figure) =>
        {
            using (var band = new SKPaint { Color = ChartStyle.Spike.ToSKColor(), Style = SKPaintStyle.Stroke, StrokeWidth = 2 })
            {
                canvas.DrawLine(figure.Left, figure.Top + BandHeight - 1, figure.Left + width, figure.Top + BandHeight - 1, band);
            }

            using (var paint = Paint.NewDisposablePaint())
            {
                MarkStyle.Render(canvas, new Pixel(figure.Left + ChartLayout.Margin, figure.Top + (BandHeight / 2)), paint, Mark);
            }

            canvas.Save();
            canvas.Translate(0, BandHeight);
            chart.Render(canvas, chart.Figure);
            canvas.Restore();
        });
    }
}
