using Sermo.Ingest.Anonymization;
using Xunit.Abstractions;

namespace Sermo.Ingest.Tests.Anonymization.Gold;

/// <summary>
/// Round 42's held-out set of issue #14 (Round42/: a seeded generator with templates of its own and hand-written
/// physician posts, typed by a helper who never opened the scrubber's code, word lists or model weights, nor an earlier
/// set's posts; about half the posts in clinical trials and research sites, telehealth and patient portals,
/// correctional health, disasters and mass casualties, street medicine, occupational medicine, military and veterans,
/// and mass gatherings), committed before it was scored (decision 261).
/// First score on main's scrubber (fd20d322 + the set at ec382a15, 2026-12-06 12:52:08-12:56:34 UTC): recall 0.8693
/// (1,124 / 1,293), retention 0.9765 (458 / 469), 17 of 132 identifier-free posts changed.
/// Held out in round 42 and scored after it by the lead; since round 45 it is tuning data (decision 287), so it prints
/// its misses, losses and false hits as round 41's set does.
/// </summary>
public sealed class Round42GoldSetEvaluationTests(ITestOutputHelper output)
{
    private static readonly Lazy<GoldScore> Round42 = new(() => GoldScore.Evaluate(ScrubAssertions.Scrubber, GoldFiles.LoadRound42()));

    /// <summary>A regression floor under main's scrubber's first score (0.8693, 1,124 / 1,293; 0.8693 - 0.03 rounded
    /// down to 0.01); issue #14's target is 0.995.</summary>
    public const double RecallFloor = 0.83;

    /// <summary>Main's scrubber kept 0.9765 (458 / 469), under issue #14's 0.99: the figure minus 0.02, rounded down
    /// to 0.01.</summary>
    public const double RetentionFloor = 0.95;

    /// <summary>A regression floor under the rules alone's first score (0.8345, 1,079 / 1,293; from the rotation's round 42
    /// fold, rules alone, b1c26fb1; 0.8345 - 0.03 rounded down to 0.01).</summary>
    public const double RulesOnlyRecallFloor = 0.80;

    [Fact]
    public void Round42HeldOutSet_IdentifierRecallAndRetention_AtLeastRegressionFloors()
    {
        output.WriteFigures("round42", Round42.Value);
        output.WriteMissesAndLosses(Round42.Value);
        Round42.Value.Recall.Should().BeGreaterThanOrEqualTo(RecallFloor, "a regression floor; the set is tuning data since round 45");
        Round42.Value.Retention.Should().BeGreaterThanOrEqualTo(RetentionFloor, "a regression floor under main's first score");
    }

    /// <summary>The set scored by the rules alone: what the rules leave for the learned detector.</summary>
    [Fact]
    public void Round42Set_RulesOnly_PrintsMissesAtLeastRegressionFloor()
    {
        var rulesOnly = GoldScore.Evaluate(new PhiScrubber(model: null), GoldFiles.LoadRound42());
        output.WriteFigures("round42 rules only", rulesOnly);
        output.WriteMissesAndLosses(rulesOnly);
        rulesOnly.Recall.Should().BeGreaterThanOrEqualTo(RulesOnlyRecallFloor);
    }

    [Fact]
    public void Round42HeldOutSet_Shape_300PostsAnd1100IdentifiersAnd120Clean()
    {
        GoldSetStructure.ShouldHaveShape(GoldFiles.LoadRound42(), 300, 1100, 120, "r42-hand-", 200);
    }

    [Fact]
    public void Round42HeldOutSet_ClinicalTerms_NeverInsideAnIdentifier()
    {
        GoldSetStructure.ShouldKeepClinicalTermsOutsideIdentifiers(GoldFiles.LoadRound42());
    }

    [Fact]
    public void Round42HeldOutSet_HandWrittenPosts_MatchTheirMarkupFile()
    {
        GoldSetStructure.ShouldMatchHandWrittenFile(GoldFiles.LoadRound42(), "Round42", "r42-hand-");
    }
}
