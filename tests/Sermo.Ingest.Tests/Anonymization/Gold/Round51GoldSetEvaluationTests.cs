using Xunit.Abstractions;

namespace Sermo.Ingest.Tests.Anonymization.Gold;

/// <summary>
/// Round 51's held-out set of issue #14 (Round51/: a seeded generator with templates of its own and hand-written
/// physician posts, typed by a helper who never opened the scrubber's code, word lists or model weights, nor an earlier
/// set's posts; most posts set in recreational and technical diving with hyperbaric chambers, sailing and yacht clubs,
/// boarding schools, esports and game streaming, and chess and bridge clubs), committed before it was scored
/// (decision 344).
/// First score on main's scrubber (the set at 174a904b, 2026-12-07 16:41:00-16:47:53 UTC): recall 0.9191 (693 / 754),
/// retention 0.9916 (353 / 356), 1 of 60 identifier-free posts changed.
/// It prints only its figures, never its misses, so that no rule is tuned on its sentences.
/// </summary>
public sealed class Round51GoldSetEvaluationTests(ITestOutputHelper output)
{
    private static readonly Lazy<GoldScore> Round51 = new(() => GoldScore.Evaluate(ScrubAssertions.Scrubber, GoldFiles.LoadRound51()));

    /// <summary>A regression floor under main's scrubber's first score (0.9191, 693 / 754; 0.9191 - 0.03 rounded
    /// down to 0.01); issue #14's target is 0.995.</summary>
    public const double RecallFloor = 0.88;

    /// <summary>Main's scrubber kept 353 of 356 terms (0.9916), above issue #14's 0.99, so the floor is the target.</summary>
    public const double RetentionFloor = 0.99;

    [Fact]
    public void Round51HeldOutSet_IdentifierRecallAndRetention_AtLeastRegressionFloors()
    {
        output.WriteFigures("round51", Round51.Value);
        Round51.Value.Recall.Should().BeGreaterThanOrEqualTo(RecallFloor, "round-51 misses are not listed, so that no rule is tuned on them");
        Round51.Value.Retention.Should().BeGreaterThanOrEqualTo(RetentionFloor, "round-51 losses are not listed either");
    }

    [Fact]
    public void Round51HeldOutSet_Shape_195PostsAnd730IdentifiersAnd55Clean()
    {
        GoldSetStructure.ShouldHaveShape(GoldFiles.LoadRound51(), 195, 730, 55, "r51-hand-", 125);
    }

    [Fact]
    public void Round51HeldOutSet_ClinicalTerms_NeverInsideAnIdentifier()
    {
        GoldSetStructure.ShouldKeepClinicalTermsOutsideIdentifiers(GoldFiles.LoadRound51());
    }

    [Fact]
    public void Round51HeldOutSet_HandWrittenPosts_MatchTheirMarkupFile()
    {
        GoldSetStructure.ShouldMatchHandWrittenFile(GoldFiles.LoadRound51(), "Round51", "r51-hand-");
    }
}
