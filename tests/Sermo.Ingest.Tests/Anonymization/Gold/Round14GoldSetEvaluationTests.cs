using Sermo.Ingest.Anonymization;
using Xunit.Abstractions;

namespace Sermo.Ingest.Tests.Anonymization.Gold;

/// <summary>
/// Round 14's held-out set of issue #14 (Round14/: a seeded generator with templates of its own and hand-written
/// physician posts, names and places typed by a helper who never opened the scrubber's code, word lists or model weights,
/// nor an earlier set's posts; EHR lists and tables, names in any case, dates in words, ages over 89, numbers abroad),
/// committed before it was scored (decision 109). Held out in round 14 and scored before and after it by the lead (0.7126 →
/// 0.7160); since round 15 it is tuning data (decision 119), so it prints its misses and losses as round 13's set does.
/// </summary>
public sealed class Round14GoldSetEvaluationTests(ITestOutputHelper output)
{
    private static readonly Lazy<GoldScore> Round14 = new(() => GoldScore.Evaluate(ScrubAssertions.Scrubber, GoldFiles.LoadRound14()));

    /// <summary>A regression floor under the first score on main's scrubber (0.7126, 828 / 1,162); issue #14's target is 0.995.</summary>
    public const double RecallFloor = 0.69;

    /// <summary>A regression floor under the first score (0.9802, 645 / 658); issue #14's target is 0.99.</summary>
    public const double RetentionFloor = 0.96;

    [Fact]
    public void Round14HeldOutSet_IdentifierRecallAndRetention_AtLeastRegressionFloors()
    {
        output.WriteFigures("round14", Round14.Value);
        output.WriteMissesAndLosses(Round14.Value);
        Round14.Value.Recall.Should().BeGreaterThanOrEqualTo(RecallFloor, "a regression floor; the set is tuning data since round 15");
        Round14.Value.Retention.Should().BeGreaterThanOrEqualTo(RetentionFloor, "a regression floor under the first score");
    }

    /// <summary>The set scored by the rules alone: what the rules leave for the learned detector.</summary>
    [Fact]
    public void Round14Set_RulesOnly_PrintsMissesAtLeastRegressionFloor()
    {
        var rulesOnly = GoldScore.Evaluate(new PhiScrubber(model: null), GoldFiles.LoadRound14());
        output.WriteFigures("round14 rules only", rulesOnly);
        output.WriteMissesAndLosses(rulesOnly);
        rulesOnly.Recall.Should().BeGreaterThanOrEqualTo(RecallFloor);
    }

    [Fact]
    public void Round14HeldOutSet_Shape_500PostsAnd1100IdentifiersAnd150Clean()
    {
        GoldSetStructure.ShouldHaveShape(GoldFiles.LoadRound14(), 500, 1100, 150, "r14-hand-", 250);
    }

    [Fact]
    public void Round14HeldOutSet_ClinicalTerms_NeverInsideAnIdentifier()
    {
        GoldSetStructure.ShouldKeepClinicalTermsOutsideIdentifiers(GoldFiles.LoadRound14());
    }

    [Fact]
    public void Round14HeldOutSet_HandWrittenPosts_MatchTheirMarkupFile()
    {
        GoldSetStructure.ShouldMatchHandWrittenFile(GoldFiles.LoadRound14(), "Round14", "r14-hand-");
    }
}
