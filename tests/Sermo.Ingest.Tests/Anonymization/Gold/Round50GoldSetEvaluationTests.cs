using Sermo.Ingest.Anonymization;
using Xunit.Abstractions;

namespace Sermo.Ingest.Tests.Anonymization.Gold;

/// <summary>
/// Round 50's held-out set of issue #14 (Round50/: a seeded generator with templates of its own and hand-written
/// physician posts, typed by a helper who never opened the scrubber's code, word lists or model weights, nor an earlier
/// set's posts; most posts set among museums and archives, wildlife rehabilitation, embassies and the foreign service,
/// apiaries and beekeeping, archaeological digs and field schools, and newsrooms and broadcasters), committed before it
/// was scored (decision 334).
/// First score on main's scrubber (the set at abd5169c, 2026-12-07 13:45:20-13:54:40 UTC): recall 0.8497 (390 / 459),
/// retention 1.0000 (133 / 133), 0 of 34 identifier-free posts changed.
/// Spent since decision 373 (tuning data like rounds 10-49): it prints its misses, losses and false hits as round 49's
/// set does.
/// </summary>
public sealed class Round50GoldSetEvaluationTests(ITestOutputHelper output)
{
    private static readonly Lazy<GoldScore> Round50 = new(() => GoldScore.Evaluate(ScrubAssertions.Scrubber, GoldFiles.LoadRound50()));

    /// <summary>A regression floor under main's scrubber's first score (0.8497, 390 / 459; 0.8497 - 0.03 rounded
    /// down to 0.01); issue #14's target is 0.995.</summary>
    public const double RecallFloor = 0.81;

    /// <summary>Main's scrubber kept every term (133 / 133), above issue #14's 0.99, so the floor is the target.</summary>
    public const double RetentionFloor = 0.99;

    /// <summary>A regression floor under the rules alone's first score (set from the gold test's rules-only score of round 50, rules
    /// alone, before decision 373's rules: 0.8105, 372 / 459; the figure minus 0.03 rounded down to 0.01).</summary>
    public const double RulesOnlyRecallFloor = 0.78;

    [Fact]
    public void Round50HeldOutSet_IdentifierRecallAndRetention_AtLeastRegressionFloors()
    {
        output.WriteFigures("round50", Round50.Value);
        output.WriteMissesAndLosses(Round50.Value);
        Round50.Value.Recall.Should().BeGreaterThanOrEqualTo(RecallFloor, "a regression floor under main's first score");
        Round50.Value.Retention.Should().BeGreaterThanOrEqualTo(RetentionFloor, "issue #14's target, which main's first score met");
    }

    /// <summary>The set scored by the rules alone: what the rules leave for the learned detector.</summary>
    [Fact]
    public void Round50Set_RulesOnly_PrintsMissesAtLeastRegressionFloor()
    {
        var rulesOnly = GoldScore.Evaluate(new PhiScrubber(model: null), GoldFiles.LoadRound50());
        output.WriteFigures("round50 rules only", rulesOnly);
        output.WriteMissesAndLosses(rulesOnly);
        rulesOnly.Recall.Should().BeGreaterThanOrEqualTo(RulesOnlyRecallFloor);
    }

    [Fact]
    public void Round50HeldOutSet_Shape_100PostsAnd440IdentifiersAnd30Clean()
    {
        GoldSetStructure.ShouldHaveShape(GoldFiles.LoadRound50(), 100, 440, 30, "r50-hand-", 70);
    }

    [Fact]
    public void Round50HeldOutSet_ClinicalTerms_NeverInsideAnIdentifier()
    {
        GoldSetStructure.ShouldKeepClinicalTermsOutsideIdentifiers(GoldFiles.LoadRound50());
    }

    [Fact]
    public void Round50HeldOutSet_HandWrittenPosts_MatchTheirMarkupFile()
    {
        GoldSetStructure.ShouldMatchHandWrittenFile(GoldFiles.LoadRound50(), "Round50", "r50-hand-");
    }
}
