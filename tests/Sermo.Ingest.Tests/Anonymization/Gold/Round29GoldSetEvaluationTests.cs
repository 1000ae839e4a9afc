using Sermo.Ingest.Anonymization;
using Xunit.Abstractions;

namespace Sermo.Ingest.Tests.Anonymization.Gold;

/// <summary>
/// Round 29's held-out set of issue #14 (Round29/: a seeded generator with templates of its own and hand-written
/// physician posts, typed by a helper who never opened the scrubber's code, word lists or model weights, nor an earlier
/// set's posts; over half ordinary case posts, and about a third in settings earlier sets did not centre on: obituaries
/// and funeral homes, immigration medical exams, disability paperwork, fitness to drive, faith communities, dating apps
/// and social media, home births, daycare and camp outbreaks, dispensaries, tattoo and nail studios, gyms, hotels and
/// shelters, EHR downtime tickets), committed before it was scored (decision 183). First score on main's scrubber (15c83db9 + the set at 620adf73,
/// 2026-12-05 10:51 UTC): recall 0.8797 (1,155 / 1,313), retention 0.9901 (402 / 406), 42 of 172 identifier-free posts
/// changed. Held out in round 29 and scored after it by the lead (0.8797); since round 30 it is tuning data (decision 195),
/// so it prints its misses, losses and false hits as round 28's set does.
/// </summary>
public sealed class Round29GoldSetEvaluationTests(ITestOutputHelper output)
{
    private static readonly Lazy<GoldScore> Round29 = new(() => GoldScore.Evaluate(ScrubAssertions.Scrubber, GoldFiles.LoadRound29()));

    /// <summary>A regression floor under the first score on main's scrubber (0.8797, 1,155 / 1,313); issue #14's target is 0.995.</summary>
    public const double RecallFloor = 0.84;

    /// <summary>A regression floor under the first score (0.9901, 402 / 406); issue #14's target is 0.99.</summary>
    public const double RetentionFloor = 0.99;

    /// <summary>A regression floor under the rules alone's first score (0.8142, 1,069 / 1,313; from the rotation's round 29 fold, rules alone).</summary>
    public const double RulesOnlyRecallFloor = 0.80;

    [Fact]
    public void Round29HeldOutSet_IdentifierRecallAndRetention_AtLeastRegressionFloors()
    {
        output.WriteFigures("round29", Round29.Value);
        output.WriteMissesAndLosses(Round29.Value);
        Round29.Value.Recall.Should().BeGreaterThanOrEqualTo(RecallFloor, "a regression floor; the set is tuning data since round 30");
        Round29.Value.Retention.Should().BeGreaterThanOrEqualTo(RetentionFloor, "a regression floor under the first score");
    }

    /// <summary>The set scored by the rules alone: what the rules leave for the learned detector.</summary>
    [Fact]
    public void Round29Set_RulesOnly_PrintsMissesAtLeastRegressionFloor()
    {
        var rulesOnly = GoldScore.Evaluate(new PhiScrubber(model: null), GoldFiles.LoadRound29());
        output.WriteFigures("round29 rules only", rulesOnly);
        output.WriteMissesAndLosses(rulesOnly);
        rulesOnly.Recall.Should().BeGreaterThanOrEqualTo(RulesOnlyRecallFloor);
    }

    [Fact]
    public void Round29HeldOutSet_Shape_403PostsAnd1300IdentifiersAnd172Clean()
    {
        GoldSetStructure.ShouldHaveShape(GoldFiles.LoadRound29(), 403, 1300, 172, "r29-hand-", 103);
    }

    [Fact]
    public void Round29HeldOutSet_ClinicalTerms_NeverInsideAnIdentifier()
    {
        GoldSetStructure.ShouldKeepClinicalTermsOutsideIdentifiers(GoldFiles.LoadRound29());
    }

    [Fact]
    public void Round29HeldOutSet_HandWrittenPosts_MatchTheirMarkupFile()
    {
        GoldSetStructure.ShouldMatchHandWrittenFile(GoldFiles.LoadRound29(), "Round29", "r29-hand-");
    }
}
