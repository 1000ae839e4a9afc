using Sermo.Analytics.Aspects;
using Sermo.Analytics.Disclosure;
using Sermo.Analytics.HeatMaps;
using Xunit.Abstractions;

namespace Sermo.Analytics.Tests.Disclosure;

/// <summary>
/// Privacy rule P1 under attack (docs/privacy.md, "Attack suite"): a client holding every release of a term — every
/// report, format and window with its row totals (<see cref="ClientView"/>: consecutive windows at each grain), at day,
/// week and month, unsegmented, by specialty and by state — tries to pin a count
/// built from fewer than k = 5 distinct authors. Each attack runs over many seeded worlds and client keys with the
/// strongest linear adversary (<see cref="LinearAttacker"/>, which also knows the prior and the noise level) and
/// asserts that its exact-guess rate stays under the bound the privacy page states, and that the estimate's error
/// stays above the stated floor. Search and excerpts, which clients never reach or see only all-or-nothing, are
/// attacked in the Storage and Worker suites.
/// </summary>
public sealed class AttackSuiteTests(ITestOutputHelper output)
{
    /// <summary>
    /// docs/privacy.md, P1: from the releases alone (least squares, unbiased), a count under k is guessed exactly at most
    /// this often...
    /// </summary>
    public const double ExactGuessBound = 0.25;

    /// <summary>...and that estimate's error standard deviation is at least this (one version of the data).</summary>
    public const double ErrorSdFloor = 1.3;

    /// <summary>With every prior fact an adversary could know as well, the releases raise its exact-guess rate by at most this.</summary>
    public const double AdvantageBound = 0.20;

    private const int Worlds = 24;
    private const int K = 5;

    private static readonly double NoiseVariance = (ReleaseNoise.Sigma * ReleaseNoise.Sigma) + (1.0 / 12);

    /// <summary>An uninformative prior: the estimate is then the least-squares one from the releases alone.</summary>
    private const double FlatPriorVariance = 1e4;

    [Fact]
    public void Attack_ConsecutiveWeeklyReports_TotalsDifferenceDoesNotGiveTheNewWeekAndSmallWeeksStayUnpinned()
    {
        var tries = 0;
        var exact = 0;
        for (var seed = 0; seed < 200; seed++)
        {
            var world = new SyntheticWorld(seed);
            var noise = ClientView.Noise($"client-{seed}");
            var rows = HeatMapRow.For([SyntheticWorld.Term]);
            var first = HeatMapBuilder.Build(HeatMapRelease.Release(world.Slice(BucketInterval.Week, null, SyntheticWorld.First, SyntheticWorld.First.AddDays(20)), rows, noise));
            var second = HeatMapBuilder.Build(HeatMapRelease.Release(world.Slice(BucketInterval.Week, null, SyntheticWorld.First.AddDays(7), SyntheticWorld.Last), rows, noise));

            // Shared weeks are the same cells, so the same numbers in both reports.
            second.Row(0).Take(2).Should().Equal(first.Row(0).Skip(1));

            // Issue 14's attack: this week's total minus last week's, plus the week that dropped out, gave the new week
            // exactly. Totals are their own noised cells now, so it is as noisy as any count (the adversary is even
            // handed the dropped week's true count here).
            var dropped = world.Posts.Count(p => p.Day < SyntheticWorld.First.AddDays(7));
            var newWeek = world.Posts.Where(p => p.Day > SyntheticWorld.First.AddDays(20)).ToList();
            if (first.RowTotals[0].Mentions is { } before && second.RowTotals[0].Mentions is { } after)
            {
                tries++;
                exact += after - before + dropped == newWeek.Count ? 1 : 0;
            }
        }

        output.WriteLine($"total difference plus the dropped week's true count names the new week exactly in {exact} of {tries}");
        tries.Should().BeGreaterThan(100);
        (exact / (double)tries).Should().BeLessThan(ExactGuessBound);

        var result = Run(ClientView.Grains.Where(g => g == BucketInterval.Week), ClientView.SegmentKinds, mentions: true, authors: 12);
        Report("consecutive weekly reports with their totals (week cells and 2-, 3- and 4-week totals, unsegmented and by segment, 12 authors)", result);
        result.AssertUnpinned();
    }

    [Fact]
    public void Attack_TotalsOfConsecutiveDailyWindowsWithTheirCells_SmallCountsStayUnpinned()
    {
        var result = Run([BucketInterval.Day], ClientView.SegmentKinds, mentions: true);
        Report("7-day reports sliding one day at a time: day cells and every window's total, unsegmented and by segment", result);
        result.AssertUnpinned();
    }

    [Fact]
    public void Attack_SameSpanAtDayWeekAndMonth_SmallCellsStayUnpinned()
    {
        var result = Run(ClientView.Grains, [null], mentions: true);
        Report("day, week and month of one span (unsegmented)", result);
        result.AssertUnpinned();
    }

