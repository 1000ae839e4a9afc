using Sermo.Ingest.Anonymization;
using Xunit.Abstractions;

namespace Sermo.Ingest.Tests.Anonymization.Gold;

/// <summary>
/// Round 13's held-out set of issue #14 (Round13/: a seeded generator with templates of its own and hand-written
/// physician posts, names and places typed by a helper who never opened the scrubber's code, word lists or model weights,
/// nor an earlier set's posts), committed before it was scored (decision 098). Held out in round 13 and scored once
/// after it (0.902); since round 14 it is tuning data (decision 111), so it prints its misses and losses as round 12's set does.
/// </summary>
public sealed class Round13GoldSetEvaluationTests(ITestOutputHelper output)
{
    private static readonly Lazy<GoldScore> Round13 = new(() => GoldScore.Evaluate(ScrubAssertions.Scrubber, GoldFiles.LoadRound13()));

    /// <summary>A regression floor under the first score on main's scrubber (0.8986, 1,081 / 1,203); issue #14's target is 0.995.</summary>
    public const double RecallFloor = 0.87;

    /// <summary>A regression floor under the first score (0.9840, 492 / 500); issue #14's target is 0.99.</summary>
    public const double RetentionFloor = 0.96;

    [Fact]
    public void Round13HeldOutSet_IdentifierRecallAndRetention_AtLeastRegressionFloors()
    {
        output.WriteFigures("round13", Round13.Value);
        output.WriteMissesAndLosses(Round13.Value);
        Round13.Value.Recall.Should().BeGreaterThanOrEqualTo(RecallFloor, "a regression floor; the set is tuning data since round 14");
        Round13.Value.Retention.Should().BeGreaterThanOrEqualTo(RetentionFloor, "a regression floor under the first score");
    }

    /// <summary>The set scored by the rules alone: what the rules leave for the learned detector.</summary>
    [Fact]
    public void Round13Set_RulesOnly_PrintsMissesAtLeastRegressionFloor()
    {
        var rulesOnly = GoldScore.Evaluate(new PhiScrubber(model: null), GoldFiles.LoadRound13());
        output.WriteFigures("round13 rules only", rulesOnly);
        output.WriteMissesAndLosses(rulesOnly);
        rulesOnly.Recall.Should().BeGreaterThanOrEqualTo(RecallFloor);
    }

    [Fact]
    public void Round13HeldOutSet_Shape_450PostsAnd850IdentifiersAnd120Clean()
    {
        GoldSetStructure.ShouldHaveShape(GoldFiles.LoadRound13(), 450, 850, 120, "r13-hand-", 200);
    }

    [Fact]
    public void Round13HeldOutSet_ClinicalTerms_NeverInsideAnIdentifier()
    {
        GoldSetStructure.ShouldKeepClinicalTermsOutsideIdentifiers(GoldFiles.LoadRound13());
    }

    [Fact]
    public void Round13HeldOutSet_HandWrittenPosts_MatchTheirMarkupFile()
    {
        GoldSetStructure.ShouldMatchHandWrittenFile(GoldFiles.LoadRound13(), "Round13", "r13-hand-");
    }
}
