using Sermo.Ingest.Anonymization;
using Xunit.Abstractions;

namespace Sermo.Ingest.Tests.Anonymization.Gold;

/// <summary>
/// Round 51's held-out set of issue #14 (Round51/: a seeded generator with templates of its own and hand-written
/// physician posts, typed by a helper who never opened the scrubber's code, word lists or model weights, nor an earlier
/// set's posts; most posts set in recreational and technical diving with hyperbaric chambers, sailing and yacht clubs,
/// boarding schools, esports and game streaming, and chess and bridge clubs), committed before it was scored
/// (decision 344).
/// First score on main's scrubber (the set at 174a904b, 2026-12-07 16:41:00-16:47:53 UTC): recall 0.9191 (693 / 754),
/// retention 0.9916 (353 / 356), 1 of 60 identifier-free posts changed.
/// Spent since decision 385 (tuning data like rounds 10-50): it prints its misses, losses and false hits as round 50's
/// set does.
/// </summary>
public sealed class Round51GoldSetEvaluationTests(ITestOutputHelper output)
{
    private static readonly Lazy<GoldScore> Round51 = new(() => GoldScore.Evaluate(ScrubAssertions.Scrubber, GoldFiles.LoadRound51()));

    /// <summary>A regression floor under main's scrubber's first score (0.9191, 693 / 754; 0.9191 - 0.03 rounded
    /// down to 0.01); issue #14's target is 0.995.</summary>
    public const double RecallFloor = 0.88;

    /// <summary>Main's scrubber kept 353 of 356 terms (0.9916), above issue #14's 0.99, so the floor is the target.</summary>
    public const double RetentionFloor = 0.99;

    /// <summary>A regression floor under the rules alone's first score (set from the gold test's rules-only score of round 51, rules
    /// alone, before decision 385's rules: 0.8806, 664 / 754; the figure minus 0.03 rounded down to 0.01).</summary>
    public const double RulesOnlyRecallFloor = 0.85;

    [Fact]
    public void Round51HeldOutSet_IdentifierRecallAndRetention_AtLeastRegressionFloors()
    {
        output.WriteFigures("round51", Round51.Value);
        output.WriteMissesAndLosses(Round51.Value);
        Round51.Value.Recall.Should().BeGreaterThanOrEqualTo(RecallFloor, "a regression floor under main's first score");
        Round51.Value.Retention.Should().BeGreaterThanOrEqualTo(RetentionFloor, "issue #14's target, which main's first score met");
    }

    /// <summary>The set scored by the rules alone: what the rules leave for the learned detector.</summary>
    [Fact]
    public void Round51Set_RulesOnly_PrintsMissesAtLeastRegressionFloor()
    {
        var rulesOnly = GoldScore.Evaluate(new PhiScrubber(model: null), GoldFiles.LoadRound51());
        output.WriteFigures("round51 rules only", rulesOnly);
        output.WriteMissesAndLosses(rulesOnly);
        rulesOnly.Recall.Should().BeGreaterThanOrEqualTo(RulesOnlyRecallFloor);
    }

    [Fact]
    public void Round51HeldOutSet_Shape_195PostsAnd730IdentifiersAnd55Clean()
    {
        GoldSetStructure.ShouldHaveShape(GoldFiles.LoadRound51(), 195, 730, 55, "r51-hand-", 125);
    }

    [Fact]
    public void Round51HeldOutSet_ClinicalTerms_NeverInsideAnIdentifier()
    {
        GoldSetStructure.ShouldKeepClinicalTermsOutsideIdentifiers(GoldFiles.LoadRound51());
    }

    [Fact]
    public void Round51HeldOutSet_HandWrittenPosts_MatchTheirMarkupFile()
    {
        GoldSetStructure.ShouldMatchHandWrittenFile(GoldFiles.LoadRound51(), "Round51", "r51-hand-");
    }
}
