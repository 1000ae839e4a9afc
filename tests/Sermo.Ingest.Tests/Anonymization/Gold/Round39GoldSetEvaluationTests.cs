using Xunit.Abstractions;

namespace Sermo.Ingest.Tests.Anonymization.Gold;

/// <summary>
/// Round 39's held-out set of issue #14 (Round39/: a seeded generator with templates of its own and hand-written
/// physician posts, typed by a helper who never opened the scrubber's code, word lists or model weights, nor an earlier
/// set's posts; about 60% case posts, and over a third in settings earlier sets did not centre on: churches, parishes,
/// mosques, synagogues, temples and plain communities, universities, student health and research labs, funeral homes,
/// medical examiners and organ procurement, banks, billing and collections, rideshare, delivery and gig work, genetic
/// testing and pedigrees, cruise ships, airports and expats, summer camps, scouting and youth leagues, and construction
/// sites and utilities), committed before it was scored (decision 239).
/// It prints only its figures, never its misses, so that no rule is tuned on its sentences.
/// </summary>
public sealed class Round39GoldSetEvaluationTests(ITestOutputHelper output)
{
    private static readonly Lazy<GoldScore> Round39 = new(() => GoldScore.Evaluate(ScrubAssertions.Scrubber, GoldFiles.LoadRound39()));

    /// <summary>0 until the set has been scored once (decision 239); the floor follows in the next commit.</summary>
    public const double RecallFloor = 0;

    /// <summary>0 until the set has been scored once (decision 239).</summary>
    public const double RetentionFloor = 0;

    [Fact]
    public void Round39HeldOutSet_IdentifierRecallAndRetention_AtLeastRegressionFloors()
    {
        output.WriteFigures("round39", Round39.Value);
        Round39.Value.Recall.Should().BeGreaterThanOrEqualTo(RecallFloor, "round-39 misses are not listed, so that no rule is tuned on them");
        Round39.Value.Retention.Should().BeGreaterThanOrEqualTo(RetentionFloor, "round-39 losses are not listed either");
    }

    [Fact]
    public void Round39HeldOutSet_Shape_300PostsAnd1100IdentifiersAnd110Clean()
    {
        GoldSetStructure.ShouldHaveShape(GoldFiles.LoadRound39(), 300, 1100, 110, "r39-hand-", 200);
    }

    [Fact]
    public void Round39HeldOutSet_ClinicalTerms_NeverInsideAnIdentifier()
    {
        GoldSetStructure.ShouldKeepClinicalTermsOutsideIdentifiers(GoldFiles.LoadRound39());
    }

    [Fact]
    public void Round39HeldOutSet_HandWrittenPosts_MatchTheirMarkupFile()
    {
        GoldSetStructure.ShouldMatchHandWrittenFile(GoldFiles.LoadRound39(), "Round39", "r39-hand-");
    }
}
