using Sermo.Ingest.Anonymization;
using Xunit.Abstractions;

namespace Sermo.Ingest.Tests.Anonymization.Gold;

/// <summary>
/// Round 39's held-out set of issue #14 (Round39/: a seeded generator with templates of its own and hand-written
/// physician posts, typed by a helper who never opened the scrubber's code, word lists or model weights, nor an earlier
/// set's posts; about 60% case posts, and over a third in settings earlier sets did not centre on: churches, parishes,
/// mosques, synagogues, temples and plain communities, universities, student health and research labs, funeral homes,
/// medical examiners and organ procurement, banks, billing and collections, rideshare, delivery and gig work, genetic
/// testing and pedigrees, cruise ships, airports and expats, summer camps, scouting and youth leagues, and construction
/// sites and utilities), committed before it was scored (decision 239).
/// First score on main's scrubber (7e0dcb1f + the set at 23b06f59, 2026-12-06 03:32:55-03:38:03 UTC, machine loaded):
/// recall 0.8781 (1,196 / 1,362), retention 0.9834 (297 / 302), 14 of 119 identifier-free posts changed; after its second
/// reading (cab79099: 5 labels) recall 0.8774 (1,195 / 1,362), the rest unchanged.
/// Held out in round 39 and scored after it by the lead; since round 42 it is tuning data (decision 263), so it prints
/// its misses, losses and false hits as round 38's set does.
/// </summary>
public sealed class Round39GoldSetEvaluationTests(ITestOutputHelper output)
{
    private static readonly Lazy<GoldScore> Round39 = new(() => GoldScore.Evaluate(ScrubAssertions.Scrubber, GoldFiles.LoadRound39()));

    /// <summary>A regression floor under main's scrubber's first score (0.8781, 1,196 / 1,362; 0.8781 - 0.03 rounded
    /// down to 0.01); issue #14's target is 0.995.</summary>
    public const double RecallFloor = 0.84;

    /// <summary>Main's scrubber kept 0.9834 (297 / 302), under issue #14's 0.99: the floor is the figure minus 0.02,
    /// rounded down to 0.01.</summary>
    public const double RetentionFloor = 0.96;

    /// <summary>A regression floor under the rules alone's first score (0.8473, 1,154 / 1,362; from the rotation's round 39 fold, rules alone, 3aada977).</summary>
    public const double RulesOnlyRecallFloor = 0.81;

    [Fact]
    public void Round39HeldOutSet_IdentifierRecallAndRetention_AtLeastRegressionFloors()
    {
        output.WriteFigures("round39", Round39.Value);
        output.WriteMissesAndLosses(Round39.Value);
        Round39.Value.Recall.Should().BeGreaterThanOrEqualTo(RecallFloor, "a regression floor; the set is tuning data since round 42");
        Round39.Value.Retention.Should().BeGreaterThanOrEqualTo(RetentionFloor, "a regression floor under the first score's retention");
    }

    /// <summary>The set scored by the rules alone: what the rules leave for the learned detector.</summary>
    [Fact]
    public void Round39Set_RulesOnly_PrintsMissesAtLeastRegressionFloor()
    {
        var rulesOnly = GoldScore.Evaluate(new PhiScrubber(model: null), GoldFiles.LoadRound39());
        output.WriteFigures("round39 rules only", rulesOnly);
        output.WriteMissesAndLosses(rulesOnly);
        rulesOnly.Recall.Should().BeGreaterThanOrEqualTo(RulesOnlyRecallFloor);
    }

    [Fact]
    public void Round39HeldOutSet_Shape_300PostsAnd1100IdentifiersAnd110Clean()
    {
        GoldSetStructure.ShouldHaveShape(GoldFiles.LoadRound39(), 300, 1100, 110, "r39-hand-", 200);
    }

    [Fact]
    public void Round39HeldOutSet_ClinicalTerms_NeverInsideAnIdentifier()
    {
        GoldSetStructure.ShouldKeepClinicalTermsOutsideIdentifiers(GoldFiles.LoadRound39());
    }

    [Fact]
    public void Round39HeldOutSet_HandWrittenPosts_MatchTheirMarkupFile()
    {
        GoldSetStructure.ShouldMatchHandWrittenFile(GoldFiles.LoadRound39(), "Round39", "r39-hand-");
    }
}
