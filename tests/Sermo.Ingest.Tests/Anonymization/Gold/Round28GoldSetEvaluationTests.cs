using Sermo.Ingest.Anonymization;
using Xunit.Abstractions;

namespace Sermo.Ingest.Tests.Anonymization.Gold;

/// <summary>
/// Round 28's held-out set of issue #14 (Round28/: a seeded generator with templates of its own and hand-written
/// physician posts, typed by a helper who never opened the scrubber's code, word lists or model weights, nor an earlier
/// set's posts; over half ordinary case posts, and about a third in settings earlier sets did not centre on: medical
/// examiner and forensic cases, transport medicine, farm and agricultural medicine, mass gatherings and event medicine,
/// maritime and offshore, Indian Health Service and tribal clinics, international missions, surrogacy and adoption,
/// domestic-violence advocacy, school and university health, compounding recalls and pasted imaging metadata),
/// committed before it was scored (decision 178). First score on main's scrubber (c70cee90, 2026-12-05 10:16 UTC): recall
/// 0.8830 (1,155 / 1,308), retention 1.0000 (400 / 400), 20 of 169 identifier-free posts changed. Held out in round 28
/// and scored after it by the lead (0.8838); since round 29 it is tuning data (decision 187), so it prints its misses,
/// losses and false hits as round 27's set does.
/// </summary>
public sealed class Round28GoldSetEvaluationTests(ITestOutputHelper output)
{
    private static readonly Lazy<GoldScore> Round28 = new(() => GoldScore.Evaluate(ScrubAssertions.Scrubber, GoldFiles.LoadRound28()));

    /// <summary>A regression floor under the first score on main's scrubber (0.8830, 1,155 / 1,308); issue #14's target is 0.995.</summary>
    public const double RecallFloor = 0.85;

    /// <summary>A regression floor under the first score (1.0000, 400 / 400); issue #14's target is 0.99.</summary>
    public const double RetentionFloor = 0.99;

    /// <summary>A regression floor under the rules alone's first score (0.8127, 1,063 / 1,308; from the rotation's round 28 fold, rules alone).</summary>
    public const double RulesOnlyRecallFloor = 0.80;

    [Fact]
    public void Round28HeldOutSet_IdentifierRecallAndRetention_AtLeastRegressionFloors()
    {
        output.WriteFigures("round28", Round28.Value);
        output.WriteMissesAndLosses(Round28.Value);
        Round28.Value.Recall.Should().BeGreaterThanOrEqualTo(RecallFloor, "a regression floor; the set is tuning data since round 29");
        Round28.Value.Retention.Should().BeGreaterThanOrEqualTo(RetentionFloor, "a regression floor under the first score");
    }

    /// <summary>The set scored by the rules alone: what the rules leave for the learned detector.</summary>
    [Fact]
    public void Round28Set_RulesOnly_PrintsMissesAtLeastRegressionFloor()
    {
        var rulesOnly = GoldScore.Evaluate(new PhiScrubber(model: null), GoldFiles.LoadRound28());
        output.WriteFigures("round28 rules only", rulesOnly);
        output.WriteMissesAndLosses(rulesOnly);
        rulesOnly.Recall.Should().BeGreaterThanOrEqualTo(RulesOnlyRecallFloor);
    }

    [Fact]
    public void Round28HeldOutSet_Shape_405PostsAnd1300IdentifiersAnd169Clean()
    {
        GoldSetStructure.ShouldHaveShape(GoldFiles.LoadRound28(), 405, 1300, 169, "r28-hand-", 201);
    }

    [Fact]
    public void Round28HeldOutSet_ClinicalTerms_NeverInsideAnIdentifier()
    {
        GoldSetStructure.ShouldKeepClinicalTermsOutsideIdentifiers(GoldFiles.LoadRound28());
    }

    [Fact]
    public void Round28HeldOutSet_HandWrittenPosts_MatchTheirMarkupFile()
    {
        GoldSetStructure.ShouldMatchHandWrittenFile(GoldFiles.LoadRound28(), "Round28", "r28-hand-");
    }
}