    [Fact]
    public void Attack_SameTermsBySpecialtyByStateAndUnsegmented_SmallCellsStayUnpinned()
    {
        var result = Run(ClientView.Grains, ClientView.SegmentKinds, mentions: true);
        Report("every grain × unsegmented, by specialty, by state", result);
        result.AssertUnpinned();
    }

    [Theory]
    [InlineData("adverse-events")]
    [InlineData("positive")]
    [InlineData("negative")]
    [InlineData("aspect:access:mentions")]
    [InlineData("aspect:access:negative")]
    public void Attack_SubCounts_SmallOnesStayUnpinned(string metric)
    {
        var result = Run(ClientView.Grains, ClientView.SegmentKinds, mentions: false, metric);
        Report($"sub-count {metric}, every grain and segment", result);
        result.AssertUnpinned();
    }

    [Fact]
    public void Attack_AskingAgainOrInAnotherReport_SameNumbersSoNothingToAverage()
    {
        var world = new SyntheticWorld(7);
        var noise = ClientView.Noise("client-7");

        var once = ClientView.Hold(world, noise);
        var again = ClientView.Hold(world, ClientView.Noise("client-7"));

        again.Select(c => c.Released).Should().Equal(once.Select(c => c.Released));
    }

    [Fact]
    public void Attack_ManyVersionsOfOneCellWithKnownChanges_ErrorNeverBelowTheStaticPart()
    {
        // A colluding member adds posts one at a time to a small cell and the client averages every re-release, minus
        // the posts it knows were added. The version part averages away; the static part (σs) does not.
        var exact = 0;
        var trials = 0;
        for (var seed = 0; seed < 400; seed++)
        {
            var noise = ClientView.Noise($"versions-{seed}");
            var cell = ReleaseCell.For(BucketInterval.Day, SyntheticWorld.First.AddDays(seed % 28), "Cardiology", ReleaseCell.TermKey(SyntheticWorld.Term));
            var truth = 1 + (seed % 4);
            var average = Enumerable.Range(0, 40).Average(added => noise.Release(cell, ReleaseMetrics.Mentions, truth + added) - (double)added);
            exact += Math.Round(average) == truth ? 1 : 0;
            trials++;
        }

        var rate = exact / (double)trials;
        output.WriteLine($"40 versions of one cell, known changes: exact-guess rate {rate:0.000} over {trials} (static part σs = {ReleaseNoise.StaticSigma})");
        rate.Should().BeLessThan(0.40, "the static part keeps the error at σs = 1.5 however many versions: P(exact) ≈ 0.26");
    }

    [Fact]
    public void Attack_OptOutBetweenTwoReports_DifferenceIsNotTheMembersCount()
    {
        // One member with a few posts in a cell opts out; the next report releases the cell again. With noise keyed by
        // the cell only, the difference would be exactly their count; the version part makes it noisy.
        var equal = 0;
        const int Trials = 2000;
        for (var seed = 0; seed < Trials; seed++)
        {
            var noise = ClientView.Noise($"optout-{seed}");
            var cell = ReleaseCell.For(BucketInterval.Week, SyntheticWorld.First, null, ReleaseCell.TermKey(SyntheticWorld.Term));
            var before = 20 + (seed % 11);
            var theirs = 1 + (seed % 3);
            equal += noise.Release(cell, ReleaseMetrics.Mentions, before) - noise.Release(cell, ReleaseMetrics.Mentions, before - theirs) == theirs ? 1 : 0;
        }

        var rate = equal / (double)Trials;
        output.WriteLine($"opt-out between two reports: difference equals the member's count in {rate:0.000} of {Trials}");
        rate.Should().BeLessThan(ExactGuessBound);
    }

    [Fact]
    public void Attack_TermRepeatedUnderAliases_ErrorNeverBelowTheVersionPart()
    {
        // Twenty watchlist terms that match the same posts under different match words (padded with words nobody
        // writes): each has its own static part, but the version part, keyed by the cell's place and count, is shared.
        var exact = 0;
        const int Trials = 400;
        for (var seed = 0; seed < Trials; seed++)
        {
            var noise = ClientView.Noise($"aliases-{seed}");
            var truth = 1 + (seed % 4);
            var average = Enumerable.Range(0, 20)
                .Average(alias => (double)noise.Release(ReleaseCell.For(BucketInterval.Day, SyntheticWorld.First.AddDays(seed % 28), null, $"eliquis\u001fzz{alias}"), ReleaseMetrics.Mentions, truth));
            exact += Math.Round(average) == truth ? 1 : 0;
        }

        var rate = exact / (double)Trials;
        output.WriteLine($"20 aliases of one term: exact-guess rate {rate:0.000} over {Trials} (version part σv = {ReleaseNoise.VersionSigma})");
        rate.Should().BeLessThan(0.40, "the shared version part keeps the error at σv = 1.5: P(exact) ≈ 0.26");
    }

