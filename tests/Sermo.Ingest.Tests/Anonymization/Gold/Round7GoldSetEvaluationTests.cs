using Sermo.Ingest.Anonymization;
using Xunit.Abstractions;

namespace Sermo.Ingest.Tests.Anonymization.Gold;

/// <summary>
/// Round 7's set of issue #14 (Round7/: a fifth generator, hand-typed names and places of some fifty origins,
/// hand-written physician posts), committed before any rule of round 7 (decision 049). Held out in round 7; since round 8
/// it is tuning data (the learned detector trains on it, decision 058), so it prints its misses and losses.
/// </summary>
public sealed class Round7GoldSetEvaluationTests(ITestOutputHelper output)
{
    private static readonly Lazy<GoldScore> Round7 = new(() => GoldScore.Evaluate(ScrubAssertions.Scrubber, GoldFiles.LoadRound7()));

    /// <summary>A regression floor under the mid-round measurement (0.7667; 0.7444 before round 7); issue #14's target is 0.995.</summary>
    public const double RecallFloor = 0.75;

    [Fact]
    public void Round7Set_IdentifierRecall_AtLeastRegressionFloor()
    {
        output.WriteFigures("round7", Round7.Value);
        output.WriteMissesAndLosses(Round7.Value);
        Round7.Value.Recall.Should().BeGreaterThanOrEqualTo(RecallFloor, "a regression floor; the set is tuning data since round 8");
    }

    /// <summary>The set scored by the rules alone, as round 7 left them (plus round 8's "sign" rule): the misses the learned detector was built from.</summary>
    [Fact]
    public void Round7Set_RulesOnly_PrintsMissesAtLeastRegressionFloor()
    {
        var rulesOnly = GoldScore.Evaluate(new PhiScrubber(model: null), GoldFiles.LoadRound7());
        output.WriteFigures("round7 rules only", rulesOnly);
        output.WriteMissesAndLosses(rulesOnly);
        rulesOnly.Recall.Should().BeGreaterThanOrEqualTo(RecallFloor);
    }

    [Fact]
    public void Round7HeldOutSet_Shape_300PostsAnd500IdentifiersAnd60Clean()
    {
        var posts = GoldFiles.LoadRound7();
        posts.Count.Should().BeGreaterThanOrEqualTo(300);
        posts.Sum(p => p.Identifiers.Count).Should().BeGreaterThanOrEqualTo(500);
        posts.Count(p => p.Identifiers.Count == 0).Should().BeGreaterThanOrEqualTo(60);
        posts.Should().OnlyContain(p => p.Identifiers.All(i => i.Start >= 0 && i.End <= p.Text.Length && i.Start < i.End));
    }
}
