using Sermo.Ingest.Anonymization;
using Xunit.Abstractions;

namespace Sermo.Ingest.Tests.Anonymization.Gold;

/// <summary>
/// Round 25's held-out set of issue #14 (Round25/: a seeded generator with templates of its own and hand-written
/// physician posts, typed by a helper who never opened the scrubber's code, word lists or model weights, nor an earlier
/// set's posts; over half ordinary case posts, and over a quarter in settings earlier sets did not centre on: rural and
/// critical-access hospitals, locum tenens and travelling nurses, disasters and mass-casualty events, street medicine
/// and homelessness, nursing homes, guardianship and adult protective services, pharmacy fills, radiology and pathology
/// reports, wearables and device data, crowdfunding and social media, genetics clinics and biobanks, adoption and
/// foster care, workers' compensation and disability claims), committed before it was scored (decision 165). Held out in
/// round 25 and scored before it by the lead (0.8570; 55 of 153 identifier-free posts changed); since round 26 it is tuning
/// data (decision 171), so it prints its misses, losses and false hits as round 24's set does.
/// </summary>
public sealed class Round25GoldSetEvaluationTests(ITestOutputHelper output)
{
    private static readonly Lazy<GoldScore> Round25 = new(() => GoldScore.Evaluate(ScrubAssertions.Scrubber, GoldFiles.LoadRound25()));

    /// <summary>A regression floor under the first score on main's scrubber (0.8570, 1,139 / 1,329); issue #14's target is 0.995.</summary>
    public const double RecallFloor = 0.83;

    /// <summary>A regression floor under the first score (0.9976, 412 / 413); issue #14's target is 0.99.</summary>
    public const double RetentionFloor = 0.99;

    /// <summary>A regression floor under the rules alone's first score (0.7976, 1,060 / 1,329).</summary>
    public const double RulesOnlyRecallFloor = 0.77;

    [Fact]
    public void Round25HeldOutSet_IdentifierRecallAndRetention_AtLeastRegressionFloors()
    {
        output.WriteFigures("round25", Round25.Value);
        output.WriteMissesAndLosses(Round25.Value);
        Round25.Value.Recall.Should().BeGreaterThanOrEqualTo(RecallFloor, "a regression floor; the set is tuning data since round 26");
        Round25.Value.Retention.Should().BeGreaterThanOrEqualTo(RetentionFloor, "a regression floor under the first score");
    }

    /// <summary>The set scored by the rules alone: what the rules leave for the learned detector.</summary>
    [Fact]
    public void Round25Set_RulesOnly_PrintsMissesAtLeastRegressionFloor()
    {
        var rulesOnly = GoldScore.Evaluate(new PhiScrubber(model: null), GoldFiles.LoadRound25());
        output.WriteFigures("round25 rules only", rulesOnly);
        output.WriteMissesAndLosses(rulesOnly);
        rulesOnly.Recall.Should().BeGreaterThanOrEqualTo(RulesOnlyRecallFloor);
    }

    [Fact]
    public void Round25HeldOutSet_Shape_398PostsAnd1300IdentifiersAnd150Clean()
    {
        GoldSetStructure.ShouldHaveShape(GoldFiles.LoadRound25(), 398, 1300, 150, "r25-hand-", 200);
    }

    [Fact]
    public void Round25HeldOutSet_ClinicalTerms_NeverInsideAnIdentifier()
    {
        GoldSetStructure.ShouldKeepClinicalTermsOutsideIdentifiers(GoldFiles.LoadRound25());
    }

    [Fact]
    public void Round25HeldOutSet_HandWrittenPosts_MatchTheirMarkupFile()
    {
        GoldSetStructure.ShouldMatchHandWrittenFile(GoldFiles.LoadRound25(), "Round25", "r25-hand-");
    }
}
