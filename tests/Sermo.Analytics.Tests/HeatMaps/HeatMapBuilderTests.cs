using Sermo.Analytics.HeatMaps;

namespace Sermo.Analytics.Tests.HeatMaps;

public class HeatMapBuilderTests
{
    private static readonly DateOnly March = new(2026, 3, 1);

    private static CubeAggregate Agg(string term, DateOnly bucket, int mentions, int authors, int pos = 0, int neg = 0, int adverse = 0) =>
        new(term, bucket, null, mentions, authors, pos, mentions - pos - neg, neg, adverse);

    private static CubeSlice MonthSlice(IReadOnlyList<CubeAggregate> cells, int activeMembers = 2000) =>
        new("client-a", BucketInterval.Month, March, new DateOnly(2026, 3, 31), cells, cells, [new SegmentActivity(March, null, activeMembers)]);

    [Fact]
    public void Build_TwoTermsOneBucket_ComputesHandCheckedMetrics()
    {
        var slice = MonthSlice([Agg("eliquis", March, 30, 10, pos: 12, neg: 3), Agg("xarelto", March, 10, 6, pos: 1, neg: 6, adverse: 2)]);

        var map = HeatMapBuilder.Build(slice, ["eliquis", "xarelto"], 5);

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
    public void Build_TermsOrder_FollowsWatchlistNotSlice()
    {
        var slice = MonthSlice([Agg("b", March, 10, 6), Agg("a", March, 10, 6)]);

        var map = HeatMapBuilder.Build(slice, ["b", "a"], 5);

        map.Cells.Select(c => c.Term).Should().Equal("b", "a");
    }

    [Fact]
    public void Build_CellBelowK_SuppressedWithoutNumbersAndExcludedFromShareOfVoice()
    {
        var slice = MonthSlice([Agg("a", March, 30, 10), Agg("b", March, 777, 4), Agg("c", March, 10, 5)]);

        var map = HeatMapBuilder.Build(slice, ["a", "b", "c"], 5);

        map.Cell(1, 0).Should().Be(HeatMapCell.SuppressedCell("b", March));
        map.RowTotals[1].Suppressed.Should().BeTrue();
        map.Cell(0, 0).ShareOfVoice.Should().BeApproximately(0.75, 1e-9);
        map.Cell(2, 0).ShareOfVoice.Should().BeApproximately(0.25, 1e-9);
    }

    [Theory]
    [InlineData(4)]
    [InlineData(0)]
    public void Build_KBelowDefault_Throws(int k)
    {
        var act = () => HeatMapBuilder.Build(MonthSlice([]), ["a"], k);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Build_RaisedK_SuppressesCellsThatDefaultWouldShow()
    {
        var slice = MonthSlice([Agg("a", March, 30, 10), Agg("b", March, 10, 6)]);

        var map = HeatMapBuilder.Build(slice, ["a", "b"], 8);

        map.Cell(0, 0).Suppressed.Should().BeFalse();
        map.Cell(1, 0).Suppressed.Should().BeTrue();
        map.K.Should().Be(8);
    }

    [Fact]
    public void Build_OneSuppressedCellInRowWithShownTotal_SuppressesNextSmallestShownCell()
    {
        var d = new DateOnly(2026, 3, 2);
        var cells = new[] { Agg("a", d, 20, 8), Agg("a", d.AddDays(1), 3, 2), Agg("a", d.AddDays(2), 9, 5), Agg("a", d.AddDays(3), 12, 6) };
        var slice = new CubeSlice("c", BucketInterval.Day, d, d.AddDays(3), cells, [Agg("a", d, 44, 12)], []);

        var map = HeatMapBuilder.Build(slice, ["a"], 5);

        map.Row(0).Select(c => c.Suppressed).Should().Equal(false, true, true, false);
        map.RowTotals[0].Mentions.Should().Be(44);
        var remainder = map.RowTotals[0].Mentions - map.Row(0).Sum(c => c.Mentions ?? 0);
        remainder.Should().Be(12).And.NotBe(3);
    }

    [Fact]
    public void Build_EmptyBucketBesideShownCells_ComplementsUntilRemainderMixesTwoNonZeroCells()
    {
        // Day 1 has no cube row (0 mentions). Suppressing only day 2 would leave total - shown = day 2's count.
        var d = new DateOnly(2026, 3, 2);
        var cells = new[] { Agg("a", d.AddDays(1), 20, 8), Agg("a", d.AddDays(2), 30, 9) };
        var slice = new CubeSlice("c", BucketInterval.Day, d, d.AddDays(2), cells, [Agg("a", d, 50, 12)], []);

        var map = HeatMapBuilder.Build(slice, ["a"], 5);

        map.Row(0).Should().OnlyContain(c => c.Suppressed);
        map.RowTotals[0].Mentions.Should().Be(50);
    }

    [Fact]
    public void Build_SingleBucketRowWithSuppressedCell_SuppressesRowTotal()
    {
        var slice = new CubeSlice("c", BucketInterval.Month, March, new DateOnly(2026, 3, 31),
            [Agg("a", March, 4, 4)], [Agg("a", March, 4, 5)], []);

        var map = HeatMapBuilder.Build(slice, ["a"], 5);

        map.Cell(0, 0).Suppressed.Should().BeTrue();
        map.RowTotals[0].Suppressed.Should().BeTrue();
        map.RowTotals[0].Mentions.Should().BeNull();
    }

    [Fact]
    public void Build_SegmentGiven_UsesOnlyThatSegment()
    {
        var cells = new[]
        {
            new CubeAggregate("a", March, "cardiology", 10, 6, 0, 10, 0, 0),
            new CubeAggregate("a", March, null, 50, 30, 0, 50, 0, 0),
        };
        var slice = new CubeSlice("c", BucketInterval.Month, March, new DateOnly(2026, 3, 31), cells, cells,
            [new SegmentActivity(March, "cardiology", 500), new SegmentActivity(March, null, 9000)]);

        var map = HeatMapBuilder.Build(slice, ["a"], 5, "cardiology");

        map.Segment.Should().Be("cardiology");
        map.Cell(0, 0).Mentions.Should().Be(10);
        map.Cell(0, 0).PerThousandActive.Should().BeApproximately(20.0, 1e-9);
    }
}
