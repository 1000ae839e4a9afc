using Sermo.Analytics.HeatMaps;

namespace Sermo.Analytics.Tests.HeatMaps;

public class SpikeScoreTests
{
    [Fact]
    public void RobustZScore_NoisyBaseline_UsesMedianAndMad()
    {
        // median 11, |x - 11| = 1,9,1,1,3,5 -> sorted 1,1,1,3,5,9 -> MAD 2.
        double[] baseline = [10, 20, 12, 10, 8, 16];

        var z = HeatMapBuilder.RobustZScore(41, baseline);

        z.Should().BeApproximately(30 / (1.4826 * 2), 1e-9);
    }

    [Fact]
    public void RobustZScore_FlatBaseline_FloorsMadAtOneMention()
    {
        var z = HeatMapBuilder.RobustZScore(20, [10, 10, 10, 10, 10]);

        z.Should().BeApproximately(10 / 1.4826, 1e-9);
    }

    [Fact]
    public void RobustZScore_FewerThanFourBaselineBuckets_IsNull()
    {
        HeatMapBuilder.RobustZScore(20, [10, 10, 10]).Should().BeNull();
    }

    [Fact]
    public void Build_SpikeScore_UsesTrailingEightShownBucketsOnly()
    {
        var start = new DateOnly(2026, 1, 1);
        // Ten days: nine shown with 10 + i mentions, day 8 suppressed, day 9 spikes.
        var cells = Enumerable.Range(0, 10).Select(i => i switch
        {
            8 => null,
            9 => Released.Cell(40, 20),
            _ => Released.Cell(10 + i, 6),
        }).ToArray();

        var map = HeatMapBuilder.Build(Released.Slice(BucketInterval.Day, start, [Released.Row("a", cells)]));

        map.Cell(0, 8).Suppressed.Should().BeTrue();
        map.Cell(0, 3).SpikeScore.Should().BeNull(); // three trailing buckets
        // Day 4 baseline 10,11,12,13: median 11.5, MAD 1 -> (14 - 11.5) / 1.4826.
        map.Cell(0, 4).SpikeScore.Should().BeApproximately(2.5 / 1.4826, 1e-9);
        // Day 9 baseline: days 1..7 (day 8 suppressed) = 11..17: median 14, |dev| 3,2,1,0,1,2,3 -> MAD 2.
        map.Cell(0, 9).SpikeScore.Should().BeApproximately((40 - 14) / (1.4826 * 2), 1e-9);
    }
}
