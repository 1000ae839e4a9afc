using Sermo.Ingest.Anonymization;
using Xunit.Abstractions;

namespace Sermo.Ingest.Tests.Anonymization.Gold;

/// <summary>
/// Round 43's held-out set of issue #14 (Round43/: a seeded generator with templates of its own and hand-written
/// physician posts, typed by a helper who never opened the scrubber's code, word lists or model weights, nor an earlier
/// set's posts; about half the posts in nursing homes and long-term care, dialysis units, schools and daycare,
/// immigrant, refugee and asylum health, EMS and air medical transfers, social media, domestic violence and child or
/// elder protection, and retail and compounding pharmacies), committed before it was scored (decision 266).
/// First score on main's scrubber (85f4c0a4 + the set at 0b6bc51d, 2026-12-06 15:52:25-15:55:31 UTC): recall 0.8654
/// (1,119 / 1,293), retention 0.9911 (334 / 337), 13 of 137 identifier-free posts changed.
/// Held out in round 43 and scored after it by the lead; since round 46 it is tuning data (decision 296), so it prints
/// its misses, losses and false hits as round 42's set does.
/// </summary>
public sealed class Round43GoldSetEvaluationTests(ITestOutputHelper output)
{
    private static readonly Lazy<GoldScore> Round43 = new(() => GoldScore.Evaluate(ScrubAssertions.Scrubber, GoldFiles.LoadRound43()));

    /// <summary>A regression floor under main's scrubber's first score (0.8654, 1,119 / 1,293; 0.8654 - 0.03 rounded
    /// down to 0.01); issue #14's target is 0.995.</summary>
    public const double RecallFloor = 0.83;

    /// <summary>Main's scrubber kept 0.9911 (334 / 337), above issue #14's 0.99, so the floor is the target.</summary>
    public const double RetentionFloor = 0.99;

    /// <summary>A regression floor under the rules alone's first score (0.8161, 1,056 / 1,294; from the rotation's round 43
    /// fold, rules alone, 01472e3d; 0.8161 - 0.03 rounded down to 0.01).</summary>
    public const double RulesOnlyRecallFloor = 0.78;

    [Fact]
    public void Round43HeldOutSet_IdentifierRecallAndRetention_AtLeastRegressionFloors()
    {
        output.WriteFigures("round43", Round43.Value);
        output.WriteMissesAndLosses(Round43.Value);
        Round43.Value.Recall.Should().BeGreaterThanOrEqualTo(RecallFloor, "a regression floor; the set is tuning data since round 46");
        Round43.Value.Retention.Should().BeGreaterThanOrEqualTo(RetentionFloor, "a regression floor under main's first score");
    }

    /// <summary>The set scored by the rules alone: what the rules leave for the learned detector.</summary>
    [Fact]
    public void Round43Set_RulesOnly_PrintsMissesAtLeastRegressionFloor()
    {
        var rulesOnly = GoldScore.Evaluate(new PhiScrubber(model: null), GoldFiles.LoadRound43());
        output.WriteFigures("round43 rules only", rulesOnly);
        output.WriteMissesAndLosses(rulesOnly);
        rulesOnly.Recall.Should().BeGreaterThanOrEqualTo(RulesOnlyRecallFloor);
    }

    [Fact]
    public void Round43HeldOutSet_Shape_300PostsAnd1100IdentifiersAnd120Clean()
    {
        GoldSetStructure.ShouldHaveShape(GoldFiles.LoadRound43(), 300, 1100, 120, "r43-hand-", 200);
    }

    [Fact]
    public void Round43HeldOutSet_ClinicalTerms_NeverInsideAnIdentifier()
    {
        GoldSetStructure.ShouldKeepClinicalTermsOutsideIdentifiers(GoldFiles.LoadRound43());
    }

    [Fact]
    public void Round43HeldOutSet_HandWrittenPosts_MatchTheirMarkupFile()
    {
        GoldSetStructure.ShouldMatchHandWrittenFile(GoldFiles.LoadRound43(), "Round43", "r43-hand-");
    }
}
