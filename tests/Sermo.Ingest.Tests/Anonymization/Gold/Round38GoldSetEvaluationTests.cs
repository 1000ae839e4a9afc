using Sermo.Ingest.Anonymization;
using Xunit.Abstractions;

namespace Sermo.Ingest.Tests.Anonymization.Gold;

/// <summary>
/// Round 38's held-out set of issue #14 (Round38/: a seeded generator with templates of its own and hand-written
/// physician posts, typed by a helper who never opened the scrubber's code, word lists or model weights, nor an earlier
/// set's posts; over half ordinary case posts, and about a third in settings earlier sets did not centre on: tribal
/// nations, pueblos and IHS clinics, firefighters, police and EMS, meatpacking, poultry plants and restaurant kitchens,
/// warehouses and distribution yards, mobile-home parks and public housing, stores, salons and barbershops, endurance
/// races and combat sports, school and college athletics, senior centres and Meals on Wheels, orchestras, choirs and
/// touring bands, workers' compensation and disability claims, call centres and remote IT, and pilots and ham radio),
/// committed before it was scored (decision 231).
/// First score on main's scrubber (1ee22f78 + the set at 55b29e80, 2026-12-06 00:48:08-00:55:06 UTC, machine loaded):
/// recall 0.8545 (1,063 / 1,244), retention 1.0000 (316 / 316), 14 of 130 identifier-free posts changed.
/// After a second reading (571e9851: 4 NAME spans narrowed, an initial's period moved outside) the same scrubber scores
/// the same (2026-12-06 01:02:09-01:03:53 UTC, machine loaded): recall 0.8545 (1,063 / 1,244), retention 1.0000
/// (316 / 316), 14 of 130; the floors below stand as they were.
/// Held out in round 38 and scored after it by the lead; since round 41 it is tuning data (decision 256), so it prints
/// its misses, losses and false hits as round 37's set does.
/// </summary>
public sealed class Round38GoldSetEvaluationTests(ITestOutputHelper output)
{
    private static readonly Lazy<GoldScore> Round38 = new(() => GoldScore.Evaluate(ScrubAssertions.Scrubber, GoldFiles.LoadRound38()));

    /// <summary>A regression floor under main's scrubber's score on the first and the second reading alike (0.8545,
    /// 1,063 / 1,244; 0.8545 - 0.03 rounded down to 0.01); issue #14's target is 0.995.</summary>
    public const double RecallFloor = 0.82;

    /// <summary>Issue #14's retention target; main's scrubber met it on both readings (1.0000, 316 / 316).</summary>
    public const double RetentionFloor = 0.99;

    /// <summary>A regression floor under the rules alone's first score (0.8135, 1,012 / 1,244; from the rotation's round 38 fold, rules alone, 35edee3c).</summary>
    public const double RulesOnlyRecallFloor = 0.78;

    [Fact]
    public void Round38HeldOutSet_IdentifierRecallAndRetention_AtLeastRegressionFloors()
    {
        output.WriteFigures("round38", Round38.Value);
        output.WriteMissesAndLosses(Round38.Value);
        Round38.Value.Recall.Should().BeGreaterThanOrEqualTo(RecallFloor, "a regression floor; the set is tuning data since round 41");
        Round38.Value.Retention.Should().BeGreaterThanOrEqualTo(RetentionFloor, "issue #14's retention target, met on the first score");
    }

    /// <summary>The set scored by the rules alone: what the rules leave for the learned detector.</summary>
    [Fact]
    public void Round38Set_RulesOnly_PrintsMissesAtLeastRegressionFloor()
    {
        var rulesOnly = GoldScore.Evaluate(new PhiScrubber(model: null), GoldFiles.LoadRound38());
        output.WriteFigures("round38 rules only", rulesOnly);
        output.WriteMissesAndLosses(rulesOnly);
        rulesOnly.Recall.Should().BeGreaterThanOrEqualTo(RulesOnlyRecallFloor);
    }

    [Fact]
    public void Round38HeldOutSet_Shape_300PostsAnd1000IdentifiersAnd120Clean()
    {
        GoldSetStructure.ShouldHaveShape(GoldFiles.LoadRound38(), 300, 1000, 120, "r38-hand-", 180);
    }

    [Fact]
    public void Round38HeldOutSet_ClinicalTerms_NeverInsideAnIdentifier()
    {
        GoldSetStructure.ShouldKeepClinicalTermsOutsideIdentifiers(GoldFiles.LoadRound38());
    }

    [Fact]
    public void Round38HeldOutSet_HandWrittenPosts_MatchTheirMarkupFile()
    {
        GoldSetStructure.ShouldMatchHandWrittenFile(GoldFiles.LoadRound38(), "Round38", "r38-hand-");
    }
}
