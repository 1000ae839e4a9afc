using Sermo.Ingest.Anonymization;
using Xunit.Abstractions;

namespace Sermo.Ingest.Tests.Anonymization.Gold;

/// <summary>
/// Round 31's held-out set of issue #14 (Round31/: a seeded generator with templates of its own and hand-written
/// physician posts, typed by a helper who never opened the scrubber's code, word lists or model weights, nor an earlier
/// set's posts; over half ordinary case posts, and about a third in settings earlier sets did not centre on: small-town
/// practice and house calls, cruise ships, airlines and airports, military and veterans' care, residencies, retail
/// clinics and store pharmacies, schools, refugees and interpreters, malpractice and peer review, fertility and donors,
/// genealogy and genetic relatives, contact tracing, home health, pasted faxes, letters and discharge summaries),
/// committed before it was scored (decision 193). First score on main's scrubber (a473284f + the set at ff76a43b,
/// 2026-12-05 13:32 UTC): recall 0.8757 (1,261 / 1,440), retention 0.9978 (452 / 453), 16 of 171 identifier-free posts
/// changed. Held out in round 31 and scored after it by the lead (0.8806, 7 clean posts changed); since round 32 it is
/// tuning data (decision 208), so it prints its misses, losses and false hits as round 30's set does.
/// </summary>
public sealed class Round31GoldSetEvaluationTests(ITestOutputHelper output)
{
    private static readonly Lazy<GoldScore> Round31 = new(() => GoldScore.Evaluate(ScrubAssertions.Scrubber, GoldFiles.LoadRound31()));

    /// <summary>A regression floor under the first score on main's scrubber (0.8757, 1,261 / 1,440); issue #14's target is 0.995.</summary>
    public const double RecallFloor = 0.84;

    /// <summary>A regression floor under the first score (0.9978, 452 / 453); issue #14's target is 0.99.</summary>
    public const double RetentionFloor = 0.99;

    /// <summary>A regression floor under the rules alone's first score (0.8313, 1,197 / 1,440; from the rotation's round 31 fold, rules alone).</summary>
    public const double RulesOnlyRecallFloor = 0.81;

    [Fact]
    public void Round31HeldOutSet_IdentifierRecallAndRetention_AtLeastRegressionFloors()
    {
        output.WriteFigures("round31", Round31.Value);
        output.WriteMissesAndLosses(Round31.Value);
        Round31.Value.Recall.Should().BeGreaterThanOrEqualTo(RecallFloor, "a regression floor; the set is tuning data since round 32");
        Round31.Value.Retention.Should().BeGreaterThanOrEqualTo(RetentionFloor, "a regression floor under the first score");
    }

    /// <summary>The set scored by the rules alone: what the rules leave for the learned detector.</summary>
    [Fact]
    public void Round31Set_RulesOnly_PrintsMissesAtLeastRegressionFloor()
    {
        var rulesOnly = GoldScore.Evaluate(new PhiScrubber(model: null), GoldFiles.LoadRound31());
        output.WriteFigures("round31 rules only", rulesOnly);
        output.WriteMissesAndLosses(rulesOnly);
        rulesOnly.Recall.Should().BeGreaterThanOrEqualTo(RulesOnlyRecallFloor);
    }

    [Fact]
    public void Round31HeldOutSet_Shape_440PostsAnd1400IdentifiersAnd170Clean()
    {
        GoldSetStructure.ShouldHaveShape(GoldFiles.LoadRound31(), 440, 1400, 170, "r31-hand-", 210);
    }

    [Fact]
    public void Round31HeldOutSet_ClinicalTerms_NeverInsideAnIdentifier()
    {
        GoldSetStructure.ShouldKeepClinicalTermsOutsideIdentifiers(GoldFiles.LoadRound31());
    }

    [Fact]
    public void Round31HeldOutSet_HandWrittenPosts_MatchTheirMarkupFile()
    {
        GoldSetStructure.ShouldMatchHandWrittenFile(GoldFiles.LoadRound31(), "Round31", "r31-hand-");
    }
}
