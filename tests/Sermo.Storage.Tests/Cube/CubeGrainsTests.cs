using Sermo.Analytics.HeatMaps;
using Sermo.Storage.Cube;

namespace Sermo.Storage.Tests.Cube;

public sealed class CubeGrainsTests
{
    [Fact]
    public void Cover_52IsoWeeks_WholeMonthsThenWeeksThenDays()
    {
        var from = new DateOnly(2025, 3, 3); // a Monday
        var to = from.AddDays(52 * 7 - 1);

        var pieces = CubeGrains.Cover(from, to, BucketInterval.Month);

        pieces.Count(p => p.Grain == BucketInterval.Month).Should().Be(11, "April 2025 to February 2026 lie inside the range");
        pieces.Count.Should().BeLessThan(40);
        AssertExactCover(pieces, from, to);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Cover_RandomRanges_DisjointWholeBucketsCoveringExactlyTheRange(int seed)
    {
        var random = new Random(seed);
        for (var i = 0; i < 300; i++)
        {
            var from = new DateOnly(2024, 1, 1).AddDays(random.Next(900));
            var to = from.AddDays(random.Next(400));
            foreach (var coarsest in new[] { BucketInterval.Day, BucketInterval.Week, BucketInterval.Month })
            {
                var pieces = CubeGrains.Cover(from, to, coarsest);
                pieces.Should().OnlyContain(p => p.Grain <= coarsest);
                AssertExactCover(pieces, from, to);
            }
        }
    }

    [Fact]
    public void Cover_EmptyRange_NoPieces() =>
        CubeGrains.Cover(new DateOnly(2026, 1, 2), new DateOnly(2026, 1, 1), BucketInterval.Month).Should().BeEmpty();

    private static void AssertExactCover(List<GrainBucket> pieces, DateOnly from, DateOnly to)
    {
        var days = new List<DateOnly>();
        foreach (var piece in pieces)
        {
            TimeBuckets.BucketStart(piece.Start, piece.Grain).Should().Be(piece.Start, "every piece is a whole stored bucket");
            for (var day = piece.Start; day <= TimeBuckets.BucketEnd(piece.Start, piece.Grain); day = day.AddDays(1))
            {
                days.Add(day);
            }
        }

        days.Should().OnlyHaveUniqueItems().And.HaveCount(to.DayNumber - from.DayNumber + 1);
        days.Min().Should().Be(from);
        days.Max().Should().Be(to);
    }
}
