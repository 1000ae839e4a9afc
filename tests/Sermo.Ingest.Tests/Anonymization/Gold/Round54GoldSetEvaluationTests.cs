using Xunit.Abstractions;

namespace Sermo.Ingest.Tests.Anonymization.Gold;

/// <summary>
/// Round 54's held-out set of issue #14 (Round54/: a seeded generator with templates of its own and hand-written
/// physician posts, typed by a helper who never opened the scrubber's code, word lists or model weights, nor an earlier
/// set's posts; most posts set on observatories and mountaintop astronomy stations, bakeries and overnight bread
/// plants, pigeon racing lofts and falconry mews, skydiving drop zones and balloon fields, and maple sugarhouses),
/// committed before it was scored (decision 383).
/// First score on main's scrubber (the set at 199a3ff3, 2026-12-08 01:54:38-02:02:07 UTC): recall 0.8909 (580 / 651),
/// retention 0.9871 (230 / 233), 1 of 60 identifier-free posts changed.
/// It prints only its figures, never its misses, so that no rule is tuned on its sentences.
/// </summary>
public sealed class Round54GoldSetEvaluationTests(ITestOutputHelper output)
{
    private static readonly Lazy<GoldScore> Round54 = new(() => GoldScore.Evaluate(ScrubAssertions.Scrubber, GoldFiles.LoadRound54()));

    /// <summary>A regression floor under main's scrubber's first score (0.8909, 580 / 651; 0.8909 - 0.03 rounded
    /// down to 0.01); issue #14's target is 0.995.</summary>
    public const double RecallFloor = 0.86;

    /// <summary>Main's scrubber kept 230 of 233 terms (0.9871), under issue #14's 0.99, so the floor follows the recall
    /// rule (0.9871 - 0.03 rounded down to 0.01) rather than the target.</summary>
    public const double RetentionFloor = 0.95;

    [Fact]
    public void Round54HeldOutSet_IdentifierRecallAndRetention_AtLeastRegressionFloors()
    {
        output.WriteFigures("round54", Round54.Value);
        Round54.Value.Recall.Should().BeGreaterThanOrEqualTo(RecallFloor, "round-54 misses are not listed, so that no rule is tuned on them");
        Round54.Value.Retention.Should().BeGreaterThanOrEqualTo(RetentionFloor, "round-54 losses are not listed either");
    }

    [Fact]
    public void Round54HeldOutSet_Shape_170PostsAnd630IdentifiersAnd55Clean()
    {
        GoldSetStructure.ShouldHaveShape(GoldFiles.LoadRound54(), 170, 630, 55, "r54-hand-", 115);
    }

    [Fact]
    public void Round54HeldOutSet_ClinicalTerms_NeverInsideAnIdentifier()
    {
        GoldSetStructure.ShouldKeepClinicalTermsOutsideIdentifiers(GoldFiles.LoadRound54());
    }

    [Fact]
    public void Round54HeldOutSet_HandWrittenPosts_MatchTheirMarkupFile()
    {
        GoldSetStructure.ShouldMatchHandWrittenFile(GoldFiles.LoadRound54(), "Round54", "r54-hand-");
    }
}
