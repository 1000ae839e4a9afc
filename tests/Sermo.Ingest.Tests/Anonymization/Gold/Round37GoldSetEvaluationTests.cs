using Sermo.Ingest.Anonymization;
using Xunit.Abstractions;

namespace Sermo.Ingest.Tests.Anonymization.Gold;

/// <summary>
/// Round 37's held-out set of issue #14 (Round37/: a seeded generator with templates of its own and hand-written
/// physician posts, typed by a helper who never opened the scrubber's code, word lists or model weights, nor an earlier
/// set's posts; over half ordinary case posts, and about a third in settings earlier sets did not centre on: farms,
/// ranches and farmworkers, fishing boats and ports, military bases and the Guard, cruise ships and ferries, funeral
/// homes and medical examiners, banks, insurers and billing, shelters and food banks, refugee resettlement and
/// immigration hearings, casinos and racetracks, veterinarians and kennels, weddings, reunions and funerals, and
/// interpreters), committed before it was scored (decision 222).
/// First score on main's scrubber (0c0dc66a + the set at 8fd6ccfa, 2026-12-05 22:03:55-22:08:11 UTC): recall 0.8399
/// (1,018 / 1,212), retention 0.9909 (218 / 220), 12 of 132 identifier-free posts changed.
/// After a second reader's relabelling (5 labels in 5 posts, identifiers still 1,212; the set at 0267f448), on the same
/// scrubber, 2026-12-05 22:17:39-22:22:13 UTC: recall 0.8383 (1,016 / 1,212), retention 0.9909 (218 / 220), 12 of 132.
/// Held out in round 37 and scored after it by the lead; since round 40 it is tuning data (decision 249), so it prints
/// its misses, losses and false hits as round 36's set does.
/// </summary>
public sealed class Round37GoldSetEvaluationTests(ITestOutputHelper output)
{
    private static readonly Lazy<GoldScore> Round37 = new(() => GoldScore.Evaluate(ScrubAssertions.Scrubber, GoldFiles.LoadRound37()));

    /// <summary>A regression floor under main's scrubber's score on the relabelled set (0.8383, 1,016 / 1,212; 0.8383 - 0.03
    /// rounded down to 0.01; the first score was 0.8399); issue #14's target is 0.995.</summary>
    public const double RecallFloor = 0.80;

    /// <summary>Issue #14's retention target; main's scrubber met it on the first score and on the relabelled set
    /// (0.9909, 218 / 220 both).</summary>
    public const double RetentionFloor = 0.99;

    /// <summary>A regression floor under the rules alone's first score (0.7673, 930 / 1,212; from the rotation's round 37 fold, rules alone, ca3bcde5).</summary>
    public const double RulesOnlyRecallFloor = 0.74;

    [Fact]
    public void Round37HeldOutSet_IdentifierRecallAndRetention_AtLeastRegressionFloors()
    {
        output.WriteFigures("round37", Round37.Value);
        output.WriteMissesAndLosses(Round37.Value);
        Round37.Value.Recall.Should().BeGreaterThanOrEqualTo(RecallFloor, "a regression floor; the set is tuning data since round 40");
        Round37.Value.Retention.Should().BeGreaterThanOrEqualTo(RetentionFloor, "issue #14's retention target, met on the first score");
    }

    /// <summary>The set scored by the rules alone: what the rules leave for the learned detector.</summary>
    [Fact]
    public void Round37Set_RulesOnly_PrintsMissesAtLeastRegressionFloor()
    {
        var rulesOnly = GoldScore.Evaluate(new PhiScrubber(model: null), GoldFiles.LoadRound37());
        output.WriteFigures("round37 rules only", rulesOnly);
        output.WriteMissesAndLosses(rulesOnly);
        rulesOnly.Recall.Should().BeGreaterThanOrEqualTo(RulesOnlyRecallFloor);
    }

    [Fact]
    public void Round37HeldOutSet_Shape_300PostsAnd1000IdentifiersAnd120Clean()
    {
        GoldSetStructure.ShouldHaveShape(GoldFiles.LoadRound37(), 300, 1000, 120, "r37-hand-", 180);
    }

    [Fact]
    public void Round37HeldOutSet_ClinicalTerms_NeverInsideAnIdentifier()
    {
        GoldSetStructure.ShouldKeepClinicalTermsOutsideIdentifiers(GoldFiles.LoadRound37());
    }

    [Fact]
    public void Round37HeldOutSet_HandWrittenPosts_MatchTheirMarkupFile()
    {
        GoldSetStructure.ShouldMatchHandWrittenFile(GoldFiles.LoadRound37(), "Round37", "r37-hand-");
    }
}
