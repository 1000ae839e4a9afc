using System.Globalization;
using System.Xml.Linq;
using Sermo.Analytics.HeatMaps;
using Sermo.Reports.Charts;
using Sermo.Reports.Rendering;

namespace Sermo.Reports.Tests.Charts;

/// <summary>Trend, share-of-voice, sentiment and per-1,000 charts plot what the heat map shows and nothing it withholds.</summary>
public class LineChartsTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private static readonly DateTimeOffset GeneratedAt = new(2026, 4, 1, 6, 0, 0, TimeSpan.Zero);

    public static TheoryData<string> LineCharts => [.. ReportChartIds.Optional];

    [Fact]
    public void Values_SuppressedCell_IsAGapAndEveryOtherPointIsTheShownNumber()
    {
        var map = SampleHeatMaps.Weekly();
        var xarelto = map.Terms.ToList().IndexOf("xarelto");

        foreach (var metric in new Func<HeatMapCell, double?>[] { c => c.Mentions, c => c.ShareOfVoice, c => c.NetSentiment, c => c.PerThousandActive })
        {
            var values = TermSeries.Values(map, xarelto, metric);
            var row = map.Row(xarelto).ToArray();
            for (var b = 0; b < row.Length; b++)
            {
                if (row[b].Suppressed || metric(row[b]) is null)
                {
                    double.IsNaN(values[b]).Should().BeTrue($"bucket {b} is withheld: a gap, never a value");
                }
                else
                {
                    values[b].Should().Be(metric(row[b])!.Value);
                }
            }
        }

        map.Cell(xarelto, 6).Suppressed.Should().BeTrue("week 6 has 3 authors");
    }

    [Fact]
    public void Sentiment_TodayOneLinePerTermOverAllMentions()
    {
        var map = SampleHeatMaps.Weekly();

        var lines = SentimentChart.Lines(map, 0);

        lines.Should().ContainSingle().Which.Label.Should().Be(SentimentChart.AllMentions);
        lines[0].Values.Where(v => !double.IsNaN(v)).Should().OnlyContain(v => v >= -1 && v <= 1);
        lines[0].Values[^1].Should().Be(map.Cell(0, 11).NetSentiment!.Value);
    }

    [Fact]
    public void Sentiment_AspectsShown_OneLinePerShownAspectWithGapsWhereWithheld()
    {
        var map = SampleHeatMaps.WeeklyWithAspects();

        var lines = SentimentChart.Lines(map, 0);

        lines.Select(l => l.Label).Should().Equal(SentimentChart.AllMentions, "efficacy", "safety", "access");
        double.IsNaN(lines.Single(l => l.Label == "efficacy").Values[^1]).Should().BeTrue("efficacy is under k in the last week");
        lines.Single(l => l.Label == "access").Values[^1].Should().BeApproximately(-0.9, 1e-9);
        SentimentChart.Lines(map, 1).Should().ContainSingle("xarelto has no aspect numbers");
        new SentimentChart().Draw(ReportContent.ForHeatMap(map, "Acme", DateTimeOffset.UnixEpoch)).Should().NotBeNull();
    }

    [Fact]
    public void MostMentioned_ManyTerms_ShownRowTotalsFirstAndCapped()
    {
        var map = SampleHeatMaps.Large();

        var terms = TermSeries.MostMentioned(map, c => c.Mentions, TermPanelsFigure.MaxTerms);

        terms.Should().HaveCount(TermPanelsFigure.MaxTerms);
        terms.Select(t => map.RowTotals[t].Mentions ?? -1).Should().BeInDescendingOrder();
    }

    [Theory]
    [MemberData(nameof(LineCharts))]
    public void Svg_EveryLineChart_TitledWithClientPeriodAndGapKeyWithoutTheSuppressedNumber(string chartId)
    {
        var content = ReportContent.ForHeatMap(SampleHeatMaps.Monthly(), "Acme <Pharma>", GeneratedAt);

        var svg = XElement.Parse(new ReportCharts().Svg(content, chartId));

        var texts = svg.Descendants(Svg + "text").Select(t => t.Value).ToArray();
        texts.Should().Contain(t => t.StartsWith("Acme <Pharma>: ", StringComparison.Ordinal) && t.EndsWith("2026-01-01 to 2026-03-31", StringComparison.Ordinal));
        texts.Should().Contain(t => t.StartsWith("Gap: withheld (fewer than k = 5", StringComparison.Ordinal));
        texts.Should().Contain(["eliquis", SampleHeatMaps.MarkupTerm]);
        texts.Should().NotContain(t => t.Contains(SampleHeatMaps.SuppressedMentions.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal));
        svg.Descendants().Attributes().Where(a => a.Name.LocalName == "id").Should().OnlyContain(a => a.Value.StartsWith(chartId + "-", StringComparison.Ordinal));
    }

    [Fact]
    public void Png_Trends_SpikeMarkedInRedAtTheSpikingWeek()
    {
        var map = SampleHeatMaps.Weekly();
        map.Cell(0, 11).SpikeScore.Should().BeGreaterThanOrEqualTo(ReportHighlights.MinSpikeScore, "eliquis jumps to 40 in the last week");
        var content = ReportContent.ForHeatMap(map, "Acme", GeneratedAt);

        using var pixels = new ChartPixels(new ReportCharts().Png(content, ReportChartIds.Trends));

        var red = Enumerable.Range(0, pixels.Width).SelectMany(x => Enumerable.Range(0, pixels.Height).Select(y => pixels.Device(x, y)))
            .Count(c => c.Red > 150 && c.Green < 60 && c.Blue < 60);
        red.Should().BeGreaterThan(100, "the spike and the key's spike symbol are red dots");
    }

    [Fact]
    public void Svg_AllWithheld_SaysSoInsteadOfDrawingLines()
    {
        var slice = new CubeSlice(SampleHeatMaps.ClientId, BucketInterval.Month, new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 31),
            [new CubeAggregate("eliquis", new DateOnly(2026, 1, 1), null, 9, 2, 1, 7, 1, 0)], [], []);
        var content = ReportContent.ForHeatMap(SampleHeatMaps.Build(slice, ["eliquis"]), "Acme", GeneratedAt);

        foreach (var chartId in ReportChartIds.Optional)
        {
            var svg = XElement.Parse(new ReportCharts().Svg(content, chartId));
            svg.Descendants(Svg + "text").Select(t => t.Value).Should().Contain("No term has a shown value in this period.", chartId);
        }
    }
}
