using Xunit.Abstractions;

namespace Sermo.Ingest.Tests.Anonymization.Gold;

/// <summary>
/// Round 22's held-out set of issue #14 (Round22/: a seeded generator with templates of its own and hand-written
/// physician posts, typed by a helper who never opened the scrubber's code, word lists or model weights, nor an earlier
/// set's posts; over half ordinary case posts where a first name, a relative, a town, an employer, a school or a room
/// slips in, and over a quarter in settings earlier sets did not centre on: mental health and addiction care (sober
/// houses, sponsors, programs, drug and mental-health courts), obstetrics, fertility and midwifery (partners, donors,
/// birth centres, due dates, baby names), home health, hospice and long-term care (aides, agencies, wings, visiting
/// days), genetics and family pedigrees, research and clinical trials (sites, subject ids, coordinators) and
/// voice-dictated posts with dictation errors), committed before it was scored (decision 153). It prints only its
/// figures, never its misses, so that no rule is tuned on its sentences.
/// </summary>
public sealed class Round22GoldSetEvaluationTests(ITestOutputHelper output)
{
    private static readonly Lazy<GoldScore> Round22 = new(() => GoldScore.Evaluate(ScrubAssertions.Scrubber, GoldFiles.LoadRound22()));

    /// <summary>A regression floor under the first score on main's scrubber (0.8245, 1,085 / 1,316); issue #14's target is 0.995.</summary>
    public const double RecallFloor = 0.80;

    /// <summary>A regression floor under the first score (0.9971, 685 / 687); issue #14's target is 0.99.</summary>
    public const double RetentionFloor = 0.98;

    [Fact]
    public void Round22HeldOutSet_IdentifierRecallAndRetention_AtLeastRegressionFloors()
    {
        output.WriteFigures("round22", Round22.Value);
        Round22.Value.Recall.Should().BeGreaterThanOrEqualTo(RecallFloor, "round-22 misses are not listed, so that no rule is tuned on them");
        Round22.Value.Retention.Should().BeGreaterThanOrEqualTo(RetentionFloor, "round-22 losses are not listed either");
    }

    [Fact]
    public void Round22HeldOutSet_Shape_400PostsAnd1300IdentifiersAnd130Clean()
    {
        GoldSetStructure.ShouldHaveShape(GoldFiles.LoadRound22(), 400, 1300, 130, "r22-hand-", 230);
    }

    [Fact]
    public void Round22HeldOutSet_ClinicalTerms_NeverInsideAnIdentifier()
    {
        GoldSetStructure.ShouldKeepClinicalTermsOutsideIdentifiers(GoldFiles.LoadRound22());
    }

    [Fact]
    public void Round22HeldOutSet_HandWrittenPosts_MatchTheirMarkupFile()
    {
        GoldSetStructure.ShouldMatchHandWrittenFile(GoldFiles.LoadRound22(), "Round22", "r22-hand-");
    }
}
