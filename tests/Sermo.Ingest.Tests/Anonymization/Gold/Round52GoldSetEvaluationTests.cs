using Xunit.Abstractions;

namespace Sermo.Ingest.Tests.Anonymization.Gold;

/// <summary>
/// Round 52's held-out set of issue #14 (Round52/: a seeded generator with templates of its own and hand-written
/// physician posts, typed by a helper who never opened the scrubber's code, word lists or model weights, nor an earlier
/// set's posts; most posts set in travelling carnivals and county fairs, monasteries and convents, roller derby
/// leagues, caving and climbing gyms, and surfing and beach lifeguards), committed before it was scored
/// (decision 356).
/// First score on main's scrubber (the set at 6dab35e7, 2026-12-07 19:49:35-19:58:02 UTC): recall 0.8962 (466 / 520),
/// retention 1.0000 (161 / 161), 2 of 32 identifier-free posts changed.
/// It prints only its figures, never its misses, so that no rule is tuned on its sentences.
/// </summary>
public sealed class Round52GoldSetEvaluationTests(ITestOutputHelper output)
{
    private static readonly Lazy<GoldScore> Round52 = new(() => GoldScore.Evaluate(ScrubAssertions.Scrubber, GoldFiles.LoadRound52()));

    /// <summary>A regression floor under main's scrubber's first score (0.8962, 466 / 520; 0.8962 - 0.03 rounded
    /// down to 0.01); issue #14's target is 0.995.</summary>
    public const double RecallFloor = 0.86;

    /// <summary>Main's scrubber kept 161 of 161 terms (1.0000), at or above issue #14's 0.99, so the floor is the target.</summary>
    public const double RetentionFloor = 0.99;

    [Fact]
    public void Round52HeldOutSet_IdentifierRecallAndRetention_AtLeastRegressionFloors()
    {
        output.WriteFigures("round52", Round52.Value);
        Round52.Value.Recall.Should().BeGreaterThanOrEqualTo(RecallFloor, "round-52 misses are not listed, so that no rule is tuned on them");
        Round52.Value.Retention.Should().BeGreaterThanOrEqualTo(RetentionFloor, "round-52 losses are not listed either");
    }

    [Fact]
    public void Round52HeldOutSet_Shape_110PostsAnd500IdentifiersAnd30Clean()
    {
        GoldSetStructure.ShouldHaveShape(GoldFiles.LoadRound52(), 110, 500, 30, "r52-hand-", 75);
    }

    [Fact]
    public void Round52HeldOutSet_ClinicalTerms_NeverInsideAnIdentifier()
    {
        GoldSetStructure.ShouldKeepClinicalTermsOutsideIdentifiers(GoldFiles.LoadRound52());
    }

    [Fact]
    public void Round52HeldOutSet_HandWrittenPosts_MatchTheirMarkupFile()
    {
        GoldSetStructure.ShouldMatchHandWrittenFile(GoldFiles.LoadRound52(), "Round52", "r52-hand-");
    }
}
