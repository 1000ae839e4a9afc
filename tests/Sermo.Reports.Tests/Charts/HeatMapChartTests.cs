using System.Globalization;
using System.Xml.Linq;
using ScottPlot;
using Sermo.Analytics.HeatMaps;
using Sermo.Reports.Charts;
using Sermo.Reports.Rendering;

namespace Sermo.Reports.Tests.Charts;

/// <summary>The heat map as drawn: pixels of the PNG, text of the SVG, and the room its labels measure at 50 terms × 52 weeks.</summary>
public class HeatMapChartTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private static readonly DateTimeOffset GeneratedAt = new(2026, 12, 1, 6, 0, 0, TimeSpan.Zero);

    private static (HeatMapFigure Figure, ChartPixels Pixels) Draw(HeatMap map, string clientName = "Benchmark Pharma")
    {
        var figure = HeatMapFigure.Create(map, clientName);
        return (figure, new ChartPixels(ChartImage.Png(figure.Drawing)));
    }

    [Fact]
    public void Png_50TermsBy52Weeks_MoreMentionsNeverLighterAndTheLargestCellIsTheDarkest()
    {
        var map = SampleHeatMaps.Large();
        var (figure, pixels) = Draw(map);
        using var _ = pixels;

        var shown = new List<(int Mentions, double Luminance)>();
        for (var t = 0; t < map.Terms.Count; t++)
        {
            for (var b = 0; b < map.Buckets.Count; b++)
            {
                if (map.Cell(t, b) is { Suppressed: false, Mentions: { } mentions })
                {
                    var centre = figure.CellCentre(t, b);
                    shown.Add((mentions, ChartPixels.Luminance(pixels.At(centre.X, centre.Y))));
                }
            }
        }

        shown.Should().HaveCountGreaterThan(2000);
        var largest = shown.Max(s => s.Mentions);
        var darkest = shown.Where(s => s.Mentions == largest).Max(s => s.Luminance);
        shown.Where(s => s.Mentions < largest).Should().OnlyContain(s => s.Luminance > darkest, "the largest cell is the darkest");
        var byCount = shown.GroupBy(s => s.Mentions).OrderBy(g => g.Key).Select(g => (Count: g.Key, Lightest: g.Max(s => s.Luminance), Darkest: g.Min(s => s.Luminance))).ToArray();
        for (var i = 1; i < byCount.Length; i++)
        {
            byCount[i].Lightest.Should().BeLessThanOrEqualTo(byCount[i - 1].Darkest + 1, $"{byCount[i].Count} mentions may not be lighter than {byCount[i - 1].Count}");
        }
    }

    [Fact]
    public void Png_SuppressedCells_GreyWithHatchLinesAndShownCellsPlain()
    {
        var map = SampleHeatMaps.Large();
        var (figure, pixels) = Draw(map);
        using var _ = pixels;
        var (halfW, halfH) = ((figure.CellWidth / 2) - 2, (figure.CellHeight / 2) - 2);

        var suppressed = 0;
        for (var t = 0; t < map.Terms.Count; t++)
        {
            for (var b = 0; b < map.Buckets.Count; b++)
            {
                var centre = figure.CellCentre(t, b);
                var inside = pixels.In(centre.X - halfW, centre.Y - halfH, centre.X + halfW, centre.Y + halfH).ToArray();
                if (map.Cell(t, b).Suppressed)
                {
                    suppressed++;
                    inside.Should().OnlyContain(c => ChartPixels.IsGrey(c, 6), "a withheld cell carries no colour of the scale");
                    inside.Count(c => Math.Abs(ChartPixels.Luminance(c) - 217) < 8).Should().BeGreaterThan(inside.Length / 4, "the grey fill shows");
                    inside.Count(c => ChartPixels.Luminance(c) < 170).Should().BeGreaterThan(inside.Length / 10, "hatch lines cross the cell");
                }
                else
                {
                    var fill = pixels.At(centre.X, centre.Y);
                    inside.Should().OnlyContain(c => Math.Abs(c.Red - fill.Red) <= 2 && Math.Abs(c.Green - fill.Green) <= 2 && Math.Abs(c.Blue - fill.Blue) <= 2,
                        $"a shown cell is one plain colour, no pattern (term {t}, bucket {b} at {centre.X}, {centre.Y}; {inside.Length} pixels)");
                }
            }
        }

        suppressed.Should().BeGreaterThan(100);
    }

    [Fact]
    public void Png_50TermsBy52Weeks_EveryLabelHasTheRoomItMeasuresAndNothingTouchesTheEdge()
    {
        var map = SampleHeatMaps.Large();
        var (figure, pixels) = Draw(map);
        using var _ = pixels;
        var plot = figure.Plot;
        var layout = plot.LastRender.Layout;
        using var paint = Paint.NewDisposablePaint();
        var termLabels = plot.Axes.Left.TickGenerator.Ticks.Select(t => t.Label).ToArray();
        var bucketLabels = plot.Axes.Bottom.TickGenerator.Ticks.Select(t => t.Label).ToArray();

        termLabels.Should().HaveCount(50).And.Contain("Long watchlist label number 03 with several more words"[..39] + "…");
        bucketLabels.Should().HaveCount(52, "at 52 weeks every week is labelled").And.StartWith("2025-W49").And.EndWith("2026-W48");
        var termStyle = plot.Axes.Left.TickLabelStyle;
        var widestTerm = termLabels.Max(l => termStyle.Measure(l, paint).Width);
        var widestBucket = bucketLabels.Max(l => plot.Axes.Bottom.TickLabelStyle.Measure(l, paint).Width);
        var lineHeight = termStyle.Measure("Ag", paint).Height;

        layout.PanelSizes[plot.Axes.Left].Should().BeGreaterThanOrEqualTo(widestTerm + plot.Axes.Left.MajorTickStyle.Length);
        layout.PanelSizes[plot.Axes.Bottom].Should().BeGreaterThanOrEqualTo(widestBucket + plot.Axes.Bottom.MajorTickStyle.Length, "upright week labels fit under the grid");
        figure.CellHeight.Should().BeGreaterThanOrEqualTo(lineHeight, "term labels do not overlap");
        (figure.CellWidth * figure.BucketLabelStep).Should().BeGreaterThanOrEqualTo(lineHeight, "upright week labels do not overlap");
        layout.DataRect.Width.Should().BeApproximately(figure.CellWidth * 52, 1);
        layout.DataRect.Height.Should().BeApproximately(figure.CellHeight * 50, 1);

        // Nothing drawn reaches the outer margin: a cut label would leave ink at the image's edge.
        const int Edge = 16;
        var edgePixels = Enumerable.Range(0, pixels.Width).SelectMany(x => Enumerable.Range(0, Edge).SelectMany(d => new[] { pixels.Device(x, d), pixels.Device(x, pixels.Height - 1 - d) }))
            .Concat(Enumerable.Range(0, pixels.Height).SelectMany(y => Enumerable.Range(0, Edge).SelectMany(d => new[] { pixels.Device(d, y), pixels.Device(pixels.Width - 1 - d, y) })));
        edgePixels.Should().OnlyContain(c => c.Red == 255 && c.Green == 255 && c.Blue == 255);
    }

    [Fact]
    public void Png_LongClientName_FigureWidensSoTheTitleFits()
    {
        var name = new string('W', 120);
        var (figure, pixels) = Draw(SampleHeatMaps.Monthly(), name);
        using var _ = pixels;

        figure.Drawing.Width.Should().BeGreaterThan(120 * 10);
        Enumerable.Range(0, pixels.Height).Select(y => pixels.Device(pixels.Width - 4, y)).Should().OnlyContain(c => c.Red == 255 && c.Green == 255 && c.Blue == 255);
    }

    [Fact]
    public void Svg_HeatMap_TitleLabelsKeyAndEscapedTextWithoutTheSuppressedNumber()
    {
        var text = new ReportCharts().Svg(ReportContent.ForHeatMap(SampleHeatMaps.Monthly(), "Acme <Pharma> & Co\u0007", GeneratedAt), ReportChartIds.HeatMap);
        var svg = XElement.Parse(text);

        svg.Name.Should().Be(Svg + "svg");
        svg.Attribute("viewBox")!.Value.Should().MatchRegex(@"^0 0 \d+ \d+$");
        var texts = svg.Descendants(Svg + "text").Select(t => t.Value).ToArray();
        texts.Should().Contain(["eliquis", SampleHeatMaps.MarkupTerm, SampleHeatMaps.InjectionTerm[..39] + "…", "2026-01", "2026-02", "2026-03", "mentions"]);
        texts.Should().Contain("Acme <Pharma> & Co: mentions by month, 2026-01-01 to 2026-03-31", "the bell character is dropped, markup stays text");
        texts.Should().Contain(t => t.Contains("fewer than k = 5 distinct authors", StringComparison.Ordinal));
        svg.Element(Svg + "title")!.Value.Should().StartWith("Acme <Pharma> & Co: mentions by month");
        texts.Should().NotContain(t => t.Contains(SampleHeatMaps.SuppressedMentions.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal));
        texts.Should().Contain(["9", "50"], "the colour bar runs from the smallest to the largest shown count");
    }

    [Fact]
    public void Svg_HeatMap_SelfContainedWithIdsPrefixedByTheChart()
    {
        var svg = XElement.Parse(new ReportCharts().Svg(ReportContent.ForHeatMap(SampleHeatMaps.Monthly(), "Acme", GeneratedAt), ReportChartIds.HeatMap));

        svg.Descendants().Should().NotContain(e => e.Name.LocalName == "script" || e.Name.LocalName == "a" || e.Name.LocalName == "foreignObject");
        svg.DescendantsAndSelf().Attributes().Should().NotContain(a => a.Name.LocalName.StartsWith("on", StringComparison.Ordinal));
        svg.Descendants().Attributes().Where(a => a.Name.LocalName == "id").Should().OnlyContain(a => a.Value.StartsWith("heatmap-", StringComparison.Ordinal));
        svg.Descendants().Attributes().Where(a => a.Name.LocalName == "href")
            .Should().OnlyContain(a => a.Value.StartsWith("#heatmap-", StringComparison.Ordinal) || a.Value.StartsWith("data:image/png;base64,", StringComparison.Ordinal));
        svg.Descendants().Attributes().Where(a => a.Name.LocalName == "font-family").Should().OnlyContain(a => a.Value == "DejaVu Sans, Verdana, Arial, sans-serif");
    }

    [Fact]
    public void Create_90Days_LabelsEveryNthDayOnly()
    {
        var figure = HeatMapFigure.Create(SampleHeatMaps.Daily(90), "Acme");
        ChartImage.Svg(figure.Drawing);

        figure.BucketLabelStep.Should().BeGreaterThan(1);
        figure.Plot.Axes.Bottom.TickGenerator.Ticks.Select(t => t.Label).Should().StartWith(["2026-01-01", $"2026-01-{1 + figure.BucketLabelStep:00}"]);
    }

    [Fact]
    public void ColourBarTicks_FewToMany_EndsAreTheShownExtremesAndTicksAreRound()
    {
        HeatMapFigure.ColourBarTicks(9, 50).Should().StartWith([9]).And.EndWith([50]).And.BeInAscendingOrder();
        HeatMapFigure.ColourBarTicks(5, 4321).Should().Equal(5, 330, 1200, 2500, 4321);
        HeatMapFigure.ColourBarTicks(7, 7).Should().Equal(7);
    }

    [Fact]
    public void Font_DejaVuSans_IsInstalledAndUsed()
    {
        // fontconfig and fonts-dejavu-core (the base image has them; .ci/test installs them on a bare machine).
        Fonts.GetTypeface("DejaVu Sans", bold: false, italic: false).FamilyName.Should().Be("DejaVu Sans");
    }
}
