using Sermo.Ingest.Anonymization;
using Xunit.Abstractions;

namespace Sermo.Ingest.Tests.Anonymization.Gold;

/// <summary>
/// Round 27's held-out set of issue #14 (Round27/: a seeded generator with templates of its own and hand-written
/// physician posts, typed by a helper who never opened the scrubber's code, word lists or model weights, nor an earlier
/// set's posts; over half ordinary case posts, and about a third in settings earlier sets did not centre on: dialysis
/// and transplant lists, home health and hospital-at-home, sports medicine, occupational and aviation medicine, patient
/// portals and telehealth, malpractice and legal, long-term care, military and deployed care, wilderness medicine,
/// veterinary crossover, dental referrals and billing appeals), committed before it was scored (decision 173). Held out in
/// round 27 and scored after it by the lead (0.9052; 16 of 166 identifier-free posts changed); since round 28 it is tuning
/// data (decision 180), so it prints its misses, losses and false hits as round 26's set does.
/// </summary>
public sealed class Round27GoldSetEvaluationTests(ITestOutputHelper output)
{
    private static readonly Lazy<GoldScore> Round27 = new(() => GoldScore.Evaluate(ScrubAssertions.Scrubber, GoldFiles.LoadRound27()));

    /// <summary>A regression floor under the first score on main's scrubber (0.9052, 1,184 / 1,308); issue #14's target is 0.995.</summary>
    public const double RecallFloor = 0.87;

    /// <summary>A regression floor under the first score (0.9954, 431 / 433); issue #14's target is 0.99.</summary>
    public const double RetentionFloor = 0.99;

    /// <summary>A regression floor under the rules alone's first score (0.8601, 1,125 / 1,308).</summary>
    public const double RulesOnlyRecallFloor = 0.80;

    [Fact]
    public void Round27HeldOutSet_IdentifierRecallAndRetention_AtLeastRegressionFloors()
    {
        output.WriteFigures("round27", Round27.Value);
        output.WriteMissesAndLosses(Round27.Value);
        Round27.Value.Recall.Should().BeGreaterThanOrEqualTo(RecallFloor, "a regression floor; the set is tuning data since round 28");
        Round27.Value.Retention.Should().BeGreaterThanOrEqualTo(RetentionFloor, "a regression floor under the first score");
    }

    /// <summary>The set scored by the rules alone: what the rules leave for the learned detector.</summary>
    [Fact]
    public void Round27Set_RulesOnly_PrintsMissesAtLeastRegressionFloor()
    {
        var rulesOnly = GoldScore.Evaluate(new PhiScrubber(model: null), GoldFiles.LoadRound27());
        output.WriteFigures("round27 rules only", rulesOnly);
        output.WriteMissesAndLosses(rulesOnly);
        rulesOnly.Recall.Should().BeGreaterThanOrEqualTo(RulesOnlyRecallFloor);
    }

    [Fact]
    public void Round27HeldOutSet_Shape_410PostsAnd1308IdentifiersAnd166Clean()
    {
        GoldSetStructure.ShouldHaveShape(GoldFiles.LoadRound27(), 410, 1308, 166, "r27-hand-", 190);
    }

    [Fact]
    public void Round27HeldOutSet_ClinicalTerms_NeverInsideAnIdentifier()
    {
        GoldSetStructure.ShouldKeepClinicalTermsOutsideIdentifiers(GoldFiles.LoadRound27());
    }

    [Fact]
    public void Round27HeldOutSet_HandWrittenPosts_MatchTheirMarkupFile()
    {
        GoldSetStructure.ShouldMatchHandWrittenFile(GoldFiles.LoadRound27(), "Round27", "r27-hand-");
    }
}
