using ScottPlot;
using ScottPlot.Panels;
using SkiaSharp;

namespace Sermo.Reports.Charts;

/// <summary>The line under the heat map: a hatched swatch and what it means, and the k note.</summary>
internal sealed class HeatMapKeyPanel : PanelBase
{
    public const float Height = 34;
    private const float SwatchWidth = 28;
    private const float SwatchHeight = 14;
    private const float Gap = 8;

    private readonly string _text;

    public HeatMapKeyPanel(string text)
    {
        _text = text;
        Edge = Edge.Bottom;
    }

    public static LabelStyle Style { get; } = new() { FontName = ChartStyle.Font, FontSize = ChartStyle.LabelSize, ForeColor = ChartStyle.Ink, Alignment = Alignment.MiddleLeft };

    /// <summary>Width the key needs from the plot's left edge, so the figure can be made at least this wide.</summary>
    public float Width(Paint paint) => SwatchWidth + Gap + Style.Measure(_text, paint).Width;

    public override float Measure(Paint paint) => Height;

    public override void Render(RenderPack rp, float size, float offset)
    {
        var panel = GetPanelRect(rp.DataRect, size, offset, rp.Paint);
        var left = rp.FigureRect.Left;
        var middle = panel.Top + (Height / 2) + 4;
        HeatMapCellOverlay.DrawSwatch(rp.Canvas, new SKRect(left, middle - (SwatchHeight / 2), left + SwatchWidth, middle + (SwatchHeight / 2)));
        Style.Render(rp.Canvas, new Pixel(left + SwatchWidth + Gap, middle), rp.Paint, _text);
    }
}
