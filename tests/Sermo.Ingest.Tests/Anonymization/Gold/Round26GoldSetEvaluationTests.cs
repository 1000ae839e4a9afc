using Xunit.Abstractions;

namespace Sermo.Ingest.Tests.Anonymization.Gold;

/// <summary>
/// Round 26's held-out set of issue #14 (Round26/: a seeded generator with templates of its own and hand-written
/// physician posts, typed by a helper who never opened the scrubber's code, word lists or model weights, nor an earlier
/// set's posts; over half ordinary case posts, and over a quarter in settings earlier sets did not centre on: medical
/// education, public health and contact tracing, veterans and VA care, peer review and HR disputes, research consent and
/// IRB, involuntary holds and court-ordered treatment, interpreters, concierge practice, hospital security incidents and
/// organ procurement), committed before it was scored (decision 169). It prints only its figures, never its misses, so
/// that no rule is tuned on its sentences.
/// </summary>
public sealed class Round26GoldSetEvaluationTests(ITestOutputHelper output)
{
    private static readonly Lazy<GoldScore> Round26 = new(() => GoldScore.Evaluate(ScrubAssertions.Scrubber, GoldFiles.LoadRound26()));

    /// <summary>A regression floor under the first score on main's scrubber (0.8685, 1,129 / 1,300); issue #14's target is 0.995.</summary>
    public const double RecallFloor = 0.84;

    /// <summary>A regression floor under the first score (0.9976, 408 / 409); issue #14's target is 0.99.</summary>
    public const double RetentionFloor = 0.99;

    [Fact]
    public void Round26HeldOutSet_IdentifierRecallAndRetention_AtLeastRegressionFloors()
    {
        output.WriteFigures("round26", Round26.Value);
        Round26.Value.Recall.Should().BeGreaterThanOrEqualTo(RecallFloor, "round-26 misses are not listed, so that no rule is tuned on them");
        Round26.Value.Retention.Should().BeGreaterThanOrEqualTo(RetentionFloor, "round-26 losses are not listed either");
    }

    [Fact]
    public void Round26HeldOutSet_Shape_398PostsAnd1300IdentifiersAnd170Clean()
    {
        GoldSetStructure.ShouldHaveShape(GoldFiles.LoadRound26(), 398, 1300, 170, "r26-hand-", 190);
    }

    [Fact]
    public void Round26HeldOutSet_ClinicalTerms_NeverInsideAnIdentifier()
    {
        GoldSetStructure.ShouldKeepClinicalTermsOutsideIdentifiers(GoldFiles.LoadRound26());
    }

    [Fact]
    public void Round26HeldOutSet_HandWrittenPosts_MatchTheirMarkupFile()
    {
        GoldSetStructure.ShouldMatchHandWrittenFile(GoldFiles.LoadRound26(), "Round26", "r26-hand-");
    }
}
