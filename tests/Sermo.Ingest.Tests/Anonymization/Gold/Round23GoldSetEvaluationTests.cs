using Sermo.Ingest.Anonymization;
using Xunit.Abstractions;

namespace Sermo.Ingest.Tests.Anonymization.Gold;

/// <summary>
/// Round 23's held-out set of issue #14 (Round23/: a seeded generator with templates of its own and hand-written
/// physician posts, typed by a helper who never opened the scrubber's code, word lists or model weights, nor an earlier
/// set's posts; over half ordinary case posts, and over a quarter in settings earlier sets did not centre on: emergency
/// medicine, EMS and trauma (scenes, highways and mile markers, unit and run numbers), schools, daycare and camps,
/// rural, tribal and Indian Health Service practice, global health and missions (addresses abroad, passports, visas),
/// telehealth across state lines (licences, handles, links), forensic and legal medicine (coroner's and court case
/// numbers), transplant (donor ids, listing dates, centres) and identifying tattoos, bracelets and photos), committed
/// before it was scored (decision 157). Held out in round 23 and scored before it by the lead (0.8277; 0.8355 on main
/// 22f2154 after it); since round 24 it is tuning data (decision 163), so it prints its misses and losses as round 22's set does.
/// </summary>
public sealed class Round23GoldSetEvaluationTests(ITestOutputHelper output)
{
    private static readonly Lazy<GoldScore> Round23 = new(() => GoldScore.Evaluate(ScrubAssertions.Scrubber, GoldFiles.LoadRound23()));

    /// <summary>A regression floor under the first score on main's scrubber (0.8277, 951 / 1,149); issue #14's target is 0.995.</summary>
    public const double RecallFloor = 0.80;

    /// <summary>A regression floor under the first score (0.9948, 577 / 580); issue #14's target is 0.99.</summary>
    public const double RetentionFloor = 0.98;

    /// <summary>A regression floor under the rules alone's first score (0.7755, 891 / 1,149).</summary>
    public const double RulesOnlyRecallFloor = 0.75;

    [Fact]
    public void Round23HeldOutSet_IdentifierRecallAndRetention_AtLeastRegressionFloors()
    {
        output.WriteFigures("round23", Round23.Value);
        output.WriteMissesAndLosses(Round23.Value);
        Round23.Value.Recall.Should().BeGreaterThanOrEqualTo(RecallFloor, "a regression floor; the set is tuning data since round 24");
        Round23.Value.Retention.Should().BeGreaterThanOrEqualTo(RetentionFloor, "a regression floor under the first score");
    }

    /// <summary>The set scored by the rules alone: what the rules leave for the learned detector.</summary>
    [Fact]
    public void Round23Set_RulesOnly_PrintsMissesAtLeastRegressionFloor()
    {
        var rulesOnly = GoldScore.Evaluate(new PhiScrubber(model: null), GoldFiles.LoadRound23());
        output.WriteFigures("round23 rules only", rulesOnly);
        output.WriteMissesAndLosses(rulesOnly);
        rulesOnly.Recall.Should().BeGreaterThanOrEqualTo(RulesOnlyRecallFloor);
    }

    [Fact]
    public void Round23HeldOutSet_Shape_396PostsAnd1100IdentifiersAnd130Clean()
    {
        GoldSetStructure.ShouldHaveShape(GoldFiles.LoadRound23(), 396, 1100, 130, "r23-hand-", 198);
    }

    [Fact]
    public void Round23HeldOutSet_ClinicalTerms_NeverInsideAnIdentifier()
    {
        GoldSetStructure.ShouldKeepClinicalTermsOutsideIdentifiers(GoldFiles.LoadRound23());
    }

    [Fact]
    public void Round23HeldOutSet_HandWrittenPosts_MatchTheirMarkupFile()
    {
        GoldSetStructure.ShouldMatchHandWrittenFile(GoldFiles.LoadRound23(), "Round23", "r23-hand-");
    }
}
