using Sermo.Ingest.Anonymization;
using Xunit.Abstractions;

namespace Sermo.Ingest.Tests.Anonymization.Gold;

/// <summary>
/// Round 30's held-out set of issue #14 (Round30/: a seeded generator with templates of its own and hand-written
/// physician posts, typed by a helper who never opened the scrubber's code, word lists or model weights, nor an earlier
/// set's posts; over half ordinary case posts, and about a third in settings earlier sets did not centre on: jails and
/// immigration detention, courts and guardianship, workers' compensation, trials and biobanks, transplant logistics,
/// sports medicine, telehealth across state lines, rural EMS and air transport, homeless outreach, travel nursing and
/// locums, farm-animal exposures, pharmacy errors and recalls, disasters and evacuations), committed before it was
/// scored (decision 185). First score on main's scrubber (d2be88fe + the set at 0151ca92, 2026-12-05 13:01 UTC):
/// recall 0.8624 (1,134 / 1,315), retention 0.9953 (422 / 424), 26 of 170 identifier-free posts changed. Held out in round 30
/// and scored after it by the lead (0.8662, 7 clean posts changed); since round 31 it is tuning data (decision 201), so it
/// prints its misses, losses and false hits as round 29's set does.
/// </summary>
public sealed class Round30GoldSetEvaluationTests(ITestOutputHelper output)
{
    private static readonly Lazy<GoldScore> Round30 = new(() => GoldScore.Evaluate(ScrubAssertions.Scrubber, GoldFiles.LoadRound30()));

    /// <summary>A regression floor under the first score on main's scrubber (0.8624, 1,134 / 1,315); issue #14's target is 0.995.</summary>
    public const double RecallFloor = 0.83;

    /// <summary>A regression floor under the first score (0.9953, 422 / 424); issue #14's target is 0.99.</summary>
    public const double RetentionFloor = 0.99;

    /// <summary>A regression floor under the rules alone's first score (0.7962, 1,047 / 1,315; from the rotation's round 30 fold, rules alone).</summary>
    public const double RulesOnlyRecallFloor = 0.78;

    [Fact]
    public void Round30HeldOutSet_IdentifierRecallAndRetention_AtLeastRegressionFloors()
    {
        output.WriteFigures("round30", Round30.Value);
        output.WriteMissesAndLosses(Round30.Value);
        Round30.Value.Recall.Should().BeGreaterThanOrEqualTo(RecallFloor, "a regression floor; the set is tuning data since round 31");
        Round30.Value.Retention.Should().BeGreaterThanOrEqualTo(RetentionFloor, "a regression floor under the first score");
    }

    /// <summary>The set scored by the rules alone: what the rules leave for the learned detector.</summary>
    [Fact]
    public void Round30Set_RulesOnly_PrintsMissesAtLeastRegressionFloor()
    {
        var rulesOnly = GoldScore.Evaluate(new PhiScrubber(model: null), GoldFiles.LoadRound30());
        output.WriteFigures("round30 rules only", rulesOnly);
        output.WriteMissesAndLosses(rulesOnly);
        rulesOnly.Recall.Should().BeGreaterThanOrEqualTo(RulesOnlyRecallFloor);
    }

    [Fact]
    public void Round30HeldOutSet_Shape_430PostsAnd1300IdentifiersAnd170Clean()
    {
        GoldSetStructure.ShouldHaveShape(GoldFiles.LoadRound30(), 430, 1300, 170, "r30-hand-", 130);
    }

    [Fact]
    public void Round30HeldOutSet_ClinicalTerms_NeverInsideAnIdentifier()
    {
        GoldSetStructure.ShouldKeepClinicalTermsOutsideIdentifiers(GoldFiles.LoadRound30());
    }

    [Fact]
    public void Round30HeldOutSet_HandWrittenPosts_MatchTheirMarkupFile()
    {
        GoldSetStructure.ShouldMatchHandWrittenFile(GoldFiles.LoadRound30(), "Round30", "r30-hand-");
    }
}
