using Xunit.Abstractions;

namespace Sermo.Ingest.Tests.Anonymization.Gold;

/// <summary>
/// Round 24's held-out set of issue #14 (Round24/: a seeded generator with templates of its own and hand-written
/// physician posts, typed by a helper who never opened the scrubber's code, word lists or model weights, nor an earlier
/// set's posts; over half ordinary case posts, and over a quarter in settings earlier sets did not centre on: refugee,
/// asylum and immigration-detention care (alien registration numbers, case workers, camps), closed religious
/// communities (Amish and Mennonite districts, Hutterite colonies, Orthodox neighbourhoods), maritime, offshore and
/// aviation medicine (vessels, rigs, flight and tail numbers), athletes and public figures, student health, LGBTQ+ care
/// (chosen beside legal names), billing and payer disputes (claim, authorisation, NPI and DEA numbers) and dermatology,
/// dental and eye practices), committed before it was scored (decision 161). It prints only its figures, never its
/// misses, so that no rule is tuned on its sentences.
/// </summary>
public sealed class Round24GoldSetEvaluationTests(ITestOutputHelper output)
{
    private static readonly Lazy<GoldScore> Round24 = new(() => GoldScore.Evaluate(ScrubAssertions.Scrubber, GoldFiles.LoadRound24()));

    /// <summary>A regression floor under the first score on main's scrubber (0.8615, 1,113 / 1,292); issue #14's target is 0.995.</summary>
    public const double RecallFloor = 0.84;

    /// <summary>A regression floor under the first score (0.9981, 526 / 527); issue #14's target is 0.99.</summary>
    public const double RetentionFloor = 0.99;

    [Fact]
    public void Round24HeldOutSet_IdentifierRecallAndRetention_AtLeastRegressionFloors()
    {
        output.WriteFigures("round24", Round24.Value);
        Round24.Value.Recall.Should().BeGreaterThanOrEqualTo(RecallFloor, "round-24 misses are not listed, so that no rule is tuned on them");
        Round24.Value.Retention.Should().BeGreaterThanOrEqualTo(RetentionFloor, "round-24 losses are not listed either");
    }

    [Fact]
    public void Round24HeldOutSet_Shape_394PostsAnd1250IdentifiersAnd140Clean()
    {
        GoldSetStructure.ShouldHaveShape(GoldFiles.LoadRound24(), 394, 1250, 140, "r24-hand-", 200);
    }

    [Fact]
    public void Round24HeldOutSet_ClinicalTerms_NeverInsideAnIdentifier()
    {
        GoldSetStructure.ShouldKeepClinicalTermsOutsideIdentifiers(GoldFiles.LoadRound24());
    }

    [Fact]
    public void Round24HeldOutSet_HandWrittenPosts_MatchTheirMarkupFile()
    {
        GoldSetStructure.ShouldMatchHandWrittenFile(GoldFiles.LoadRound24(), "Round24", "r24-hand-");
    }
}
