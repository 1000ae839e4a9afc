using Sermo.Ingest.Anonymization;
using Xunit.Abstractions;

namespace Sermo.Ingest.Tests.Anonymization.Gold;

/// <summary>
/// Round 41's held-out set of issue #14 (Round41/: a seeded generator with templates of its own and hand-written
/// physician posts, typed by a helper who never opened the scrubber's code, word lists or model weights, nor an earlier
/// set's posts; about half the posts in deaths and after, billing and collections, travel emergencies, genetic
/// pedigrees and consumer DNA tests, adoption, foster care and donor conception, hospital IT, travel clinics and
/// small-town practice), committed before it was scored (decision 254).
/// First score on main's scrubber (b14aa0aa + the set at ecb3d8a9, 2026-12-06 09:50:51-09:55:07 UTC): recall 0.8273
/// (1,049 / 1,268), retention 0.9971 (341 / 342), 3 of 123 identifier-free posts changed.
/// Held out in round 41 and scored after it by the lead; since round 44 it is tuning data (decision 277), so it prints
/// its misses, losses and false hits as round 40's set does.
/// </summary>
public sealed class Round41GoldSetEvaluationTests(ITestOutputHelper output)
{
    private static readonly Lazy<GoldScore> Round41 = new(() => GoldScore.Evaluate(ScrubAssertions.Scrubber, GoldFiles.LoadRound41()));

    /// <summary>A regression floor under main's scrubber's first score (0.8273, 1,049 / 1,268; 0.8273 - 0.03 rounded
    /// down to 0.01); issue #14's target is 0.995.</summary>
    public const double RecallFloor = 0.79;

    /// <summary>Main's scrubber kept 0.9971 (341 / 342), above issue #14's 0.99: the floor is the target, 0.99.</summary>
    public const double RetentionFloor = 0.99;

    /// <summary>A regression floor under the rules alone's first score (0.8102, 1,029 / 1,270; from the rotation's round 41 fold,
    /// rules alone, 83045ee7; 0.8102 - 0.03 rounded down to 0.01).</summary>
    public const double RulesOnlyRecallFloor = 0.78;

    [Fact]
    public void Round41HeldOutSet_IdentifierRecallAndRetention_AtLeastRegressionFloors()
    {
        output.WriteFigures("round41", Round41.Value);
        output.WriteMissesAndLosses(Round41.Value);
        Round41.Value.Recall.Should().BeGreaterThanOrEqualTo(RecallFloor, "a regression floor; the set is tuning data since round 44");
        Round41.Value.Retention.Should().BeGreaterThanOrEqualTo(RetentionFloor, "a regression floor at issue #14's retention target");
    }

    /// <summary>The set scored by the rules alone: what the rules leave for the learned detector.</summary>
    [Fact]
    public void Round41Set_RulesOnly_PrintsMissesAtLeastRegressionFloor()
    {
        var rulesOnly = GoldScore.Evaluate(new PhiScrubber(model: null), GoldFiles.LoadRound41());
        output.WriteFigures("round41 rules only", rulesOnly);
        output.WriteMissesAndLosses(rulesOnly);
        rulesOnly.Recall.Should().BeGreaterThanOrEqualTo(RulesOnlyRecallFloor);
    }

    [Fact]
    public void Round41HeldOutSet_Shape_300PostsAnd1100IdentifiersAnd120Clean()
    {
        GoldSetStructure.ShouldHaveShape(GoldFiles.LoadRound41(), 300, 1100, 120, "r41-hand-", 200);
    }

    [Fact]
    public void Round41HeldOutSet_ClinicalTerms_NeverInsideAnIdentifier()
    {
        GoldSetStructure.ShouldKeepClinicalTermsOutsideIdentifiers(GoldFiles.LoadRound41());
    }

    [Fact]
    public void Round41HeldOutSet_HandWrittenPosts_MatchTheirMarkupFile()
    {
        GoldSetStructure.ShouldMatchHandWrittenFile(GoldFiles.LoadRound41(), "Round41", "r41-hand-");
    }
}
