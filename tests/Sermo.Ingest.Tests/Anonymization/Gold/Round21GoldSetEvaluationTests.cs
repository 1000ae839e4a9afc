using Sermo.Ingest.Anonymization;
using Xunit.Abstractions;

namespace Sermo.Ingest.Tests.Anonymization.Gold;

/// <summary>
/// Round 21's held-out set of issue #14 (Round21/: a seeded generator with templates of its own and hand-written
/// physician posts, typed by a helper who never opened the scrubber's code, word lists or model weights, nor an earlier
/// set's posts; half ordinary case posts where a first name, a relative, a town, an employer, a school or a room slips
/// in, and over a quarter in settings earlier sets did not centre on: occupational and travel medicine (employers, job
/// sites, shifts, flights, hotels, cruise ships, itineraries), military and veterans' care (ranks with surnames, units,
/// bases, deployments, service numbers), rural and farm practice (ranches, co-ops, county roads, mile markers, PO
/// boxes), sports medicine (teams, jersey numbers, coaches, schools, tournaments), correctional and shelter care, and
/// posts by physicians writing in English as a second language), committed before it was scored (decision 148). Held
/// out in round 21 and scored before and after it by the lead (0.8071, then 0.8128); since round 22 it is tuning data
/// (decision 155), so it prints its misses and losses as round 20's set does.
/// </summary>
public sealed class Round21GoldSetEvaluationTests(ITestOutputHelper output)
{
    private static readonly Lazy<GoldScore> Round21 = new(() => GoldScore.Evaluate(ScrubAssertions.Scrubber, GoldFiles.LoadRound21()));

    /// <summary>A regression floor under the first score on main's scrubber (0.8071, 996 / 1,234); issue #14's target is 0.995.</summary>
    public const double RecallFloor = 0.78;

    /// <summary>A regression floor under the first score (0.9885, 604 / 611); issue #14's target is 0.99.</summary>
    public const double RetentionFloor = 0.96;

    /// <summary>A regression floor under the rules alone's first score (0.7366, 909 / 1,234).</summary>
    public const double RulesOnlyRecallFloor = 0.71;

    [Fact]
    public void Round21HeldOutSet_IdentifierRecallAndRetention_AtLeastRegressionFloors()
    {
        output.WriteFigures("round21", Round21.Value);
        output.WriteMissesAndLosses(Round21.Value);
        Round21.Value.Recall.Should().BeGreaterThanOrEqualTo(RecallFloor, "a regression floor; the set is tuning data since round 22");
        Round21.Value.Retention.Should().BeGreaterThanOrEqualTo(RetentionFloor, "a regression floor under the first score");
    }

    /// <summary>The set scored by the rules alone: what the rules leave for the learned detector.</summary>
    [Fact]
    public void Round21Set_RulesOnly_PrintsMissesAtLeastRegressionFloor()
    {
        var rulesOnly = GoldScore.Evaluate(new PhiScrubber(model: null), GoldFiles.LoadRound21());
        output.WriteFigures("round21 rules only", rulesOnly);
        output.WriteMissesAndLosses(rulesOnly);
        rulesOnly.Recall.Should().BeGreaterThanOrEqualTo(RulesOnlyRecallFloor);
    }

    [Fact]
    public void Round21HeldOutSet_Shape_390PostsAnd1200IdentifiersAnd130Clean()
    {
        GoldSetStructure.ShouldHaveShape(GoldFiles.LoadRound21(), 390, 1200, 130, "r21-hand-", 200);
    }

    [Fact]
    public void Round21HeldOutSet_ClinicalTerms_NeverInsideAnIdentifier()
    {
        GoldSetStructure.ShouldKeepClinicalTermsOutsideIdentifiers(GoldFiles.LoadRound21());
    }

    [Fact]
    public void Round21HeldOutSet_HandWrittenPosts_MatchTheirMarkupFile()
    {
        GoldSetStructure.ShouldMatchHandWrittenFile(GoldFiles.LoadRound21(), "Round21", "r21-hand-");
    }
}
