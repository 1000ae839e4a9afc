using System.Text;
using Sermo.Analytics.Disclosure;
using Sermo.Analytics.HeatMaps;
using Sermo.Analytics.Watchlists;

namespace Sermo.Analytics.Tests.HeatMaps;

/// <summary>The release (privacy rules P2, P3): whole calendar cells, consistent keyed noise, thresholds on released values.</summary>
public class HeatMapReleaseTests
{
    private static readonly WatchlistTerm Eliquis = new("Eliquis", ["eliquis", "apixaban"]);
    private static readonly ReleaseNoise Noise = ReleaseNoise.ForClient(Encoding.UTF8.GetBytes(new string('s', 44)), "acme");
    private static readonly DateOnly Monday = new(2026, 3, 2);

    [Fact]
    public void Release_OneWeekInTwoOverlappingWindows_SameNumbersInBoth()
    {
        var weeks = Enumerable.Range(0, 6).Select(w => Agg(Monday.AddDays(7 * w), 8 + w, 6 + w, adverse: w)).ToList();

        var first = HeatMapRelease.Release(WeekSlice(weeks, Monday, 4), HeatMapRow.For([Eliquis]), Noise);
        var second = HeatMapRelease.Release(WeekSlice(weeks, Monday.AddDays(7), 4), HeatMapRow.For([Eliquis]), Noise);

        // Weeks 2-4 are in both windows (a report and next week's): each is the same cell, so the same released numbers.
        first.Rows[0].Cells.Skip(1).Should().Equal(second.Rows[0].Cells.Take(3));
    }

    [Fact]
    public void Release_TermRelabelledOrItsWordsReordered_SameNoise()
    {
        var weeks = new[] { Agg(Monday, 9, 7) };
        var renamed = new WatchlistTerm("Apixaban (Eliquis)", ["Apixaban", " eliquis"]);

        var original = HeatMapRelease.Release(WeekSlice(weeks, Monday, 1), HeatMapRow.For([Eliquis]), Noise);
        var relabelled = HeatMapRelease.Release(WeekSlice(weeks.Select(w => w with { Term = renamed.Label }).ToList(), Monday, 1), HeatMapRow.For([renamed]), Noise);

        relabelled.Rows[0].Cells.Should().Equal(original.Rows[0].Cells);
    }

    [Fact]
    public void Noise_TwoParts_StaticKeptWhenTheCountChangesVersionRedrawn()
    {
        var cell = ReleaseCell.For(BucketInterval.Week, Monday, null, ReleaseCell.TermKey(Eliquis));
        var renamedPlace = ReleaseCell.For(BucketInterval.Week, Monday, null, "other");

        // Same place, metric and value: the version part is shared by two terms, the static part is not.
        var a7 = Noise.Noise(cell, ReleaseMetrics.Mentions, 7);
        var b7 = Noise.Noise(renamedPlace, ReleaseMetrics.Mentions, 7);
        var a8 = Noise.Noise(cell, ReleaseMetrics.Mentions, 8);
        var b8 = Noise.Noise(renamedPlace, ReleaseMetrics.Mentions, 8);

        (a7 - b7).Should().BeApproximately(a8 - b8, 1e-9, "the difference of two terms' noise is their static parts only");
        a7.Should().NotBe(a8, "a changed count gets a fresh version draw");
        Noise.Noise(cell, ReleaseMetrics.Mentions, 7).Should().Be(a7, "asking again gives the same noise");
    }

    [Fact]
    public void Noise_ManyCells_CentredWithTheStatedSpread()
    {
        var draws = Enumerable.Range(0, 20_000)
            .Select(i => Noise.Noise(ReleaseCell.For(BucketInterval.Day, Monday.AddDays(i % 400), null, $"t{i / 400}"), ReleaseMetrics.Mentions, i % 13))
            .ToArray();

        var mean = draws.Average();
        var sd = Math.Sqrt(draws.Sum(d => (d - mean) * (d - mean)) / (draws.Length - 1));
        mean.Should().BeApproximately(0, 0.05);
        sd.Should().BeApproximately(ReleaseNoise.Sigma, 0.05);
    }

    [Fact]
    public void Release_TwoClients_IndependentNoise()
    {
        var other = ReleaseNoise.ForClient(Encoding.UTF8.GetBytes(new string('s', 44)), "beta");
        var cell = ReleaseCell.For(BucketInterval.Week, Monday, null, ReleaseCell.TermKey(Eliquis));

        Noise.Noise(cell, ReleaseMetrics.Mentions, 10).Should().NotBe(other.Noise(cell, ReleaseMetrics.Mentions, 10));
    }

    [Fact]
    public void Release_RaggedWindow_Refused()
    {
        var slice = new CubeSlice("acme", BucketInterval.Week, Monday.AddDays(2), Monday.AddDays(13), [], [], []);

        var act = () => HeatMapRelease.Release(slice, HeatMapRow.For([Eliquis]), Noise);

        act.Should().Throw<ArgumentException>().WithMessage("*whole weeks*");
    }

    [Theory]
    [InlineData(4)]
    [InlineData(0)]
    public void Release_KBelowDefault_Refused(int k)
    {
        var act = () => HeatMapRelease.Release(WeekSlice([], Monday, 1), HeatMapRow.For([Eliquis]), Noise, k);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Release_RandomCells_ShownExactlyWhenReleasedAuthorsAndMentionsReachKAndSubCountsCapped()
    {
        var random = new Random(14);
        var term = ReleaseCell.TermKey(Eliquis);
        var weeks = Enumerable.Range(0, 300).Select(w =>
        {
            var authors = random.Next(0, 12);
            var mentions = authors + random.Next(0, 6);
            var positive = random.Next(0, mentions + 1);
            return Agg(Monday.AddDays(7 * w), mentions, authors, positive, random.Next(0, mentions - positive + 1), random.Next(0, mentions + 1));
        }).ToList();

        var released = HeatMapRelease.Release(WeekSlice(weeks, Monday, weeks.Count), HeatMapRow.For([Eliquis]), Noise, k: 6);

        var shown = 0;
        for (var w = 0; w < weeks.Count; w++)
        {
            var key = ReleaseCell.For(BucketInterval.Week, weeks[w].Bucket, null, term);
            var authors = Noise.Release(key, ReleaseMetrics.Authors, weeks[w].DistinctAuthors);
            var mentions = Noise.Release(key, ReleaseMetrics.Mentions, weeks[w].Mentions);
            var cell = released.Rows[0].Cells[w];
            (cell is not null).Should().Be(authors >= 6 && mentions >= 6);
            if (cell is not null)
            {
                shown++;
                cell.Mentions.Should().Be(mentions);
                cell.DistinctAuthors.Should().Be(Math.Min(authors, mentions));
                new[] { cell.Positive, cell.Negative, cell.AdverseEvents }.Should().OnlyContain(v => v >= 0 && v <= mentions);
            }
        }

        shown.Should().BeInRange(60, 240);
    }

    private static CubeAggregate Agg(DateOnly bucket, int mentions, int authors, int pos = 0, int neg = 0, int adverse = 0) =>
        new(Eliquis.Label, bucket, null, mentions, authors, pos, mentions - pos - neg, neg, adverse);

    private static CubeSlice WeekSlice(IReadOnlyList<CubeAggregate> weeks, DateOnly from, int count)
    {
        var to = from.AddDays((7 * count) - 1);
        return new CubeSlice("acme", BucketInterval.Week, from, to, weeks.Where(w => w.Bucket >= from && w.Bucket <= to).ToList(), [], []);
    }
}
