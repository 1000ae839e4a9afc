using Sermo.Ingest.Anonymization;
using Xunit.Abstractions;

namespace Sermo.Ingest.Tests.Anonymization.Gold;

/// <summary>
/// Round 48's held-out set of issue #14 (Round48/: a seeded generator with templates of its own and hand-written
/// physician posts, typed by a helper who never opened the scrubber's code, word lists or model weights, nor an earlier
/// set's posts; about two thirds of the posts set among aviation and air medical transport, pharmacies and PBMs,
/// immigration, asylum and detention health, home health and home infusion, school and college athletics, and rural,
/// ranch and frontier medicine), committed before it was scored (decision 313).
/// First score on main's scrubber (the set at 3923d909, 2026-12-07 07:05:50-07:13:07 UTC): recall 0.8847
/// (1,074 / 1,214), retention 0.9572 (380 / 397), 21 of 132 identifier-free posts changed.
/// Spent since decision 346 (tuning data like rounds 10-47): it prints its misses, losses and false hits as round 47's
/// set does.
/// </summary>
public sealed class Round48GoldSetEvaluationTests(ITestOutputHelper output)
{
    private static readonly Lazy<GoldScore> Round48 = new(() => GoldScore.Evaluate(ScrubAssertions.Scrubber, GoldFiles.LoadRound48()));

    /// <summary>A regression floor under main's scrubber's first score (0.8847, 1,074 / 1,214; 0.8847 - 0.03 rounded
    /// down to 0.01); issue #14's target is 0.995.</summary>
    public const double RecallFloor = 0.85;

    /// <summary>Main's scrubber kept 0.9572 (380 / 397), below issue #14's 0.99, so the floor is that figure rounded
    /// down to 0.01 rather than the target.</summary>
    public const double RetentionFloor = 0.95;

    /// <summary>A regression floor under the rules alone's first score (set from the rotation's round 48 fold, rules
    /// alone, before decision 346's rules: 0.8427, 1,023 / 1,214; the figure minus 0.03 rounded down to 0.01).</summary>
    public const double RulesOnlyRecallFloor = 0.81;

    [Fact]
    public void Round48HeldOutSet_IdentifierRecallAndRetention_AtLeastRegressionFloors()
    {
        output.WriteFigures("round48", Round48.Value);
        output.WriteMissesAndLosses(Round48.Value);
        Round48.Value.Recall.Should().BeGreaterThanOrEqualTo(RecallFloor, "a regression floor under main's first score");
        Round48.Value.Retention.Should().BeGreaterThanOrEqualTo(RetentionFloor, "a regression floor under main's first score");
    }

    /// <summary>The set scored by the rules alone: what the rules leave for the learned detector.</summary>
    [Fact]
    public void Round48Set_RulesOnly_PrintsMissesAtLeastRegressionFloor()
    {
        var rulesOnly = GoldScore.Evaluate(new PhiScrubber(model: null), GoldFiles.LoadRound48());
        output.WriteFigures("round48 rules only", rulesOnly);
        output.WriteMissesAndLosses(rulesOnly);
        rulesOnly.Recall.Should().BeGreaterThanOrEqualTo(RulesOnlyRecallFloor);
    }

    [Fact]
    public void Round48HeldOutSet_Shape_300PostsAnd1100IdentifiersAnd110Clean()
    {
        GoldSetStructure.ShouldHaveShape(GoldFiles.LoadRound48(), 300, 1100, 110, "r48-hand-", 150);
    }

    [Fact]
    public void Round48HeldOutSet_ClinicalTerms_NeverInsideAnIdentifier()
    {
        GoldSetStructure.ShouldKeepClinicalTermsOutsideIdentifiers(GoldFiles.LoadRound48());
    }

    [Fact]
    public void Round48HeldOutSet_HandWrittenPosts_MatchTheirMarkupFile()
    {
        GoldSetStructure.ShouldMatchHandWrittenFile(GoldFiles.LoadRound48(), "Round48", "r48-hand-");
    }
}
