using Sermo.Ingest.Anonymization;
using Xunit.Abstractions;

namespace Sermo.Ingest.Tests.Anonymization.Gold;

/// <summary>
/// Round 11's held-out set of issue #14 (Round11/: a seeded generator with templates of its own and hand-written
/// physician posts, names and places typed by a helper who never opened the scrubber's code, word lists or model weights,
/// nor an earlier set's posts), committed before it was scored (decision 080). Held out in round 11 and scored once after
/// it (0.7828); since round 12 it is tuning data (decision 091), so it prints its misses and losses as round 10's set does.
/// </summary>
public sealed class Round11GoldSetEvaluationTests(ITestOutputHelper output)
{
    private static readonly Lazy<GoldScore> Round11 = new(() => GoldScore.Evaluate(ScrubAssertions.Scrubber, GoldFiles.LoadRound11()));

    /// <summary>A regression floor under the first score on main's scrubber (0.7678, 820 / 1068); issue #14's target is 0.995.</summary>
    public const double RecallFloor = 0.75;

    /// <summary>A regression floor under the first score (0.9634, 658 / 683); issue #14's target is 0.99.</summary>
    public const double RetentionFloor = 0.95;

    [Fact]
    public void Round11HeldOutSet_IdentifierRecallAndRetention_AtLeastRegressionFloors()
    {
        output.WriteFigures("round11", Round11.Value);
        output.WriteMissesAndLosses(Round11.Value);
        Round11.Value.Recall.Should().BeGreaterThanOrEqualTo(RecallFloor, "a regression floor; the set is tuning data since round 12");
        Round11.Value.Retention.Should().BeGreaterThanOrEqualTo(RetentionFloor, "a regression floor under the first score");
    }

    /// <summary>The set scored by the rules alone: what the rules leave for the learned detector (round 12's table of causes).</summary>
    [Fact]
    public void Round11Set_RulesOnly_PrintsMissesAtLeastRegressionFloor()
    {
        var rulesOnly = GoldScore.Evaluate(new PhiScrubber(model: null), GoldFiles.LoadRound11());
        output.WriteFigures("round11 rules only", rulesOnly);
        output.WriteMissesAndLosses(rulesOnly);
        rulesOnly.Recall.Should().BeGreaterThanOrEqualTo(RecallFloor);
    }

    [Fact]
    public void Round11HeldOutSet_Shape_450PostsAnd850IdentifiersAnd120Clean()
    {
        GoldSetStructure.ShouldHaveShape(GoldFiles.LoadRound11(), 450, 850, 120, "r11-hand-", 200);
    }

    [Fact]
    public void Round11HeldOutSet_ClinicalTerms_NeverInsideAnIdentifier()
    {
        GoldSetStructure.ShouldKeepClinicalTermsOutsideIdentifiers(GoldFiles.LoadRound11());
    }

    [Fact]
    public void Round11HeldOutSet_HandWrittenPosts_MatchTheirMarkupFile()
    {
        GoldSetStructure.ShouldMatchHandWrittenFile(GoldFiles.LoadRound11(), "Round11", "r11-hand-");
    }
}
