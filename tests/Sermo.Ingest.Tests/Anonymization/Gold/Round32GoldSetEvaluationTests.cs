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
/// identifier-free posts changed.
/// It prints only its figures, never its misses, so that no rule is tuned on its sentences.
/// </summary>
public sealed class Round32GoldSetEvaluationTests(ITestOutputHelper output)
{
    private static readonly Lazy<GoldScore> Round32 = new(() => GoldScore.Evaluate(ScrubAssertions.Scrubber, GoldFiles.LoadRound32()));

    /// <summary>A regression floor under the first score on main's scrubber (0.8683, 1,384 / 1,594); issue #14's target is 0.995.</summary>
    public const double RecallFloor = 0.83;

    /// <summary>A regression floor under the first score (0.9963, 532 / 534); issue #14's target is 0.99.</summary>
    public const double RetentionFloor = 0.99;

    [Fact]
    public void Round32HeldOutSet_IdentifierRecallAndRetention_AtLeastRegressionFloors()
    {
        output.WriteFigures("round32", Round32.Value);
        Round32.Value.Recall.Should().BeGreaterThanOrEqualTo(RecallFloor, "round-32 misses are not listed, so that no rule is tuned on them");
        Round32.Value.Retention.Should().BeGreaterThanOrEqualTo(RetentionFloor, "round-32 losses are not listed either");
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
