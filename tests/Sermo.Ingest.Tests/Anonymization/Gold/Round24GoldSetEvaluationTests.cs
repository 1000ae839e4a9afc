using Sermo.Ingest.Anonymization;
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
/// dental and eye practices), committed before it was scored (decision 161). Held out in round 24 and scored before it
/// by the lead (0.8615; 0.8653 on main e9bc892 after it); since round 25 it is tuning data (decision 167), so it prints
/// its misses and losses as round 23's set does.
/// </summary>
public sealed class Round24GoldSetEvaluationTests(ITestOutputHelper output)
{
    private static readonly Lazy<GoldScore> Round24 = new(() => GoldScore.Evaluate(ScrubAssertions.Scrubber, GoldFiles.LoadRound24()));

    /// <summary>A regression floor under the first score on main's scrubber (0.8615, 1,113 / 1,292); issue #14's target is 0.995.</summary>
    public const double RecallFloor = 0.84;

    /// <summary>A regression floor under the first score (0.9981, 526 / 527); issue #14's target is 0.99.</summary>
    public const double RetentionFloor = 0.99;

    /// <summary>A regression floor under the rules alone's first score (0.7933, 1,025 / 1,292).</summary>
    public const double RulesOnlyRecallFloor = 0.77;

    [Fact]
    public void Round24HeldOutSet_IdentifierRecallAndRetention_AtLeastRegressionFloors()
    {
        output.WriteFigures("round24", Round24.Value);
        output.WriteMissesAndLosses(Round24.Value);
        Round24.Value.Recall.Should().BeGreaterThanOrEqualTo(RecallFloor, "a regression floor; the set is tuning data since round 25");
        Round24.Value.Retention.Should().BeGreaterThanOrEqualTo(RetentionFloor, "a regression floor under the first score");
    }

    /// <summary>The set scored by the rules alone: what the rules leave for the learned detector.</summary>
    [Fact]
    public void Round24Set_RulesOnly_PrintsMissesAtLeastRegressionFloor()
    {
        var rulesOnly = GoldScore.Evaluate(new PhiScrubber(model: null), GoldFiles.LoadRound24());
        output.WriteFigures("round24 rules only", rulesOnly);
        output.WriteMissesAndLosses(rulesOnly);
        rulesOnly.Recall.Should().BeGreaterThanOrEqualTo(RulesOnlyRecallFloor);
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
