using Xunit.Abstractions;

namespace Sermo.Ingest.Tests.Anonymization.Gold;

/// <summary>
/// Round 25's held-out set of issue #14 (Round25/: a seeded generator with templates of its own and hand-written
/// physician posts, typed by a helper who never opened the scrubber's code, word lists or model weights, nor an earlier
/// set's posts; over half ordinary case posts, and over a quarter in settings earlier sets did not centre on: rural and
/// critical-access hospitals, locum tenens and travelling nurses, disasters and mass-casualty events, street medicine
/// and homelessness, nursing homes, guardianship and adult protective services, pharmacy fills, radiology and pathology
/// reports, wearables and device data, crowdfunding and social media, genetics clinics and biobanks, adoption and
/// foster care, workers' compensation and disability claims), committed before it was scored (decision 165). It prints
/// only its figures, never its misses, so that no rule is tuned on its sentences.
/// </summary>
public sealed class Round25GoldSetEvaluationTests(ITestOutputHelper output)
{
    private static readonly Lazy<GoldScore> Round25 = new(() => GoldScore.Evaluate(ScrubAssertions.Scrubber, GoldFiles.LoadRound25()));

    /// <summary>A regression floor under the first score on main's scrubber (0.8570, 1,139 / 1,329); issue #14's target is 0.995.</summary>
    public const double RecallFloor = 0.83;

    /// <summary>A regression floor under the first score (0.9976, 412 / 413); issue #14's target is 0.99.</summary>
    public const double RetentionFloor = 0.99;

    [Fact]
    public void Round25HeldOutSet_IdentifierRecallAndRetention_AtLeastRegressionFloors()
    {
        output.WriteFigures("round25", Round25.Value);
        Round25.Value.Recall.Should().BeGreaterThanOrEqualTo(RecallFloor, "round-25 misses are not listed, so that no rule is tuned on them");
        Round25.Value.Retention.Should().BeGreaterThanOrEqualTo(RetentionFloor, "round-25 losses are not listed either");
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
