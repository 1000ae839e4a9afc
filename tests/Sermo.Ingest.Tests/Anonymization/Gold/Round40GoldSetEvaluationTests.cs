using Sermo.Ingest.Anonymization;
using Xunit.Abstractions;

namespace Sermo.Ingest.Tests.Anonymization.Gold;

/// <summary>
/// Round 40's held-out set of issue #14 (Round40/: a seeded generator with templates of its own and hand-written
/// physician posts, typed by a helper who never opened the scrubber's code, word lists or model weights, nor an earlier
/// set's posts; about half the posts in settings earlier sets did not centre on: the posting physician's own identity,
/// pasted documents, implanted devices and device reps, prior authorisation and payers, home health and infusion,
/// locums and staffing, malpractice and boards, local public figures, and gated communities and apartments), committed
/// before it was scored (decision 247).
/// First score on main's scrubber (189cf994 + the set at b69fde2a, 2026-12-06 06:36:54-06:38:20 UTC): recall 0.8498
/// (996 / 1,172), retention 0.9698 (257 / 265), 16 of 126 identifier-free posts changed.
/// Held out in round 40 and scored after it by the lead; since round 43 it is tuning data (decision 268), so it prints
/// its misses, losses and false hits as round 39's set does.
/// </summary>
public sealed class Round40GoldSetEvaluationTests(ITestOutputHelper output)
{
    private static readonly Lazy<GoldScore> Round40 = new(() => GoldScore.Evaluate(ScrubAssertions.Scrubber, GoldFiles.LoadRound40()));

    /// <summary>A regression floor under main's scrubber's first score (0.8498, 996 / 1,172; 0.8498 - 0.03 rounded
    /// down to 0.01); issue #14's target is 0.995.</summary>
    public const double RecallFloor = 0.81;

    /// <summary>Main's scrubber kept 0.9698 (257 / 265), under issue #14's 0.99: the floor is the figure minus 0.02,
    /// rounded down to 0.01.</summary>
    public const double RetentionFloor = 0.94;

    /// <summary>A regression floor under the rules alone's first score (0.8083, 953 / 1,179; from the rotation's round 40 fold,
    /// rules alone, 942ce034; 0.8083 - 0.03 rounded down to 0.01).</summary>
    public const double RulesOnlyRecallFloor = 0.77;

    [Fact]
    public void Round40HeldOutSet_IdentifierRecallAndRetention_AtLeastRegressionFloors()
    {
        output.WriteFigures("round40", Round40.Value);
        output.WriteMissesAndLosses(Round40.Value);
        Round40.Value.Recall.Should().BeGreaterThanOrEqualTo(RecallFloor, "a regression floor; the set is tuning data since round 43");
        Round40.Value.Retention.Should().BeGreaterThanOrEqualTo(RetentionFloor, "a regression floor under the first score's retention");
    }

    /// <summary>The set scored by the rules alone: what the rules leave for the learned detector.</summary>
    [Fact]
    public void Round40Set_RulesOnly_PrintsMissesAtLeastRegressionFloor()
    {
        var rulesOnly = GoldScore.Evaluate(new PhiScrubber(model: null), GoldFiles.LoadRound40());
        output.WriteFigures("round40 rules only", rulesOnly);
        output.WriteMissesAndLosses(rulesOnly);
        rulesOnly.Recall.Should().BeGreaterThanOrEqualTo(RulesOnlyRecallFloor);
    }

    [Fact]
    public void Round40HeldOutSet_Shape_300PostsAnd1100IdentifiersAnd120Clean()
    {
        GoldSetStructure.ShouldHaveShape(GoldFiles.LoadRound40(), 300, 1100, 120, "r40-hand-", 200);
    }

    [Fact]
    public void Round40HeldOutSet_ClinicalTerms_NeverInsideAnIdentifier()
    {
        GoldSetStructure.ShouldKeepClinicalTermsOutsideIdentifiers(GoldFiles.LoadRound40());
    }

    [Fact]
    public void Round40HeldOutSet_HandWrittenPosts_MatchTheirMarkupFile()
    {
        GoldSetStructure.ShouldMatchHandWrittenFile(GoldFiles.LoadRound40(), "Round40", "r40-hand-");
    }
}
