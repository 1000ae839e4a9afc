using Sermo.Reports.Rendering;

namespace Sermo.Reports.Tests;

public class ReportHighlightsTests
{
    [Fact]
    public void From_LastWeekFourTimesBaseline_ListedAsTopSpike()
    {
        var highlights = ReportHighlights.From(SampleHeatMaps.Weekly());

        var spike = highlights.Spikes.First();
        spike.Term.Should().Be("eliquis");
        spike.Bucket.Should().Be(new DateOnly(2026, 3, 23));
        spike.Mentions.Should().Be(40);
        spike.SpikeScore.Should().BeGreaterThan(ReportHighlights.MinSpikeScore);
    }

    [Fact]
    public void From_SentimentTurnsNegative_SwingWithNegativeChange()
    {
        var swing = ReportHighlights.From(SampleHeatMaps.Weekly()).SentimentSwings.Single(s => s.Term == "eliquis");

        swing.Latest.Should().BeApproximately((2 - 30) / 40.0, 1e-9);
        swing.Change.Should().BeLessThan(-ReportHighlights.MinSentimentSwing);
    }

    [Fact]
    public void From_SuppressedCells_NeverBecomeSpikesOrCounts()
    {
        var map = SampleHeatMaps.Weekly();

        var highlights = ReportHighlights.From(map);

        highlights.Spikes.Should().NotContain(s => s.Mentions == SampleHeatMaps.SuppressedMentions);
        map.Cells.Should().Contain(c => c.Term == "xarelto" && c.Suppressed, "the sample must hide a cell for this test to mean anything");
        highlights.AdverseEvents.Select(a => a.Term).Should().Equal("eliquis", "xarelto");
    }

    [Fact]
    public void From_RowTotals_AdverseEventPeriodCountIsTheSumOfShownCells()
    {
        var highlights = ReportHighlights.From(SampleHeatMaps.Monthly());

        highlights.AdverseEvents.Single(a => a.Term == SampleHeatMaps.InjectionTerm).Period.Should().Be(2, "January and March are shown, February is not");
        highlights.AdverseEvents.Single(a => a.Term == "eliquis").Period.Should().Be(3);
    }

    [Fact]
    public void From_SuppressedRowTotal_AdverseEventPeriodCountWithheld()
    {
        var highlights = ReportHighlights.From(SampleHeatMaps.Withheld());

        highlights.AdverseEvents.Single().Period.Should().BeNull();
    }
}
