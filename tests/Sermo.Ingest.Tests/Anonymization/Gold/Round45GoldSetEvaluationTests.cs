using Xunit.Abstractions;

namespace Sermo.Ingest.Tests.Anonymization.Gold;

/// <summary>
/// Round 45's held-out set of issue #14 (Round45/: a seeded generator with templates of its own and hand-written
/// physician posts, typed by a helper who never opened the scrubber's code, word lists or model weights, nor an earlier
/// set's posts; about half the posts set among malpractice, litigation and boards, genetics and families, hospital IT
/// and security, locums and recruiting, animal bites and zoonoses, aviation and DOT exams, hospital administration and
/// unions, and home visits and home health), committed before it was scored (decision 285).
/// It prints only its figures, never its misses, so that no rule is tuned on its sentences.
/// </summary>
public sealed class Round45GoldSetEvaluationTests(ITestOutputHelper output)
{
    private static readonly Lazy<GoldScore> Round45 = new(() => GoldScore.Evaluate(ScrubAssertions.Scrubber, GoldFiles.LoadRound45()));

    /// <summary>Zero until main's scrubber has scored the set once (decision 285 sets it from that first score).</summary>
    public const double RecallFloor = 0;

    /// <summary>Zero until the first score, as the recall floor.</summary>
    public const double RetentionFloor = 0;

    [Fact]
    public void Round45HeldOutSet_IdentifierRecallAndRetention_AtLeastRegressionFloors()
    {
        output.WriteFigures("round45", Round45.Value);
        Round45.Value.Recall.Should().BeGreaterThanOrEqualTo(RecallFloor, "round-45 misses are not listed, so that no rule is tuned on them");
        Round45.Value.Retention.Should().BeGreaterThanOrEqualTo(RetentionFloor, "round-45 losses are not listed either");
    }

    [Fact]
    public void Round45HeldOutSet_Shape_300PostsAnd1100IdentifiersAnd120Clean()
    {
        GoldSetStructure.ShouldHaveShape(GoldFiles.LoadRound45(), 300, 1100, 120, "r45-hand-", 180);
    }

    [Fact]
    public void Round45HeldOutSet_ClinicalTerms_NeverInsideAnIdentifier()
    {
        GoldSetStructure.ShouldKeepClinicalTermsOutsideIdentifiers(GoldFiles.LoadRound45());
    }

    [Fact]
    public void Round45HeldOutSet_HandWrittenPosts_MatchTheirMarkupFile()
    {
        GoldSetStructure.ShouldMatchHandWrittenFile(GoldFiles.LoadRound45(), "Round45", "r45-hand-");
    }
}
