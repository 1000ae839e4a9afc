using Sermo.Ingest.Anonymization;
using Xunit.Abstractions;

namespace Sermo.Ingest.Tests.Anonymization.Gold;

/// <summary>
/// Round 35's held-out set of issue #14 (Round35/: a seeded generator with templates of its own and hand-written
/// physician posts, typed by a helper who never opened the scrubber's code, word lists or model weights, nor an earlier
/// set's posts; over half ordinary case posts, and about a third in settings earlier sets did not centre on:
/// obstetrics and birth centres, NICU and paediatric wards, school nurses and daycares, crisis lines and holds,
/// disability services, transplant and organ procurement, addiction treatment and sober living, hurricanes and floods,
/// migrant health and border clinics, hunting, fishing and outdoor injuries, ranches and rodeos, ferry, rail and transit
/// workers, telecom and utility crews, small family businesses), committed before it was scored (decision 216).
/// First score on main's scrubber (ca368138 + the set at 6e8b9d78, 2026-12-05 19:49:02-19:52:39 UTC): recall 0.8887
/// (1,381 / 1,554), retention 0.9664 (489 / 506), 33 of 172 identifier-free posts changed. Held out in round 35 and
/// scored after it by the lead (0.8996, 33 clean posts changed); since round 37 it is tuning data (decision 233), so it
/// prints its misses, losses and false hits as round 34's set does.
/// </summary>
public sealed class Round35GoldSetEvaluationTests(ITestOutputHelper output)
{
    private static readonly Lazy<GoldScore> Round35 = new(() => GoldScore.Evaluate(ScrubAssertions.Scrubber, GoldFiles.LoadRound35()));

    /// <summary>A regression floor under the first score on main's scrubber (0.8887, 1,381 / 1,554); issue #14's target is 0.995.</summary>
    public const double RecallFloor = 0.85;

    /// <summary>
    /// A regression floor under the first score (0.9664, 489 / 506), below issue #14's 0.99 because main's scrubber
    /// scored under it on this set and a floor it already fails would guard nothing; raise it to 0.99 once it is met.
    /// </summary>
    public const double RetentionFloor = 0.93;

    /// <summary>A regression floor under the rules alone's first score (0.8443, 1,312 / 1,554; from the rotation's round 35 fold, rules alone, 59528ce7).</summary>
    public const double RulesOnlyRecallFloor = 0.82;

    [Fact]
    public void Round35HeldOutSet_IdentifierRecallAndRetention_AtLeastRegressionFloors()
    {
        output.WriteFigures("round35", Round35.Value);
        output.WriteMissesAndLosses(Round35.Value);
        Round35.Value.Recall.Should().BeGreaterThanOrEqualTo(RecallFloor, "a regression floor; the set is tuning data since round 37");
        Round35.Value.Retention.Should().BeGreaterThanOrEqualTo(RetentionFloor, "a regression floor under the first score");
    }

    /// <summary>The set scored by the rules alone: what the rules leave for the learned detector.</summary>
    [Fact]
    public void Round35Set_RulesOnly_PrintsMissesAtLeastRegressionFloor()
    {
        var rulesOnly = GoldScore.Evaluate(new PhiScrubber(model: null), GoldFiles.LoadRound35());
        output.WriteFigures("round35 rules only", rulesOnly);
        output.WriteMissesAndLosses(rulesOnly);
        rulesOnly.Recall.Should().BeGreaterThanOrEqualTo(RulesOnlyRecallFloor);
    }

    [Fact]
    public void Round35HeldOutSet_Shape_440PostsAnd1500IdentifiersAnd170Clean()
    {
        GoldSetStructure.ShouldHaveShape(GoldFiles.LoadRound35(), 440, 1500, 170, "r35-hand-", 240);
    }

    [Fact]
    public void Round35HeldOutSet_ClinicalTerms_NeverInsideAnIdentifier()
    {
        GoldSetStructure.ShouldKeepClinicalTermsOutsideIdentifiers(GoldFiles.LoadRound35());
    }

    [Fact]
    public void Round35HeldOutSet_HandWrittenPosts_MatchTheirMarkupFile()
    {
        GoldSetStructure.ShouldMatchHandWrittenFile(GoldFiles.LoadRound35(), "Round35", "r35-hand-");
    }
}
