using System.Text;
using Sermo.Analytics.Aspects;
using Sermo.Analytics.Disclosure;
using Sermo.Analytics.HeatMaps;
using Sermo.Analytics.Tagging;
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

    [Fact]
    public void Release_RowTotal_ThePeriodsExactCountsNoisedAsTheirOwnCellAndThresholded()
    {
        var weeks = Enumerable.Range(0, 4).Select(w => Agg(Monday.AddDays(7 * w), 3, 2)).ToList();
        var to = Monday.AddDays(27);
        var period = Agg(Monday, 80, 50, pos: 9, neg: 5, adverse: 3);
        var slice = WeekSlice(weeks, Monday, 4) with { RowTotals = [period] };

        var total = HeatMapRelease.Release(slice, HeatMapRow.For([Eliquis]), Noise).Rows[0].Total;

        var key = ReleaseCell.ForPeriod(Monday, to, null, ReleaseCell.TermKey(Eliquis));
        key.Place.Should().Be("period|2026-03-02..2026-03-29|*");
        total.Should().Be(new ReleasedCell(
            Noise.Release(key, ReleaseMetrics.Mentions, 80),
            Math.Min(Noise.Release(key, ReleaseMetrics.Authors, 50), Noise.Release(key, ReleaseMetrics.Mentions, 80)),
            Noise.Release(key, ReleaseMetrics.Positive, 9),
            Noise.Release(key, ReleaseMetrics.Negative, 5),
            Noise.Release(key, ReleaseMetrics.AdverseEvents, 3)));
        HeatMapRelease.Release(slice with { RowTotals = [] }, HeatMapRow.For([Eliquis]), Noise).Rows[0].Total
            .Should().BeNull("a period without posts is a true zero, released and under k");
    }

    [Fact]
    public void Release_SameSpanAtDayAndWeekGrain_OneTotalWithOneNoise()
    {
        var to = Monday.AddDays(13);
        var period = Agg(Monday, 80, 50);
        var byWeek = WeekSlice([], Monday, 2) with { RowTotals = [period] };
        var byDay = byWeek with { Interval = BucketInterval.Day };

        var weekly = HeatMapRelease.Release(byWeek, HeatMapRow.For([Eliquis]), Noise).Rows[0].Total;
        var daily = HeatMapRelease.Release(byDay, HeatMapRow.For([Eliquis]), Noise).Rows[0].Total;

        daily.Should().NotBeNull().And.Be(weekly, "the span is one cell whatever grain the report shows it at");
        byDay.To.Should().Be(to);
    }

    [Fact]
    public void Release_EmptyPeriods_TotalShownAsRarelyAsAnEmptyCellDespiteTheWiderNoise()
    {
        // A period cell's noise is 4x a bucket cell's; its threshold is 4k, so a period without posts shows no more
        // often than an empty bucket cell (about 0.03 %), and a period of k authors is not shown by its total alone.
        var shown = Enumerable.Range(0, 3000)
            .Count(i => HeatMapRelease.Release(WeekSlice([], Monday.AddDays(7 * i), 3), HeatMapRow.For([Eliquis]), Noise).Rows[0].Total is not null);
        var smallShown = Enumerable.Range(0, 3000)
            .Count(i => HeatMapRelease.Release(WeekSlice([], Monday.AddDays(7 * i), 3) with { RowTotals = [Agg(Monday.AddDays(7 * i), 6, 5)] }, HeatMapRow.For([Eliquis]), Noise).Rows[0].Total is not null);

        HeatMapRelease.PeriodThreshold(5).Should().Be(20);
        shown.Should().BeLessThan(5);
        smallShown.Should().BeLessThan(60, "5 authors must be released as 20 or more: about 4 % of draws, squared with mentions");
    }

    [Fact]
    public void Release_TotalOfAPeriodThatIsOneCalendarBucket_IsThatBucketsCell()
    {
        var week = Agg(Monday, 12, 7);
        var slice = WeekSlice([week], Monday, 1) with { RowTotals = [week] };

        var row = HeatMapRelease.Release(slice, HeatMapRow.For([Eliquis]), Noise).Rows[0];

        ReleaseCell.ForPeriod(Monday, Monday.AddDays(6), "TX", "t").Should().Be(ReleaseCell.For(BucketInterval.Week, Monday, "TX", "t"));
        ReleaseCell.ForPeriod(new DateOnly(2026, 2, 1), new DateOnly(2026, 2, 28), null, "t").Should().Be(ReleaseCell.For(BucketInterval.Month, new DateOnly(2026, 2, 1), null, "t"));
        row.Total.Should().NotBeNull().And.Be(row.Cells[0], "one count never gets two independent draws");
    }

    [Fact]
    public void Release_AspectCounts_LargeAspectReleasedNoisyWithinItsCellAbsentAspectWithheld()
    {
        var exact = Agg(Monday, 60, 30, pos: 10, neg: 30) with
        {
            Aspects = [new AspectCount(Aspect.Access, 40, 2, 30), new AspectCount(Aspect.Cost, 1, 0, 1)],
        };

        var cell = HeatMapRelease.Release(WeekSlice([exact], Monday, 1), HeatMapRow.For([Eliquis]), Noise).Rows[0].Cells[0]!;

        var access = cell.Aspects.Should().ContainSingle(a => a.Aspect == Aspect.Access).Subject;
        access.Mentions.Should().BeInRange(32, 48).And.BeLessThanOrEqualTo(cell.Mentions);
        access.Negative.Should().BeInRange(22, 38).And.BeLessThanOrEqualTo(access.Mentions);
        access.Positive.Should().BeLessThanOrEqualTo(access.Mentions);
        cell.Aspects.Should().NotContain(a => a.Aspect == Aspect.Cost || a.Mentions < 5, "an aspect whose released mentions are under k carries no number");
        var key = ReleaseCell.For(BucketInterval.Week, Monday, null, ReleaseCell.TermKey(Eliquis));
        access.Mentions.Should().Be(Math.Min(Noise.Release(key, "aspect:access:mentions", 40), cell.Mentions), "each aspect count has its own keyed draw");
    }

    [Fact]
    public void Release_AspectCounts_SameCellSameAspectNumbersInEveryWindow()
    {
        var weeks = Enumerable.Range(0, 4)
            .Select(w => Agg(Monday.AddDays(7 * w), 40, 20, pos: 5, neg: 20) with { Aspects = [new AspectCount(Aspect.Safety, 20 + w, 3, 12)] })
            .ToList();

        var first = HeatMapRelease.Release(WeekSlice(weeks, Monday, 3), HeatMapRow.For([Eliquis]), Noise);
        var second = HeatMapRelease.Release(WeekSlice(weeks, Monday.AddDays(7), 3), HeatMapRow.For([Eliquis]), Noise);

        first.Rows[0].Cells[1]!.Aspects.Should().BeEquivalentTo(second.Rows[0].Cells[0]!.Aspects);
    }

    [Fact]
    public void Release_CueFromManyAuthors_NamedWithItsOwnKeyedDraw()
    {
        var exact = Agg(Monday, 60, 40, pos: 5, neg: 40) with
        {
            Aspects = [new AspectCount(Aspect.Access, 45, 2, 40)],
            Cues = [new AspectCueCount(Aspect.Access, Sentiment.Negative, "prior-auth denials", 30)],
        };

        var cell = HeatMapRelease.Release(WeekSlice([exact], Monday, 1), HeatMapRow.For([Eliquis]), Noise).Rows[0].Cells[0]!;

        var cue = cell.Cues.Should().ContainSingle(c => c.Cue == "prior-auth denials").Subject;
        cue.Polarity.Should().Be(Sentiment.Negative);
        var key = ReleaseCell.For(BucketInterval.Week, Monday, null, ReleaseCell.TermKey(Eliquis));
        cue.Authors.Should().Be(Noise.Release(key, "aspect:access:negative:cue:prior-auth denials:authors", 30)).And.BeInRange(22, 38);
        cell.Cues.Should().OnlyContain(c => c.Authors >= 5 && c.Aspect == Aspect.Access);
    }

    [Fact]
    public void Release_CueFromFewerThanKAuthors_NotNamed()
    {
        var exact = Agg(Monday, 60, 40, pos: 5, neg: 40) with
        {
            Aspects = [new AspectCount(Aspect.Access, 45, 2, 40)],
            Cues = [new AspectCueCount(Aspect.Access, Sentiment.Negative, "shortage", 1), new AspectCueCount(Aspect.Access, Sentiment.Negative, "step therapy", 2)],
        };

        var cell = HeatMapRelease.Release(WeekSlice([exact], Monday, 1), HeatMapRow.For([Eliquis]), Noise).Rows[0].Cells[0]!;

        cell.Aspects.Should().Contain(a => a.Aspect == Aspect.Access, "the aspect itself is shown");
        cell.Cues.Should().NotContain(c => c.Cue == "shortage" || c.Cue == "step therapy", "a cue whose released authors are under k is not named");
    }

    [Fact]
    public void Release_CueOfAWithheldAspect_NotNamed()
    {
        var exact = Agg(Monday, 60, 40, pos: 5, neg: 40) with
        {
            Aspects = [new AspectCount(Aspect.Cost, 1, 0, 1)],
            Cues = [new AspectCueCount(Aspect.Cost, Sentiment.Negative, "copays", 40)],
        };

        var cell = HeatMapRelease.Release(WeekSlice([exact], Monday, 1), HeatMapRow.For([Eliquis]), Noise).Rows[0].Cells[0]!;

        cell.Aspects.Should().NotContain(a => a.Aspect == Aspect.Cost);
        cell.Cues.Should().NotContain(c => c.Aspect == Aspect.Cost, "a cue is a sub-count of its aspect and capped by it");
    }

    private static CubeAggregate Agg(DateOnly bucket, int mentions, int authors, int pos = 0, int neg = 0, int adverse = 0) =>
        new(Eliquis.Label, bucket, null, mentions, authors, pos, mentions - pos - neg, neg, adverse);

    private static CubeSlice WeekSlice(IReadOnlyList<CubeAggregate> weeks, DateOnly from, int count)
    {
        var to = from.AddDays((7 * count) - 1);
        return new CubeSlice("acme", BucketInterval.Week, from, to, weeks.Where(w => w.Bucket >= from && w.Bucket <= to).ToList(), [], []);
    }
}
