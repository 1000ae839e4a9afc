using Sermo.Analytics.Aspects;
using Sermo.Analytics.HeatMaps;
using static Sermo.Analytics.Tests.HeatMaps.Released;

namespace Sermo.Analytics.Tests.HeatMaps;

/// <summary>What the builder derives from released counts (privacy rule P4: post-processing only).</summary>
public class HeatMapBuilderTests
{
    private static readonly DateOnly March = new(2026, 3, 1);

    [Fact]
    public void Build_ReleasedAspects_NetSentimentPerAspectAndTotalsFromShownCellsOnly()
    {
        var released = Slice(BucketInterval.Month, March,
        [
            new ReleasedRow("eliquis", null,
                [
                    Cell(30, 10) with { Aspects = [new AspectCount(Aspect.Access, 10, 1, 7), new AspectCount(Aspect.Safety, 8, 4, 2)] },
                    null,
                    Cell(20, 9) with { Aspects = [new AspectCount(Aspect.Access, 6, 3, 3)] },
                ],
                Cell(62, 21)),
        ]);

        var map = HeatMapBuilder.Build(released);

        map.Cell(0, 0).ForAspect(Aspect.Access)!.NetSentiment.Should().BeApproximately(-0.6, 1e-9);
        map.Cell(0, 0).ForAspect(Aspect.Safety)!.NetSentiment.Should().BeApproximately(0.25, 1e-9);
        map.Cell(0, 1).Aspects.Should().BeNull("a suppressed cell carries no number");
        map.Cell(0, 2).ForAspect(Aspect.Safety).Should().BeNull("the aspect is not shown in that cell");
        map.Cell(0, 2).ForAspect(Aspect.Access)!.NetSentiment.Should().Be(0);
        var total = map.RowTotals[0].ForAspect(Aspect.Access)!;
        (total.Mentions, total.Positive, total.Negative).Should().Be((16, 4, 10));
        total.NetSentiment.Should().BeApproximately(-6 / 16.0, 1e-9);
        map.RowTotals[0].ForAspect(Aspect.Cost).Should().BeNull();
    }

    [Fact]
    public void Build_TwoRowsOneBucket_ComputesHandCheckedMetrics()
    {
        var released = Slice(BucketInterval.Month, March,
            [
                new ReleasedRow("eliquis", null, [Cell(30, 10, pos: 12, neg: 3)], Cell(30, 10, pos: 12, neg: 3)),
                new ReleasedRow("xarelto", null, [Cell(10, 6, pos: 1, neg: 6, adverse: 2)], Cell(10, 6, pos: 1, neg: 6, adverse: 2)),
            ],
            [new SegmentActivity(March, null, 2000)]);

        var map = HeatMapBuilder.Build(released);

        var eliquis = map.Cell(0, 0);
        eliquis.Suppressed.Should().BeFalse();
        eliquis.Mentions.Should().Be(30);
        eliquis.DistinctAuthors.Should().Be(10);
        eliquis.PerThousandActive.Should().BeApproximately(15.0, 1e-9);
        eliquis.ShareOfVoice.Should().BeApproximately(0.75, 1e-9);
        eliquis.NetSentiment.Should().BeApproximately(0.3, 1e-9);
        eliquis.SpikeScore.Should().BeNull();

        var xarelto = map.Cell(1, 0);
        xarelto.PerThousandActive.Should().BeApproximately(5.0, 1e-9);
        xarelto.ShareOfVoice.Should().BeApproximately(0.25, 1e-9);
        xarelto.NetSentiment.Should().BeApproximately(-0.5, 1e-9);
        xarelto.AdverseEvents.Should().Be(2);

        map.RowTotals[1].ShareOfVoice.Should().BeApproximately(0.25, 1e-9);
        map.RowTotals[1].PerThousandActive.Should().BeNull();
        map.Terms.Should().Equal("eliquis", "xarelto");
        map.K.Should().Be(5);
    }

