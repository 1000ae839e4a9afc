using Sermo.Ingest.Anonymization;
using Xunit.Abstractions;

namespace Sermo.Ingest.Tests.Anonymization.Gold;

/// <summary>
/// Round 36's held-out set of issue #14 (Round36/: a seeded generator with templates of its own and hand-written
/// physician posts, typed by a helper who never opened the scrubber's code, word lists or model weights, nor an earlier
/// set's posts; over half ordinary case posts, and about a third in settings earlier sets did not centre on: motor
/// vehicle crashes and police reports, hotels, motels and short-term rentals, gyms and trainers, oil rigs, mines and
/// offshore platforms, film sets and live events, zoos, aquariums and animal bites, airports and TSA, libraries,
/// community centres and polling places, online dating and influencers, tattoos and cosmetic tourism abroad, surrogacy
/// and adoption, moving, storage and evictions), committed before it was scored (decision 220).
/// First score on main's scrubber (87ac1e8e + the set at 8f804e05, 2026-12-05 20:38:15-20:39:59 UTC): recall 0.8726
/// (1,096 / 1,256), retention 0.9969 (326 / 327), 10 of 121 identifier-free posts changed. Held out in round 36 and
/// scored after it by the lead (0.8846, 11 clean posts changed); since round 39 it is tuning data (decision 241), so it
/// prints its misses, losses and false hits as round 35's set does.
/// </summary>
public sealed class Round36GoldSetEvaluationTests(ITestOutputHelper output)
{
    private static readonly Lazy<GoldScore> Round36 = new(() => GoldScore.Evaluate(ScrubAssertions.Scrubber, GoldFiles.LoadRound36()));

    /// <summary>A regression floor under the first score on main's scrubber (0.8726, 1,096 / 1,256); issue #14's target is 0.995.</summary>
    public const double RecallFloor = 0.84;

    /// <summary>Issue #14's retention target; main's scrubber met it on the first score (0.9969, 326 / 327).</summary>
    public const double RetentionFloor = 0.99;

    /// <summary>A regression floor under the rules alone's first score (0.8256, 1,037 / 1,256; from the rotation's round 36 fold, rules alone, b7a5ae8b).</summary>
    public const double RulesOnlyRecallFloor = 0.80;

    [Fact]
    public void Round36HeldOutSet_IdentifierRecallAndRetention_AtLeastRegressionFloors()
    {
        output.WriteFigures("round36", Round36.Value);
        output.WriteMissesAndLosses(Round36.Value);
        Round36.Value.Recall.Should().BeGreaterThanOrEqualTo(RecallFloor, "a regression floor; the set is tuning data since round 39");
        Round36.Value.Retention.Should().BeGreaterThanOrEqualTo(RetentionFloor, "issue #14's retention target, met on the first score");
    }

    /// <summary>The set scored by the rules alone: what the rules leave for the learned detector.</summary>
    [Fact]
    public void Round36Set_RulesOnly_PrintsMissesAtLeastRegressionFloor()
    {
        var rulesOnly = GoldScore.Evaluate(new PhiScrubber(model: null), GoldFiles.LoadRound36());
        output.WriteFigures("round36 rules only", rulesOnly);
        output.WriteMissesAndLosses(rulesOnly);
        rulesOnly.Recall.Should().BeGreaterThanOrEqualTo(RulesOnlyRecallFloor);
    }

    [Fact]
    public void Round36HeldOutSet_Shape_300PostsAnd1000IdentifiersAnd120Clean()
    {
        GoldSetStructure.ShouldHaveShape(GoldFiles.LoadRound36(), 300, 1000, 120, "r36-hand-", 180);
    }

    [Fact]
    public void Round36HeldOutSet_ClinicalTerms_NeverInsideAnIdentifier()
    {
        GoldSetStructure.ShouldKeepClinicalTermsOutsideIdentifiers(GoldFiles.LoadRound36());
    }

    [Fact]
    public void Round36HeldOutSet_HandWrittenPosts_MatchTheirMarkupFile()
    {
        GoldSetStructure.ShouldMatchHandWrittenFile(GoldFiles.LoadRound36(), "Round36", "r36-hand-");
    }
}
