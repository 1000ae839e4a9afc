using Sermo.Ingest.Anonymization;
using Xunit.Abstractions;

namespace Sermo.Ingest.Tests.Anonymization.Gold;

/// <summary>
/// Round 44's held-out set of issue #14 (Round44/: a seeded generator with templates of its own and hand-written
/// physician posts, typed by a helper who never opened the scrubber's code, word lists or model weights, nor an earlier
/// set's posts; about half the posts set among physicians outside the US, road crashes, farms and ranches, the outdoors
/// and search and rescue, elite and college sport, clubs and lodges, psychiatric holds and group homes, and case
/// reports and publishing), committed before it was scored (decision 275).
/// First score on main's scrubber (f1aeafff + the set at 06d37622, 2026-12-06 18:56:39-19:00:43 UTC): recall 0.8662
/// (1,126 / 1,300), retention 0.9927 (409 / 412), 20 of 133 identifier-free posts changed.
/// Held out in round 44 and scored after it by the lead; since round 47 it is tuning data (decision 304), so it prints
/// its misses, losses and false hits as round 43's set does.
/// </summary>
public sealed class Round44GoldSetEvaluationTests(ITestOutputHelper output)
{
    private static readonly Lazy<GoldScore> Round44 = new(() => GoldScore.Evaluate(ScrubAssertions.Scrubber, GoldFiles.LoadRound44()));

    /// <summary>A regression floor under main's scrubber's first score (0.8662, 1,126 / 1,300; 0.8662 - 0.03 rounded
    /// down to 0.01); issue #14's target is 0.995.</summary>
    public const double RecallFloor = 0.83;

    /// <summary>Main's scrubber kept 0.9927 (409 / 412), above issue #14's 0.99, so the floor is the target.</summary>
    public const double RetentionFloor = 0.99;

    /// <summary>A regression floor under the rules alone's first score (0.8041, 1,051 / 1,307; from the rotation's round 44
    /// fold, rules alone, before decision 304's rules; 0.8041 - 0.03 rounded down to 0.01).</summary>
    public const double RulesOnlyRecallFloor = 0.77;

    [Fact]
    public void Round44HeldOutSet_IdentifierRecallAndRetention_AtLeastRegressionFloors()
    {
        output.WriteFigures("round44", Round44.Value);
        output.WriteMissesAndLosses(Round44.Value);
        Round44.Value.Recall.Should().BeGreaterThanOrEqualTo(RecallFloor, "a regression floor; the set is tuning data since round 47");
        Round44.Value.Retention.Should().BeGreaterThanOrEqualTo(RetentionFloor, "a regression floor under main's first score");
    }

    /// <summary>The set scored by the rules alone: what the rules leave for the learned detector.</summary>
    [Fact]
    public void Round44Set_RulesOnly_PrintsMissesAtLeastRegressionFloor()
    {
        var rulesOnly = GoldScore.Evaluate(new PhiScrubber(model: null), GoldFiles.LoadRound44());
        output.WriteFigures("round44 rules only", rulesOnly);
        output.WriteMissesAndLosses(rulesOnly);
        rulesOnly.Recall.Should().BeGreaterThanOrEqualTo(RulesOnlyRecallFloor);
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
