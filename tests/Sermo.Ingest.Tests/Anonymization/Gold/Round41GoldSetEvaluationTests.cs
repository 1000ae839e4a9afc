using Xunit.Abstractions;

namespace Sermo.Ingest.Tests.Anonymization.Gold;

/// <summary>
/// Round 41's held-out set of issue #14 (Round41/: a seeded generator with templates of its own and hand-written
/// physician posts, typed by a helper who never opened the scrubber's code, word lists or model weights, nor an earlier
/// set's posts; about half the posts in deaths and after, billing and collections, travel emergencies, genetic
/// pedigrees and consumer DNA tests, adoption, foster care and donor conception, hospital IT, travel clinics and
/// small-town practice), committed before it was scored (decision 254).
/// It prints only its figures, never its misses, so that no rule is tuned on its sentences.
/// </summary>
public sealed class Round41GoldSetEvaluationTests(ITestOutputHelper output)
{
    private static readonly Lazy<GoldScore> Round41 = new(() => GoldScore.Evaluate(ScrubAssertions.Scrubber, GoldFiles.LoadRound41()));

    /// <summary>0 until the set has been scored once on main's scrubber (decision 254's order).</summary>
    public const double RecallFloor = 0;

    /// <summary>0 until the set has been scored once on main's scrubber (decision 254's order).</summary>
    public const double RetentionFloor = 0;

    [Fact]
    public void Round41HeldOutSet_IdentifierRecallAndRetention_AtLeastRegressionFloors()
    {
        output.WriteFigures("round41", Round41.Value);
        Round41.Value.Recall.Should().BeGreaterThanOrEqualTo(RecallFloor, "round-41 misses are not listed, so that no rule is tuned on them");
        Round41.Value.Retention.Should().BeGreaterThanOrEqualTo(RetentionFloor, "round-41 losses are not listed either");
    }

    [Fact]
    public void Round41HeldOutSet_Shape_300PostsAnd1100IdentifiersAnd120Clean()
    {
        GoldSetStructure.ShouldHaveShape(GoldFiles.LoadRound41(), 300, 1100, 120, "r41-hand-", 200);
    }

    [Fact]
    public void Round41HeldOutSet_ClinicalTerms_NeverInsideAnIdentifier()
    {
        GoldSetStructure.ShouldKeepClinicalTermsOutsideIdentifiers(GoldFiles.LoadRound41());
    }

    [Fact]
    public void Round41HeldOutSet_HandWrittenPosts_MatchTheirMarkupFile()
    {
        GoldSetStructure.ShouldMatchHandWrittenFile(GoldFiles.LoadRound41(), "Round41", "r41-hand-");
    }
}
