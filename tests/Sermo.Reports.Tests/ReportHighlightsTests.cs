using Sermo.Analytics.Aspects;
using Sermo.Analytics.HeatMaps;
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
    public void From_SentimentTurnsNegativeOnAccess_SwingNamesAccessWithItsReleasedCounts()
    {
        var swing = ReportHighlights.From(SampleHeatMaps.WeeklyWithAspects()).SentimentSwings.Single(s => s.Term == "eliquis");

        var why = swing.Why.Should().NotBeNull().And.Subject.As<AspectShift>();
        why.Aspect.Should().Be(Aspect.Access, "efficacy moved further but from 3 mentions, under k, so it is withheld");
        (why.Mentions, why.Positive, why.Negative).Should().Be((20, 0, 18));
        why.Latest.Should().BeApproximately(-0.9, 1e-9);
        why.Baseline.Should().BeApproximately(0, 1e-9);
    }

    [Fact]
    public void From_NoAspectMovedTheSameWay_SwingWithoutReason()
    {
        var swing = ReportHighlights.From(SampleHeatMaps.Weekly()).SentimentSwings.Single(s => s.Term == "eliquis");

        swing.Why.Should().BeNull("the map has no aspect numbers");
    }

    [Fact]
    public void Largest_AspectMovedAgainstTheTerm_NotGivenAsTheReason()
    {
        static HeatMapCell Cell(double access) => new("t", default, false, 10, 6, null, null, 0, null, 0,
            [new AspectSentiment(Aspect.Access, 10, 0, 0, access)]);

        AspectShift.Largest(Cell(0.8), [Cell(0), Cell(0)], termChange: -0.3).Should().BeNull();
        AspectShift.Largest(Cell(0.8), [Cell(0), Cell(0.2)], termChange: 0.3)!.Change.Should().BeApproximately(0.7, 1e-9);
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
    public void From_RowTotals_AdverseEventPeriodCountIsTheRowTotals()
    {
        var highlights = ReportHighlights.From(SampleHeatMaps.Monthly());

        highlights.AdverseEvents.Single(a => a.Term == SampleHeatMaps.InjectionTerm).Period.Should().Be(2, "the fixture's total holds January and March, its shown months");
        highlights.AdverseEvents.Single(a => a.Term == "eliquis").Period.Should().Be(3);
    }

    [Fact]
    public void From_SuppressedRowTotal_AdverseEventPeriodCountWithheld()
    {
        var highlights = ReportHighlights.From(SampleHeatMaps.Withheld());

        highlights.AdverseEvents.Single().Period.Should().BeNull();
    }
}
