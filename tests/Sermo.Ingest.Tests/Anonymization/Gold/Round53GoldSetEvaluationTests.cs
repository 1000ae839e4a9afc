using Xunit.Abstractions;

namespace Sermo.Ingest.Tests.Anonymization.Gold;

/// <summary>
/// Round 53's held-out set of issue #14 (Round53/: a seeded generator with templates of its own and hand-written
/// physician posts, typed by a helper who never opened the scrubber's code, word lists or model weights, nor an earlier
/// set's posts; most posts set on river towboats, barges and locks, motorsport pit crews and dirt tracks, lighthouses
/// and coast guard stations, farmers' markets, and glassblowing studios, forges and potteries), committed before it
/// was scored (decision 371).
/// First score on main's scrubber (the set at 177bd6a0, 2026-12-07 22:57:11-23:07:16 UTC): recall 0.8593 (568 / 661),
/// retention 0.9965 (287 / 288), 0 of 53 identifier-free posts changed.
/// It prints only its figures, never its misses, so that no rule is tuned on its sentences.
/// </summary>
public sealed class Round53GoldSetEvaluationTests(ITestOutputHelper output)
{
    private static readonly Lazy<GoldScore> Round53 = new(() => GoldScore.Evaluate(ScrubAssertions.Scrubber, GoldFiles.LoadRound53()));

    /// <summary>A regression floor under main's scrubber's first score (0.8593, 568 / 661; 0.8593 - 0.03 rounded
    /// down to 0.01); issue #14's target is 0.995.</summary>
    public const double RecallFloor = 0.82;

    /// <summary>Main's scrubber kept 287 of 288 terms (0.9965), at or above issue #14's 0.99, so the floor is the target.</summary>
    public const double RetentionFloor = 0.99;

    [Fact]
    public void Round53HeldOutSet_IdentifierRecallAndRetention_AtLeastRegressionFloors()
    {
        output.WriteFigures("round53", Round53.Value);
        Round53.Value.Recall.Should().BeGreaterThanOrEqualTo(RecallFloor, "round-53 misses are not listed, so that no rule is tuned on them");
        Round53.Value.Retention.Should().BeGreaterThanOrEqualTo(RetentionFloor, "round-53 losses are not listed either");
    }

    [Fact]
    public void Round53HeldOutSet_Shape_170PostsAnd640IdentifiersAnd50Clean()
    {
        GoldSetStructure.ShouldHaveShape(GoldFiles.LoadRound53(), 170, 640, 50, "r53-hand-", 110);
    }

    [Fact]
    public void Round53HeldOutSet_ClinicalTerms_NeverInsideAnIdentifier()
    {
        GoldSetStructure.ShouldKeepClinicalTermsOutsideIdentifiers(GoldFiles.LoadRound53());
    }

    [Fact]
    public void Round53HeldOutSet_HandWrittenPosts_MatchTheirMarkupFile()
    {
        GoldSetStructure.ShouldMatchHandWrittenFile(GoldFiles.LoadRound53(), "Round53", "r53-hand-");
    }
}
