using ScottPlot;

namespace Sermo.Reports.Charts;

/// <summary>The look every report chart shares: the report's ink and rule colours, DejaVu Sans, a colour-blind-safe palette.</summary>
internal static class ChartStyle
{
    /// <summary>Installed with fontconfig on Debian (fonts-dejavu-core); the report's HTML asks for it first too.</summary>
    public const string Font = "DejaVu Sans";

    public const float LabelSize = 12;
    public const float TitleSize = 15;

    public static readonly Color Ink = Color.FromHex("#1f2933");
    public static readonly Color Muted = Color.FromHex("#616e7c");
    public static readonly Color Rule = Color.FromHex("#d9e2ec");
    public static readonly Color Spike = Color.FromHex("#b42318");

    /// <summary>Okabe and Ito's colour-blind-safe set without its yellow, which vanishes on white, plus grey.</summary>
    public static readonly Color[] Palette =
    [
        Color.FromHex("#0072b2"), Color.FromHex("#e69f00"), Color.FromHex("#009e73"), Color.FromHex("#d55e00"),
        Color.FromHex("#cc79a7"), Color.FromHex("#56b4e9"), Color.FromHex("#000000"), Color.FromHex("#7f7f7f"),
    ];

    public static void Apply(Plot plot)
    {
        plot.Font.Set(Font);
        // The canvas is made white once (ChartImage); a plot must not clear it, since a frame draws several plots side by side on it.
        plot.RenderManager.Remove<ScottPlot.Rendering.RenderActions.ClearCanvas>();
        plot.FigureBackground.Color = Colors.White;
        plot.DataBackground.Color = Colors.White;
        plot.Axes.Color(Ink);
        plot.Axes.FrameColor(Rule);
        plot.Grid.MajorLineColor = Rule.WithAlpha(0.7);
        plot.Axes.Title.Label.FontSize = TitleSize;
        plot.Axes.Title.Label.ForeColor = Ink;
        foreach (var axis in plot.Axes.GetAxes())
        {
            axis.TickLabelStyle.FontSize = LabelSize;
            axis.Label.FontSize = LabelSize;
            axis.MinorTickStyle.Length = 0;
        }
    }
}
