using Sermo.Ingest.Anonymization;
using Xunit.Abstractions;

namespace Sermo.Ingest.Tests.Anonymization.Gold;

/// <summary>
/// Round 47's held-out set of issue #14 (Round47/: a seeded generator with templates of its own and hand-written
/// physician posts, typed by a helper who never opened the scrubber's code, word lists or model weights, nor an earlier
/// set's posts; about two thirds of the posts set among obstetrics, labour and delivery and newborns, psychiatry and
/// involuntary holds, addiction treatment, fishing, ports and the sea, casinos, festivals and amusement parks, and
/// wildland fire, forestry and logging), committed before it was scored (decision 302).
/// First score on main's scrubber (the set at b24840ae, 2026-12-07 04:01:16-04:08:30 UTC): recall 0.9003
/// (1,102 / 1,224), retention 0.9785 (456 / 466), 11 of 130 identifier-free posts changed.
/// Spent since decision 336 (tuning data like rounds 10-46): it prints its misses, losses and false hits as round 46's
/// set does.
/// </summary>
public sealed class Round47GoldSetEvaluationTests(ITestOutputHelper output)
{
    private static readonly Lazy<GoldScore> Round47 = new(() => GoldScore.Evaluate(ScrubAssertions.Scrubber, GoldFiles.LoadRound47()));

    /// <summary>A regression floor under main's scrubber's first score (0.9003, 1,102 / 1,224; 0.9003 - 0.03 rounded
    /// down to 0.01); issue #14's target is 0.995.</summary>
    public const double RecallFloor = 0.87;

    /// <summary>Main's scrubber kept 0.9785 (456 / 466), below issue #14's 0.99, so the floor is that figure rounded
    /// down to 0.01 rather than the target.</summary>
    public const double RetentionFloor = 0.97;

    /// <summary>A regression floor under the rules alone's first score (set from the rotation's round 47 fold, rules
    /// alone, before decision 336's rules: 0.8554, 1,047 / 1,224; the figure minus 0.03 rounded down to 0.01).</summary>
    public const double RulesOnlyRecallFloor = 0.82;

    [Fact]
    public void Round47HeldOutSet_IdentifierRecallAndRetention_AtLeastRegressionFloors()
    {
        output.WriteFigures("round47", Round47.Value);
        output.WriteMissesAndLosses(Round47.Value);
        Round47.Value.Recall.Should().BeGreaterThanOrEqualTo(RecallFloor, "a regression floor under main's first score");
        Round47.Value.Retention.Should().BeGreaterThanOrEqualTo(RetentionFloor, "a regression floor under main's first score");
    }

    /// <summary>The set scored by the rules alone: what the rules leave for the learned detector.</summary>
    [Fact]
    public void Round47Set_RulesOnly_PrintsMissesAtLeastRegressionFloor()
    {
        var rulesOnly = GoldScore.Evaluate(new PhiScrubber(model: null), GoldFiles.LoadRound47());
        output.WriteFigures("round47 rules only", rulesOnly);
        output.WriteMissesAndLosses(rulesOnly);
        rulesOnly.Recall.Should().BeGreaterThanOrEqualTo(RulesOnlyRecallFloor);
    }

    [Fact]
    public void Round47HeldOutSet_Shape_300PostsAnd1100IdentifiersAnd110Clean()
    {
        GoldSetStructure.ShouldHaveShape(GoldFiles.LoadRound47(), 300, 1100, 110, "r47-hand-", 150);
    }

    [Fact]
    public void Round47HeldOutSet_ClinicalTerms_NeverInsideAnIdentifier()
    {
        GoldSetStructure.ShouldKeepClinicalTermsOutsideIdentifiers(GoldFiles.LoadRound47());
    }

    [Fact]
    public void Round47HeldOutSet_HandWrittenPosts_MatchTheirMarkupFile()
    {
        GoldSetStructure.ShouldMatchHandWrittenFile(GoldFiles.LoadRound47(), "Round47", "r47-hand-");
    }
}
