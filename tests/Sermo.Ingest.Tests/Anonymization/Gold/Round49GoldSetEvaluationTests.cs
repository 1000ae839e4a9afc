using Sermo.Ingest.Anonymization;
using Xunit.Abstractions;

namespace Sermo.Ingest.Tests.Anonymization.Gold;

/// <summary>
/// Round 49's held-out set of issue #14 (Round49/: a seeded generator with templates of its own and hand-written
/// physician posts, typed by a helper who never opened the scrubber's code, word lists or model weights, nor an earlier
/// set's posts; about two thirds of the posts set among polar and remote field science, the postal service, ballet,
/// dance and circus companies, wineries, breweries and distilleries, tree care and nurseries, and the Deaf community),
/// committed before it was scored (decision 323).
/// First score on main's scrubber (the set at e33da6c0, 2026-12-07 10:24:03-10:30:58 UTC): recall 0.8791
/// (1,149 / 1,307), retention 0.9866 (369 / 374), 5 of 124 identifier-free posts changed.
/// Spent since decision 358 (tuning data like rounds 10-48): it prints its misses, losses and false hits as round 48's
/// set does.
/// </summary>
public sealed class Round49GoldSetEvaluationTests(ITestOutputHelper output)
{
    private static readonly Lazy<GoldScore> Round49 = new(() => GoldScore.Evaluate(ScrubAssertions.Scrubber, GoldFiles.LoadRound49()));

    /// <summary>A regression floor under main's scrubber's first score (0.8791, 1,149 / 1,307; 0.8791 - 0.03 rounded
    /// down to 0.01); issue #14's target is 0.995.</summary>
    public const double RecallFloor = 0.84;

    /// <summary>Main's scrubber kept 0.9866 (369 / 374), below issue #14's 0.99, so the floor is that figure rounded
    /// down to 0.01 rather than the target.</summary>
    public const double RetentionFloor = 0.98;

    /// <summary>A regression floor under the rules alone's first score (set from the gold test's rules-only score of round 49, rules
    /// alone, before decision 358's rules: 0.8347, 1,091 / 1,307; the figure minus 0.03 rounded down to 0.01).</summary>
    public const double RulesOnlyRecallFloor = 0.80;

    [Fact]
    public void Round49HeldOutSet_IdentifierRecallAndRetention_AtLeastRegressionFloors()
    {
        output.WriteFigures("round49", Round49.Value);
        output.WriteMissesAndLosses(Round49.Value);
        Round49.Value.Recall.Should().BeGreaterThanOrEqualTo(RecallFloor, "a regression floor under main's first score");
        Round49.Value.Retention.Should().BeGreaterThanOrEqualTo(RetentionFloor, "a regression floor under main's first score");
    }

    /// <summary>The set scored by the rules alone: what the rules leave for the learned detector.</summary>
    [Fact]
    public void Round49Set_RulesOnly_PrintsMissesAtLeastRegressionFloor()
    {
        var rulesOnly = GoldScore.Evaluate(new PhiScrubber(model: null), GoldFiles.LoadRound49());
        output.WriteFigures("round49 rules only", rulesOnly);
        output.WriteMissesAndLosses(rulesOnly);
        rulesOnly.Recall.Should().BeGreaterThanOrEqualTo(RulesOnlyRecallFloor);
    }

    [Fact]
    public void Round49HeldOutSet_Shape_290PostsAnd1200IdentifiersAnd120Clean()
    {
        GoldSetStructure.ShouldHaveShape(GoldFiles.LoadRound49(), 290, 1200, 120, "r49-hand-", 190);
    }

    [Fact]
    public void Round49HeldOutSet_ClinicalTerms_NeverInsideAnIdentifier()
    {
        GoldSetStructure.ShouldKeepClinicalTermsOutsideIdentifiers(GoldFiles.LoadRound49());
    }

    [Fact]
    public void Round49HeldOutSet_HandWrittenPosts_MatchTheirMarkupFile()
    {
        GoldSetStructure.ShouldMatchHandWrittenFile(GoldFiles.LoadRound49(), "Round49", "r49-hand-");
    }
}
