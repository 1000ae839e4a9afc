using Sermo.Ingest.Anonymization;
using Xunit.Abstractions;

namespace Sermo.Ingest.Tests.Anonymization.Gold;

/// <summary>
/// Round 32's held-out set of issue #14 (Round32/: a seeded generator with templates of its own and hand-written
/// physician posts, typed by a helper who never opened the scrubber's code, word lists or model weights, nor an earlier
/// set's posts; over half ordinary case posts, and about a third in settings earlier sets did not centre on:
/// occupational health in factories, mines, warehouses, rigs and ports, farmworkers and ranches, tribal clinics and
/// Alaska bush flights, fishing boats, sports and marathons, festival tents, insurance appeals, medical tourism, estates,
/// foster care, shelters and protective orders, hospice and funeral homes, research recruitment, admissions, CME and
/// social media), committed before it was scored (decision 199). First score on main's scrubber (0f837589 + the set at 29b8cf7e,
/// 2026-12-05 16:18:47-16:23:40 UTC): recall 0.8683 (1,384 / 1,594), retention 0.9963 (532 / 534), 15 of 179
/// identifier-free posts changed. Held out in round 32 and scored after it by the lead (0.8701, 15 clean posts changed);
/// since round 33 it is tuning data (decision 212), so it prints its misses, losses and false hits as round 31's set does.
/// </summary>
public sealed class Round32GoldSetEvaluationTests(ITestOutputHelper output)
{
    private static readonly Lazy<GoldScore> Round32 = new(() => GoldScore.Evaluate(ScrubAssertions.Scrubber, GoldFiles.LoadRound32()));

    /// <summary>A regression floor under the first score on main's scrubber (0.8683, 1,384 / 1,594); issue #14's target is 0.995.</summary>
    public const double RecallFloor = 0.83;

    /// <summary>A regression floor under the first score (0.9963, 532 / 534); issue #14's target is 0.99.</summary>
    public const double RetentionFloor = 0.99;

    /// <summary>A regression floor under the rules alone's first score (0.8231, 1,312 / 1,594; from the rotation's round 32 fold, rules alone).</summary>
    public const double RulesOnlyRecallFloor = 0.80;

    [Fact]
    public void Round32HeldOutSet_IdentifierRecallAndRetention_AtLeastRegressionFloors()
    {
        output.WriteFigures("round32", Round32.Value);
        output.WriteMissesAndLosses(Round32.Value);
        Round32.Value.Recall.Should().BeGreaterThanOrEqualTo(RecallFloor, "a regression floor; the set is tuning data since round 33");
        Round32.Value.Retention.Should().BeGreaterThanOrEqualTo(RetentionFloor, "a regression floor under the first score");
    }

    /// <summary>The set scored by the rules alone: what the rules leave for the learned detector.</summary>
    [Fact]
    public void Round32Set_RulesOnly_PrintsMissesAtLeastRegressionFloor()
    {
        var rulesOnly = GoldScore.Evaluate(new PhiScrubber(model: null), GoldFiles.LoadRound32());
        output.WriteFigures("round32 rules only", rulesOnly);
        output.WriteMissesAndLosses(rulesOnly);
        rulesOnly.Recall.Should().BeGreaterThanOrEqualTo(RulesOnlyRecallFloor);
    }

    [Fact]
    public void Round32HeldOutSet_Shape_430PostsAnd1550IdentifiersAnd175Clean()
    {
        GoldSetStructure.ShouldHaveShape(GoldFiles.LoadRound32(), 430, 1550, 175, "r32-hand-", 200);
    }

    [Fact]
    public void Round32HeldOutSet_ClinicalTerms_NeverInsideAnIdentifier()
    {
        GoldSetStructure.ShouldKeepClinicalTermsOutsideIdentifiers(GoldFiles.LoadRound32());
    }

    [Fact]
    public void Round32HeldOutSet_HandWrittenPosts_MatchTheirMarkupFile()
    {
        GoldSetStructure.ShouldMatchHandWrittenFile(GoldFiles.LoadRound32(), "Round32", "r32-hand-");
    }
}