    [Fact]
    public void Build_SuppressedCell_NoNumbersAndLeftOutOfShareOfVoice()
    {
        var released = Slice(BucketInterval.Month, March, [Row("a", Cell(30, 10)), Row("b", [null]), Row("c", Cell(10, 5))]);

        var map = HeatMapBuilder.Build(released);

        map.Cell(1, 0).Should().Be(HeatMapCell.SuppressedCell("b", March));
        map.RowTotals[1].Should().Be(HeatMapCell.SuppressedCell("b", March), "a row without a shown cell has nothing to add up");
        map.Cell(0, 0).ShareOfVoice.Should().BeApproximately(0.75, 1e-9);
        map.Cell(2, 0).ShareOfVoice.Should().BeApproximately(0.25, 1e-9);
    }

    [Fact]
    public void Build_RowTotal_IsThePeriodsOwnReleasedCellNotTheSumOfShownCells()
    {
        var d = new DateOnly(2026, 3, 2);
        var row = new ReleasedRow("a", null, [Cell(20, 8, pos: 5, adverse: 1), null, Cell(9, 5, neg: 4, adverse: 2), Cell(12, 6)],
            Total: Cell(47, 13, pos: 6, neg: 4, adverse: 4));

        var map = HeatMapBuilder.Build(Slice(BucketInterval.Day, d, [row]));

        map.Row(0).Select(c => c.Suppressed).Should().Equal(false, true, false, false);
        var total = map.RowTotals[0];
        total.Mentions.Should().Be(47, "the withheld day is in the period's count, under the total's own noise");
        total.DistinctAuthors.Should().Be(13, "the period's distinct authors are released with it");
        total.AdverseEvents.Should().Be(4);
        total.NetSentiment.Should().BeApproximately(2 / 47.0, 1e-9);
    }

    [Fact]
    public void Build_TotalShownWithoutAnyShownCell_RowKeptWithItsTotal()
    {
        var released = Slice(BucketInterval.Week, March, [new ReleasedRow("a", null, [null, null], Total: Cell(9, 6)), Row("b", [null, null])]);

        var kept = released.WithoutEmptyRows();

        kept.Rows.Select(r => r.Label).Should().Equal("a");
        HeatMapBuilder.Build(kept).RowTotals[0].Mentions.Should().Be(9);
    }

    [Fact]
    public void Build_RowsSplitBySegment_ShareOfVoiceWithinEachSegment()
    {
        var rows = new[]
        {
            new ReleasedRow("a · Cardiology", "Cardiology", [Cell(30, 10)], Cell(30, 10)),
            new ReleasedRow("a · Oncology", "Oncology", [Cell(10, 6)], Cell(10, 6)),
            new ReleasedRow("b · Cardiology", "Cardiology", [Cell(10, 6)], Cell(10, 6)),
            new ReleasedRow("b · Oncology", "Oncology", [Cell(30, 9)], Cell(30, 9)),
        };
        var released = Slice(BucketInterval.Month, March, rows, [new SegmentActivity(March, "Cardiology", 500)]);

        var map = HeatMapBuilder.Build(released);

        map.Segment.Should().BeNull("the rows are of several segments");
        map.Cell(0, 0).ShareOfVoice.Should().BeApproximately(0.75, 1e-9);
        map.Cell(1, 0).ShareOfVoice.Should().BeApproximately(0.25, 1e-9);
        map.Cell(0, 0).PerThousandActive.Should().BeApproximately(60.0, 1e-9);
        map.Cell(1, 0).PerThousandActive.Should().BeNull("Oncology's active members were not released");
        map.RowTotals[3].ShareOfVoice.Should().BeApproximately(0.75, 1e-9);
    }

    [Fact]
    public void Build_OneSegment_MapSaysWhich()
    {
        var released = Slice(BucketInterval.Month, March, [new ReleasedRow("a", "Cardiology", [Cell(10, 6)])]);

        HeatMapBuilder.Build(released).Segment.Should().Be("Cardiology");
    }

    [Fact]
    public void Build_RowWithACellPerBucketMissing_Refused()
    {
        var released = Slice(BucketInterval.Day, new DateOnly(2026, 3, 2), [Row("a", Cell(10, 6), Cell(10, 6)), Row("b", Cell(10, 6))]);

        var act = () => HeatMapBuilder.Build(released);

        act.Should().Throw<ArgumentException>();
    }
}
