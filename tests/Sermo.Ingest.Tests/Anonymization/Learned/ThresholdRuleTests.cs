using Sermo.Ingest.Anonymization.Learned;

namespace Sermo.Ingest.Tests.Anonymization.Learned;

/// <summary>The threshold rule (decision 137's budgets over the rules alone, decision 091's tie-break; decision 322: false hits reported, not budgeted) over decision 134's pooled leave-one-round-out folds.</summary>
public sealed class ThresholdRuleTests
{
    private static readonly NameTokenScore RulesOnly = new(100, 90, 100, 99, 10, 2);

    private static (double, NameTokenScore) At(double threshold, int caught, int kept = 99, int touched = 2) => (threshold, new NameTokenScore(100, caught, 100, kept, 10, touched));

    [Fact]
    public void PickThreshold_TieHoldingTheShippedThreshold_KeepsIt()
    {
        var grid = new[] { At(0.7, 95, kept: 98), At(0.8, 96), At(0.9, 96), At(0.95, 96) };

        NameTokenTrainingSet.PickThreshold(grid, RulesOnly, shipped: 0.8).Should().Be(0.8);
    }

    [Fact]
    public void PickThreshold_TieWithoutTheShippedThreshold_TakesTheHighest()
    {
        var grid = new[] { At(0.7, 95), At(0.8, 95), At(0.9, 96), At(0.95, 96) };

        NameTokenTrainingSet.PickThreshold(grid, RulesOnly, shipped: 0.8).Should().Be(0.95);
    }

    [Fact]
    public void PickThreshold_HigherRecallElsewhere_MovesAwayFromTheShippedThreshold()
    {
        var grid = new[] { At(0.5, 97), At(0.8, 96), At(0.9, 96) };

        NameTokenTrainingSet.PickThreshold(grid, RulesOnly, shipped: 0.8).Should().Be(0.5);
    }

    [Fact]
    public void PickThreshold_CleanPostsWithinOnePercentOfThem_Allowed()
    {
        var rulesOnly = new NameTokenScore(100, 90, 1000, 995, 1000, 50);
        var grid = new[] { (0.4, new NameTokenScore(100, 99, 1000, 995, 1000, 61)), (0.5, new NameTokenScore(100, 97, 1000, 995, 1000, 60)), (0.8, new NameTokenScore(100, 95, 1000, 995, 1000, 52)) };

        NameTokenTrainingSet.PickThreshold(grid, rulesOnly, shipped: 0.8).Should().Be(0.5, "60 is within 50 + 1% of 1,000 clean posts, 61 is not");
    }

    [Fact]
    public void PickThreshold_TermsLostBeyondOnePercentOverTheRules_NotAllowedWhateverTheRecall()
    {
        var grid = new[] { At(0.5, 99, kept: 97), At(0.8, 95, kept: 99) };

        NameTokenTrainingSet.PickThreshold(grid, RulesOnly, shipped: 0.8).Should().Be(0.8, "the rules keep 99 of 100 terms, so 98 is the floor");
    }

    [Fact]
    public void PickThreshold_TermsLostWithinOnePercentOfThem_AllowedEvenUnder099Retention()
    {
        var rulesOnly = new NameTokenScore(100, 90, 1000, 992, 1000, 50);
        var grid = new[] { (0.4, new NameTokenScore(100, 99, 1000, 981, 1000, 50)), (0.5, new NameTokenScore(100, 97, 1000, 982, 1000, 50)), (0.8, new NameTokenScore(100, 95, 1000, 992, 1000, 50)) };

        NameTokenTrainingSet.PickThreshold(grid, rulesOnly, shipped: 0.8).Should().Be(0.5, "982 is within 992 - 1% of 1,000 terms, 981 is not");
    }

    [Fact]
    public void PickThreshold_OnlyFalseHitsAdded_NotARefusal()
    {
        // Same terms kept and clean posts changed as the rules at every threshold: words taken are reported, not budgeted (decision 322).
        var rulesOnly = Scored(90, falseHits: 40);
        var grid = new[] { (0.7, Scored(97, falseHits: 51)), (0.8, Scored(95, falseHits: 44)), (0.9, Scored(93, falseHits: 41)) };

        NameTokenTrainingSet.PickThreshold(grid, rulesOnly, shipped: 0.8).Should().Be(0.7, "0.7 catches the most and keeps the terms and clean posts within budget");
    }

    [Fact]
    public void PickPooledThreshold_FoldsSummedBeforeTheRule_OneFoldsLossOutweighsAnothersGain()
    {
        // Round 1 alone would take 0.5 (one more caught, nothing lost); pooled, round 2's three lost terms at 0.5 exceed 1% of the 200 terms.
        var one = Fold(1, (0.5, 51, 100), (0.8, 50, 100));
        var two = Fold(2, (0.5, 50, 97), (0.8, 50, 100));

        NameTokenTrainingSet.PickPooledThreshold([one], shipped: 0.8).Should().Be(0.5);
        NameTokenTrainingSet.PickPooledThreshold([one, two], shipped: 0.8).Should().Be(0.8);
    }

    [Fact]
    public void PickShippedThreshold_PooledRuleBelowTheLowestShipped_LowestShipped()
    {
        // Decision 311: the pooled rule alone takes 0.5 here; the shipped pick stays at 0.8.
        var one = Fold(1, (0.5, 51, 100), (0.8, 50, 100));

        NameTokenTrainingSet.PickPooledThreshold([one], shipped: 0.8).Should().Be(0.5);
        NameTokenTrainingSet.PickShippedThreshold([one], shipped: 0.8).Should().Be(NameTokenTrainingSet.LowestShippedThreshold);
    }

    [Fact]
    public void PickShippedThreshold_PooledRuleAboveTheLowestShipped_PooledRulesPick()
    {
        var one = Fold(1, (0.9, 51, 100), (0.8, 50, 100));

        NameTokenTrainingSet.PickShippedThreshold([one], shipped: 0.8).Should().Be(0.9);
    }

    private static NameTokenScore Scored(int caught, int falseHits) => new(100, caught, 1000, 995, 500, 20) { Posts = 1000, FalseHits = falseHits };

    private static RotationFold Fold(int round, params (double Threshold, int Caught, int Kept)[] given)
    {
        // Thresholds not given catch nothing the rules missed, so they never win.
        var grid = NameTokenTrainingSet.ThresholdGrid.Select(t =>
        {
            var at = Array.Find(given, g => g.Threshold == t);
            return at.Caught > 0 ? (t, new NameTokenScore(60, at.Caught, 100, at.Kept, 10, 0)) : (t, new NameTokenScore(60, 40, 100, 100, 10, 0));
        }).ToList();
        return new RotationFold(round, new NameTokenScore(60, 40, 100, 100, 10, 0), grid, NameTokenModel.Shipped);
    }
}
