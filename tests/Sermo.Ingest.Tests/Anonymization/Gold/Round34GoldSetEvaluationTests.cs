using Sermo.Ingest.Anonymization;
using Xunit.Abstractions;

namespace Sermo.Ingest.Tests.Anonymization.Gold;

/// <summary>
/// Round 34's held-out set of issue #14 (Round34/: a seeded generator with templates of its own and hand-written
/// physician posts, typed by a helper who never opened the scrubber's code, word lists or model weights, nor an earlier
/// set's posts; over half ordinary case posts, and about a third in settings earlier sets did not centre on: telehealth
/// and patient portals, community and compounding pharmacies, jails, prisons and immigration detention, courts,
/// guardianship and child protection, clinical trials, genetic counselling and pedigrees, student health, religious
/// communities, veterans and the VA, nursing homes and assisted living, rural routes and PO boxes, patients from
/// Canada, the UK, Ireland, Australia, New Zealand, India, the Philippines, Nigeria, Mexico and Brazil, hospice,
/// funeral homes and medical examiners, youth and school sports), committed before it was scored (decision 210). First
/// score on main's scrubber (255c7495 + the set at 79d9098c, 2026-12-05 19:03:03-19:07:54 UTC): recall 0.8775
/// (1,239 / 1,412), retention 0.9977 (440 / 441), 21 of 189 identifier-free posts changed. Held out in round 34 and
/// scored after it by the lead (about 0.89, 21 clean posts changed); since round 35 it is tuning data (decision 224), so it
/// prints its misses, losses and false hits as round 33's set does.
/// </summary>
public sealed class Round34GoldSetEvaluationTests(ITestOutputHelper output)
{
    private static readonly Lazy<GoldScore> Round34 = new(() => GoldScore.Evaluate(ScrubAssertions.Scrubber, GoldFiles.LoadRound34()));

    /// <summary>A regression floor under the first score on main's scrubber (0.8775, 1,239 / 1,412); issue #14's target is 0.995.</summary>
    public const double RecallFloor = 0.84;

    /// <summary>A regression floor under the first score (0.9977, 440 / 441); issue #14's target is 0.99.</summary>
    public const double RetentionFloor = 0.99;

    /// <summary>A regression floor under the rules alone's first score (0.8442, 1,192 / 1,412; from the rotation's round 34 fold, rules alone).</summary>
    public const double RulesOnlyRecallFloor = 0.82;

    [Fact]
    public void Round34HeldOutSet_IdentifierRecallAndRetention_AtLeastRegressionFloors()
    {
        output.WriteFigures("round34", Round34.Value);
        output.WriteMissesAndLosses(Round34.Value);
        Round34.Value.Recall.Should().BeGreaterThanOrEqualTo(RecallFloor, "a regression floor; the set is tuning data since round 35");
        Round34.Value.Retention.Should().BeGreaterThanOrEqualTo(RetentionFloor, "a regression floor under the first score");
    }

    /// <summary>The set scored by the rules alone: what the rules leave for the learned detector.</summary>
    [Fact]
    public void Round34Set_RulesOnly_PrintsMissesAtLeastRegressionFloor()
    {
        var rulesOnly = GoldScore.Evaluate(new PhiScrubber(model: null), GoldFiles.LoadRound34());
        output.WriteFigures("round34 rules only", rulesOnly);
        output.WriteMissesAndLosses(rulesOnly);
        rulesOnly.Recall.Should().BeGreaterThanOrEqualTo(RulesOnlyRecallFloor);
    }

    [Fact]
    public void Round34HeldOutSet_Shape_400PostsAnd1350IdentifiersAnd185Clean()
    {
        GoldSetStructure.ShouldHaveShape(GoldFiles.LoadRound34(), 400, 1350, 185, "r34-hand-", 250);
    }

    [Fact]
    public void Round34HeldOutSet_ClinicalTerms_NeverInsideAnIdentifier()
    {
        GoldSetStructure.ShouldKeepClinicalTermsOutsideIdentifiers(GoldFiles.LoadRound34());
    }

    [Fact]
    public void Round34HeldOutSet_HandWrittenPosts_MatchTheirMarkupFile()
    {
        GoldSetStructure.ShouldMatchHandWrittenFile(GoldFiles.LoadRound34(), "Round34", "r34-hand-");
    }
}
