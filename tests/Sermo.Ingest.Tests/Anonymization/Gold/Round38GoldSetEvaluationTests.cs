using Xunit.Abstractions;

namespace Sermo.Ingest.Tests.Anonymization.Gold;

/// <summary>
/// Round 38's held-out set of issue #14 (Round38/: a seeded generator with templates of its own and hand-written
/// physician posts, typed by a helper who never opened the scrubber's code, word lists or model weights, nor an earlier
/// set's posts; over half ordinary case posts, and about a third in settings earlier sets did not centre on: tribal
/// nations, pueblos and IHS clinics, firefighters, police and EMS, meatpacking, poultry plants and restaurant kitchens,
/// warehouses and distribution yards, mobile-home parks and public housing, stores, salons and barbershops, endurance
/// races and combat sports, school and college athletics, senior centres and Meals on Wheels, orchestras, choirs and
/// touring bands, workers' compensation and disability claims, call centres and remote IT, and pilots and ham radio),
/// committed before it was scored (decision 231).
/// It prints only its figures, never its misses, so that no rule is tuned on its sentences.
/// </summary>
public sealed class Round38GoldSetEvaluationTests(ITestOutputHelper output)
{
    private static readonly Lazy<GoldScore> Round38 = new(() => GoldScore.Evaluate(ScrubAssertions.Scrubber, GoldFiles.LoadRound38()));

    /// <summary>No floor until the set has been scored once on main's scrubber (decision 231 sets it after).</summary>
    public const double RecallFloor = 0;

    /// <summary>No floor until the set has been scored once (decision 231).</summary>
    public const double RetentionFloor = 0;

    [Fact]
    public void Round38HeldOutSet_IdentifierRecallAndRetention_AtLeastRegressionFloors()
    {
        output.WriteFigures("round38", Round38.Value);
        Round38.Value.Recall.Should().BeGreaterThanOrEqualTo(RecallFloor, "round-38 misses are not listed, so that no rule is tuned on them");
        Round38.Value.Retention.Should().BeGreaterThanOrEqualTo(RetentionFloor, "round-38 losses are not listed either");
    }

    [Fact]
    public void Round38HeldOutSet_Shape_300PostsAnd1000IdentifiersAnd120Clean()
    {
        GoldSetStructure.ShouldHaveShape(GoldFiles.LoadRound38(), 300, 1000, 120, "r38-hand-", 180);
    }

    [Fact]
    public void Round38HeldOutSet_ClinicalTerms_NeverInsideAnIdentifier()
    {
        GoldSetStructure.ShouldKeepClinicalTermsOutsideIdentifiers(GoldFiles.LoadRound38());
    }

    [Fact]
    public void Round38HeldOutSet_HandWrittenPosts_MatchTheirMarkupFile()
    {
        GoldSetStructure.ShouldMatchHandWrittenFile(GoldFiles.LoadRound38(), "Round38", "r38-hand-");
    }
}