    private static AttackResult Run(IEnumerable<BucketInterval> grains, IReadOnlyList<string?> kinds, bool mentions, string? metric = null, int authors = 40)
    {
        Func<WorldPost, bool> counted = metric switch
        {
            "adverse-events" => p => p.AdverseEvent,
            "positive" => p => p.Sentiment > 0,
            "negative" => p => p.Sentiment < 0,
            "aspect:access:mentions" => p => p.Access,
            "aspect:access:negative" => p => p.Access && p.Sentiment < 0,
            _ => _ => true,
        };
        Func<ReleasedCell, int?> value = metric switch
        {
            "adverse-events" => c => c.AdverseEvents,
            "positive" => c => c.Positive,
            "negative" => c => c.Negative,
            // An aspect under k in a shown cell is withheld: the attacker has no number for it there.
            "aspect:access:mentions" => c => c.Aspects?.FirstOrDefault(a => a.Aspect == Aspect.Access)?.Mentions,
            "aspect:access:negative" => c => c.Aspects?.FirstOrDefault(a => a.Aspect == Aspect.Access)?.Negative,
            _ => c => c.Mentions,
        };

        var result = new AttackResult();
        var grainList = grains.ToList();
        for (var seed = 0; seed < Worlds; seed++)
        {
            var world = new SyntheticWorld(1000 + seed, authors);
            var held = ClientView.Hold(world, ClientView.Noise($"client-{seed}"), grainList, kinds);
            var atoms = ClientView.AtomCounts(world, mentions ? null : counted);
            var priorMean = atoms.Average();
            var priorVariance = atoms.Sum(a => (a - priorMean) * (a - priorMean)) / atoms.Length;
            var shown = held.Where(c => c.Released is not null && value(c.Released) is not null)
                .Select(c => (c.Atoms, (double)value(c.Released!)!.Value, Variance(c))).ToList();
            var informed = new LinearAttacker(shown, priorMean, priorVariance);
            var releasesOnly = new LinearAttacker(shown, 0, FlatPriorVariance);
            foreach (var cell in held)
            {
                var posts = ClientView.PostsOf(world, cell).Where(counted).ToList();
                if (posts.Select(p => p.Author).Distinct().Count() is 0 or >= K)
                {
                    continue;
                }

                var target = new bool[atoms.Length];
                foreach (var atom in cell.Atoms)
                {
                    target[atom] = true;
                }

                result.Add(posts.Count, releasesOnly.Estimate(target), informed.Estimate(target).Estimate, cell.Atoms.Length * priorMean);
            }
        }

        return result;
    }

    /// <summary>The adversary knows the mechanism: a total's period cell is noisier (<see cref="ReleaseNoise.PeriodScale"/>).</summary>
    private static double Variance(HeldCell cell) =>
        cell.Through is not null && !ClientView.IsCalendarBucket(cell.Bucket, cell.Through.Value)
            ? (ReleaseNoise.PeriodScale * ReleaseNoise.PeriodScale * ReleaseNoise.Sigma * ReleaseNoise.Sigma) + (1.0 / 12)
            : NoiseVariance;

    private void Report(string attack, AttackResult result) =>
        output.WriteLine($"{attack}: {result.Targets} counts from 1-4 authors, {result.Estimable} of them estimable from the releases: " +
            $"least squares exact {result.ExactRate:0.000}, error sd min {result.MinErrorSd:0.00} / median {result.MedianErrorSd:0.00}; " +
            $"all targets, with the prior: exact {result.InformedRate:0.000} vs prior alone {result.PriorRate:0.000} (advantage {result.Advantage:+0.000;-0.000})");

    private sealed class AttackResult
    {
        /// <summary>A flat-prior error sd above this means the releases do not determine the target at all.</summary>
        private const double NotEstimable = 10;

        private readonly List<double> _sds = [];
        private int _exact;
        private int _informed;
        private int _prior;

        public int Targets { get; private set; }

        /// <summary>Targets the releases determine in the least-squares sense (the rest they say too little about).</summary>
        public int Estimable => _sds.Count;

        public double ExactRate => _exact / (double)Estimable;

        public double InformedRate => _informed / (double)Targets;

        public double PriorRate => _prior / (double)Targets;

        public double Advantage => InformedRate - PriorRate;

        public double MinErrorSd => _sds.Min();

        public double MedianErrorSd => _sds.Order().ElementAt(_sds.Count / 2);

        public void Add(int truth, (double Estimate, double ErrorSd) releasesOnly, double informed, double prior)
        {
            Targets++;
            if (releasesOnly.ErrorSd < NotEstimable)
            {
                _sds.Add(releasesOnly.ErrorSd);
                _exact += Math.Round(releasesOnly.Estimate) == truth ? 1 : 0;
            }

            _informed += Math.Round(informed) == truth ? 1 : 0;
            _prior += Math.Round(prior) == truth ? 1 : 0;
        }

        public void AssertUnpinned()
        {
            Estimable.Should().BeGreaterThan(30, "the worlds must hold enough counts under k that the releases speak to");
            ExactRate.Should().BeLessThan(ExactGuessBound);
            MinErrorSd.Should().BeGreaterThan(ErrorSdFloor);
            Advantage.Should().BeLessThan(AdvantageBound);
        }
    }
}
