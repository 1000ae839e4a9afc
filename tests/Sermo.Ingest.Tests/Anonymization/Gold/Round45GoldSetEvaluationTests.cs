using Sermo.Ingest.Anonymization;
using Xunit.Abstractions;

namespace Sermo.Ingest.Tests.Anonymization.Gold;

/// <summary>
/// Round 45's held-out set of issue #14 (Round45/: a seeded generator with templates of its own and hand-written
/// physician posts, typed by a helper who never opened the scrubber's code, word lists or model weights, nor an earlier
/// set's posts; about half the posts set among malpractice, litigation and boards, genetics and families, hospital IT
/// and security, locums and recruiting, animal bites and zoonoses, aviation and DOT exams, hospital administration and
/// unions, and home visits and home health), committed before it was scored (decision 285).
/// First score on main's scrubber (the set at a16dcb4d, 2026-12-06 22:04:07-22:10:51 UTC): recall 0.8541
/// (1,019 / 1,193), retention 0.9819 (380 / 387), 16 of 134 identifier-free posts changed.
/// Held out in round 45 and scored after it by the lead; since round 48 it is tuning data (decision 315), so it prints
/// its misses, losses and false hits as round 44's set does.
/// </summary>
public sealed class Round45GoldSetEvaluationTests(ITestOutputHelper output)
{
    private static readonly Lazy<GoldScore> Round45 = new(() => GoldScore.Evaluate(ScrubAssertions.Scrubber, GoldFiles.LoadRound45()));

    /// <summary>A regression floor under main's scrubber's first score (0.8541, 1,019 / 1,193; 0.8541 - 0.03 rounded
    /// down to 0.01); issue #14's target is 0.995.</summary>
    public const double RecallFloor = 0.82;

    /// <summary>Main's scrubber kept 0.9819 (380 / 387), below issue #14's 0.99, so the floor is that figure rounded
    /// down to 0.01 rather than the target.</summary>
    public const double RetentionFloor = 0.98;

    /// <summary>A regression floor under the rules alone's first score (set from the rotation's round 45 fold, rules
    /// alone, before decision 315's rules; the figure minus 0.03 rounded down to 0.01).</summary>
    public const double RulesOnlyRecallFloor = 0.77;

    [Fact]
    public void Round45HeldOutSet_IdentifierRecallAndRetention_AtLeastRegressionFloors()
    {
        output.WriteFigures("round45", Round45.Value);
        output.WriteMissesAndLosses(Round45.Value);
        Round45.Value.Recall.Should().BeGreaterThanOrEqualTo(RecallFloor, "a regression floor; the set is tuning data since round 48");
        Round45.Value.Retention.Should().BeGreaterThanOrEqualTo(RetentionFloor, "a regression floor under main's first score");
    }

    /// <summary>The set scored by the rules alone: what the rules leave for the learned detector.</summary>
    [Fact]
    public void Round45Set_RulesOnly_PrintsMissesAtLeastRegressionFloor()
    {
        var rulesOnly = GoldScore.Evaluate(new PhiScrubber(model: null), GoldFiles.LoadRound45());
        output.WriteFigures("round45 rules only", rulesOnly);
        output.WriteMissesAndLosses(rulesOnly);
        rulesOnly.Recall.Should().BeGreaterThanOrEqualTo(RulesOnlyRecallFloor);
    }

    [Fact]
    public void Round45HeldOutSet_Shape_300PostsAnd1100IdentifiersAnd120Clean()
    {
        GoldSetStructure.ShouldHaveShape(GoldFiles.LoadRound45(), 300, 1100, 120, "r45-hand-", 180);
    }

    [Fact]
    public void Round45HeldOutSet_ClinicalTerms_NeverInsideAnIdentifier()
    {
        GoldSetStructure.ShouldKeepClinicalTermsOutsideIdentifiers(GoldFiles.LoadRound45());
    }

    [Fact]
    public void Round45HeldOutSet_HandWrittenPosts_MatchTheirMarkupFile()
    {
        GoldSetStructure.ShouldMatchHandWrittenFile(GoldFiles.LoadRound45(), "Round45", "r45-hand-");
    }
}
