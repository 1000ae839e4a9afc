using Sermo.Analytics.HeatMaps;
using static Sermo.Analytics.Tests.HeatMaps.Released;

namespace Sermo.Analytics.Tests.HeatMaps;

/// <summary>What the builder derives from released counts (privacy rule P4: post-processing only).</summary>
public class HeatMapBuilderTests
{
    private static readonly DateOnly March = new(2026, 3, 1);

    [Fact]
    public void Build_TwoRowsOneBucket_ComputesHandCheckedMetrics()
    {
        var released = Slice(BucketInterval.Month, March,
            [Row("eliquis", Cell(30, 10, pos: 12, neg: 3)), Row("xarelto", Cell(10, 6, pos: 1, neg: 6, adverse: 2))],
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
    public void Build_RowTotal_SumsTheShownCellsAndHasNoDistinctAuthors()
    {
        var d = new DateOnly(2026, 3, 2);
        var released = Slice(BucketInterval.Day, d, [Row("a", Cell(20, 8, pos: 5, adverse: 1), null, Cell(9, 5, neg: 4, adverse: 2), Cell(12, 6))]);

        var map = HeatMapBuilder.Build(released);

        map.Row(0).Select(c => c.Suppressed).Should().Equal(false, true, false, false);
        var total = map.RowTotals[0];
        total.Mentions.Should().Be(41);
        total.AdverseEvents.Should().Be(3);
        total.NetSentiment.Should().BeApproximately(1 / 41.0, 1e-9);
        total.DistinctAuthors.Should().BeNull("distinct authors do not add up, and no count of the window is released");
        (total.Mentions - map.Row(0).Sum(c => c.Mentions ?? 0)).Should().Be(0, "nothing of the suppressed cell is in the total");
    }

    [Fact]
    public void Build_RowsSplitBySegment_ShareOfVoiceWithinEachSegment()
    {
        var rows = new[]
        {
            new ReleasedRow("a · Cardiology", "Cardiology", [Cell(30, 10)]),
            new ReleasedRow("a · Oncology", "Oncology", [Cell(10, 6)]),
            new ReleasedRow("b · Cardiology", "Cardiology", [Cell(10, 6)]),
            new ReleasedRow("b · Oncology", "Oncology", [Cell(30, 9)]),
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
