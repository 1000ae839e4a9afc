using Xunit.Abstractions;

namespace Sermo.Ingest.Tests.Anonymization.Gold;

/// <summary>
/// Round 29's held-out set of issue #14 (Round29/: a seeded generator with templates of its own and hand-written
/// physician posts, typed by a helper who never opened the scrubber's code, word lists or model weights, nor an earlier
/// set's posts; over half ordinary case posts, and about a third in settings earlier sets did not centre on: obituaries
/// and funeral homes, immigration medical exams, disability paperwork, fitness to drive, faith communities, dating apps
/// and social media, home births, daycare and camp outbreaks, dispensaries, tattoo and nail studios, gyms, hotels and
/// shelters, EHR downtime tickets), committed before it was scored (decision 183). First score: not yet taken.
/// It prints only its figures, never its misses, so that no rule is tuned on its sentences.
/// </summary>
public sealed class Round29GoldSetEvaluationTests(ITestOutputHelper output)
{
    private static readonly Lazy<GoldScore> Round29 = new(() => GoldScore.Evaluate(ScrubAssertions.Scrubber, GoldFiles.LoadRound29()));

    /// <summary>Zero until the set's first score on main's scrubber is taken; the next commit sets it under that score.</summary>
    public const double RecallFloor = 0;

    /// <summary>Zero until the first score; the next commit sets it to issue #14's target of 0.99.</summary>
    public const double RetentionFloor = 0;

    [Fact]
    public void Round29HeldOutSet_IdentifierRecallAndRetention_AtLeastRegressionFloors()
    {
        output.WriteFigures("round29", Round29.Value);
        Round29.Value.Recall.Should().BeGreaterThanOrEqualTo(RecallFloor, "round-29 misses are not listed, so that no rule is tuned on them");
        Round29.Value.Retention.Should().BeGreaterThanOrEqualTo(RetentionFloor, "round-29 losses are not listed either");
    }

    [Fact]
    public void Round29HeldOutSet_Shape_403PostsAnd1300IdentifiersAnd172Clean()
    {
        GoldSetStructure.ShouldHaveShape(GoldFiles.LoadRound29(), 403, 1300, 172, "r29-hand-", 103);
    }

    [Fact]
    public void Round29HeldOutSet_ClinicalTerms_NeverInsideAnIdentifier()
    {
        GoldSetStructure.ShouldKeepClinicalTermsOutsideIdentifiers(GoldFiles.LoadRound29());
    }

    [Fact]
    public void Round29HeldOutSet_HandWrittenPosts_MatchTheirMarkupFile()
    {
        GoldSetStructure.ShouldMatchHandWrittenFile(GoldFiles.LoadRound29(), "Round29", "r29-hand-");
    }
}
