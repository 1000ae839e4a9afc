using Sermo.Ingest.Anonymization;
using Xunit.Abstractions;

namespace Sermo.Ingest.Tests.Anonymization.Gold;

/// <summary>
/// Round 46's held-out set of issue #14 (Round46/: a seeded generator with templates of its own and hand-written
/// physician posts, typed by a helper who never opened the scrubber's code, word lists or model weights, nor an earlier
/// set's posts; about half the posts set among public health and contact tracing, blood banks and transfusion, pharma
/// reps and CME, medical education and the match, global health and mission trips, dentistry and facial trauma, and
/// military and veterans' care), committed before it was scored (decision 294).
/// First score on main's scrubber (the set at 5604b278, 2026-12-07 01:00:15-01:04:33 UTC): recall 0.8575
/// (1,101 / 1,284), retention 0.9755 (477 / 489), 16 of 129 identifier-free posts changed.
/// Held out in round 46 and scored after it by the lead; since round 49 it is tuning data (decision 325), so it prints
/// its misses, losses and false hits as round 45's set does.
/// </summary>
public sealed class Round46GoldSetEvaluationTests(ITestOutputHelper output)
{
    private static readonly Lazy<GoldScore> Round46 = new(() => GoldScore.Evaluate(ScrubAssertions.Scrubber, GoldFiles.LoadRound46()));

    /// <summary>A regression floor under main's scrubber's first score (0.8575, 1,101 / 1,284; 0.8575 - 0.03 rounded
    /// down to 0.01); issue #14's target is 0.995.</summary>
    public const double RecallFloor = 0.82;

    /// <summary>Main's scrubber kept 0.9755 (477 / 489), below issue #14's 0.99, so the floor is that figure rounded
    /// down to 0.01 rather than the target.</summary>
    public const double RetentionFloor = 0.97;

    /// <summary>A regression floor under the rules alone's first score (set from the rotation's round 46 fold, rules
    /// alone, before decision 325's rules: 0.8078, 1,038 / 1,285; the figure minus 0.03 rounded down to 0.01).</summary>
    public const double RulesOnlyRecallFloor = 0.77;

    [Fact]
    public void Round46HeldOutSet_IdentifierRecallAndRetention_AtLeastRegressionFloors()
    {
        output.WriteFigures("round46", Round46.Value);
        output.WriteMissesAndLosses(Round46.Value);
        Round46.Value.Recall.Should().BeGreaterThanOrEqualTo(RecallFloor, "a regression floor; the set is tuning data since round 49");
        Round46.Value.Retention.Should().BeGreaterThanOrEqualTo(RetentionFloor, "a regression floor under main's first score");
    }

    /// <summary>The set scored by the rules alone: what the rules leave for the learned detector.</summary>
    [Fact]
    public void Round46Set_RulesOnly_PrintsMissesAtLeastRegressionFloor()
    {
        var rulesOnly = GoldScore.Evaluate(new PhiScrubber(model: null), GoldFiles.LoadRound46());
        output.WriteFigures("round46 rules only", rulesOnly);
        output.WriteMissesAndLosses(rulesOnly);
        rulesOnly.Recall.Should().BeGreaterThanOrEqualTo(RulesOnlyRecallFloor);
    }

    [Fact]
    public void Round46HeldOutSet_Shape_300PostsAnd1100IdentifiersAnd110Clean()
    {
        GoldSetStructure.ShouldHaveShape(GoldFiles.LoadRound46(), 300, 1100, 110, "r46-hand-", 150);
    }

    [Fact]
    public void Round46HeldOutSet_ClinicalTerms_NeverInsideAnIdentifier()
    {
        GoldSetStructure.ShouldKeepClinicalTermsOutsideIdentifiers(GoldFiles.LoadRound46());
    }

    [Fact]
    public void Round46HeldOutSet_HandWrittenPosts_MatchTheirMarkupFile()
    {
        GoldSetStructure.ShouldMatchHandWrittenFile(GoldFiles.LoadRound46(), "Round46", "r46-hand-");
    }
}
