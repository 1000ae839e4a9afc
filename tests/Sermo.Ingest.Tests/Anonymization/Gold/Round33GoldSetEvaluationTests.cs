using Sermo.Ingest.Anonymization;
using Xunit.Abstractions;

namespace Sermo.Ingest.Tests.Anonymization.Gold;

/// <summary>
/// Round 33's held-out set of issue #14 (Round33/: a seeded generator with templates of its own and hand-written
/// physician posts, typed by a helper who never opened the scrubber's code, word lists or model weights, nor an earlier
/// set's posts; over half ordinary case posts, and about a third in settings earlier sets did not centre on: dental and
/// oral surgery, chiropractic, physical therapy and rehab, dialysis units, blood banks and plasma centres, reference labs
/// and couriers, imaging centres, wound care, hyperbaric and sleep labs, wheelchair vans, international students, missions
/// abroad, camps, ski patrol, theme parks and casinos, DOT and FAA exams, rideshare and delivery drivers, construction
/// sites and wildfire camps), committed before it was scored (decision 206). First score on main's scrubber (3538e4fe + the set at fdf10d19,
/// 2026-12-05 17:26:59-17:29:53 UTC): recall 0.8661 (1,119 / 1,292), retention 1.0000 (439 / 439), 20 of 182
/// identifier-free posts changed. Held out in round 33 and scored after it by the lead (about 0.87, 20 clean posts changed);
/// since round 34 it is tuning data (decision 218), so it prints its misses, losses and false hits as round 32's set does.
/// </summary>
public sealed class Round33GoldSetEvaluationTests(ITestOutputHelper output)
{
    private static readonly Lazy<GoldScore> Round33 = new(() => GoldScore.Evaluate(ScrubAssertions.Scrubber, GoldFiles.LoadRound33()));

    /// <summary>A regression floor under the first score on main's scrubber (0.8661, 1,119 / 1,292); issue #14's target is 0.995.</summary>
    public const double RecallFloor = 0.83;

    /// <summary>A regression floor under the first score (1.0000, 439 / 439); issue #14's target is 0.99.</summary>
    public const double RetentionFloor = 0.99;

    /// <summary>A regression floor under the rules alone's first score (0.7918, 1,023 / 1,292; from the rotation's round 33 fold, rules alone).</summary>
    public const double RulesOnlyRecallFloor = 0.77;

    [Fact]
    public void Round33HeldOutSet_IdentifierRecallAndRetention_AtLeastRegressionFloors()
    {
        output.WriteFigures("round33", Round33.Value);
        output.WriteMissesAndLosses(Round33.Value);
        Round33.Value.Recall.Should().BeGreaterThanOrEqualTo(RecallFloor, "a regression floor; the set is tuning data since round 34");
        Round33.Value.Retention.Should().BeGreaterThanOrEqualTo(RetentionFloor, "a regression floor under the first score");
    }

    /// <summary>The set scored by the rules alone: what the rules leave for the learned detector.</summary>
    [Fact]
    public void Round33Set_RulesOnly_PrintsMissesAtLeastRegressionFloor()
    {
        var rulesOnly = GoldScore.Evaluate(new PhiScrubber(model: null), GoldFiles.LoadRound33());
        output.WriteFigures("round33 rules only", rulesOnly);
        output.WriteMissesAndLosses(rulesOnly);
        rulesOnly.Recall.Should().BeGreaterThanOrEqualTo(RulesOnlyRecallFloor);
    }

    [Fact]
    public void Round33HeldOutSet_Shape_440PostsAnd1280IdentifiersAnd180Clean()
    {
        GoldSetStructure.ShouldHaveShape(GoldFiles.LoadRound33(), 440, 1280, 180, "r33-hand-", 205);
    }

    [Fact]
    public void Round33HeldOutSet_ClinicalTerms_NeverInsideAnIdentifier()
    {
        GoldSetStructure.ShouldKeepClinicalTermsOutsideIdentifiers(GoldFiles.LoadRound33());
    }

    [Fact]
    public void Round33HeldOutSet_HandWrittenPosts_MatchTheirMarkupFile()
    {
        GoldSetStructure.ShouldMatchHandWrittenFile(GoldFiles.LoadRound33(), "Round33", "r33-hand-");
    }
}
