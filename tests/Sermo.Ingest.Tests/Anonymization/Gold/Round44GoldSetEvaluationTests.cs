using Xunit.Abstractions;

namespace Sermo.Ingest.Tests.Anonymization.Gold;

/// <summary>
/// Round 44's held-out set of issue #14 (Round44/: a seeded generator with templates of its own and hand-written
/// physician posts, typed by a helper who never opened the scrubber's code, word lists or model weights, nor an earlier
/// set's posts; about half the posts set among physicians outside the US, road crashes, farms and ranches, the outdoors
/// and search and rescue, elite and college sport, clubs and lodges, psychiatric holds and group homes, and case
/// reports and publishing), committed before it was scored (decision 275).
/// It prints only its figures, never its misses, so that no rule is tuned on its sentences.
/// </summary>
public sealed class Round44GoldSetEvaluationTests(ITestOutputHelper output)
{
    private static readonly Lazy<GoldScore> Round44 = new(() => GoldScore.Evaluate(ScrubAssertions.Scrubber, GoldFiles.LoadRound44()));

    /// <summary>Zero until main's scrubber has scored the set once (decision 275 sets it in the next commit).</summary>
    public const double RecallFloor = 0;

    /// <summary>Zero until main's scrubber has scored the set once.</summary>
    public const double RetentionFloor = 0;

    [Fact]
    public void Round44HeldOutSet_IdentifierRecallAndRetention_AtLeastRegressionFloors()
    {
        output.WriteFigures("round44", Round44.Value);
        Round44.Value.Recall.Should().BeGreaterThanOrEqualTo(RecallFloor, "round-44 misses are not listed, so that no rule is tuned on them");
        Round44.Value.Retention.Should().BeGreaterThanOrEqualTo(RetentionFloor, "round-44 losses are not listed either");
    }

    [Fact]
    public void Round44HeldOutSet_Shape_300PostsAnd1100IdentifiersAnd120Clean()
    {
        GoldSetStructure.ShouldHaveShape(GoldFiles.LoadRound44(), 300, 1100, 120, "r44-hand-", 200);
    }

    [Fact]
    public void Round44HeldOutSet_ClinicalTerms_NeverInsideAnIdentifier()
    {
        GoldSetStructure.ShouldKeepClinicalTermsOutsideIdentifiers(GoldFiles.LoadRound44());
    }

    [Fact]
    public void Round44HeldOutSet_HandWrittenPosts_MatchTheirMarkupFile()
    {
        GoldSetStructure.ShouldMatchHandWrittenFile(GoldFiles.LoadRound44(), "Round44", "r44-hand-");
    }
}
