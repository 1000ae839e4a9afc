using Xunit.Abstractions;

namespace Sermo.Ingest.Tests.Anonymization.Gold;

/// <summary>
/// Round 29's held-out set of issue #14 (Round29/: a seeded generator with templates of its own and hand-written
/// physician posts, typed by a helper who never opened the scrubber's code, word lists or model weights, nor an earlier
/// set's posts; over half ordinary case posts, and about a third in settings earlier sets did not centre on: obituaries
/// and funeral homes, immigration medical exams, disability paperwork, fitness to drive, faith communities, dating apps
/// and social media, home births, daycare and camp outbreaks, dispensaries, tattoo and nail studios, gyms, hotels and
/// shelters, EHR downtime tickets), committed before it was scored (decision 183). First score on main's scrubber (15c83db9 + the set at 620adf73,
/// 2026-12-05 10:51 UTC): recall 0.8797 (1,155 / 1,313), retention 0.9901 (402 / 406), 42 of 172 identifier-free posts
/// changed. It prints only its figures, never its misses, so that no rule is tuned on its sentences.
/// </summary>
public sealed class Round29GoldSetEvaluationTests(ITestOutputHelper output)
{
    private static readonly Lazy<GoldScore> Round29 = new(() => GoldScore.Evaluate(ScrubAssertions.Scrubber, GoldFiles.LoadRound29()));

    /// <summary>A regression floor under the first score on main's scrubber (0.8797, 1,155 / 1,313); issue #14's target is 0.995.</summary>
    public const double RecallFloor = 0.84;

    /// <summary>A regression floor under the first score (0.9901, 402 / 406); issue #14's target is 0.99.</summary>
    public const double RetentionFloor = 0.99;

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
