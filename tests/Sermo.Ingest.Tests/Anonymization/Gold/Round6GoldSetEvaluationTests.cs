using Xunit.Abstractions;

namespace Sermo.Ingest.Tests.Anonymization.Gold;

/// <summary>
/// Round 6's held-out set of issue #14 (Round6/: a fourth generator, hand-typed names and places of many origins,
/// hand-written physician posts), committed before any rule of round 6 (decision 044). Its misses are printed from
/// round 7 on (decision 049): it is tuning data now, and the floor guards the measured figure against regression only.
/// </summary>
public sealed class Round6GoldSetEvaluationTests(ITestOutputHelper output)
{
    private static readonly Lazy<GoldScore> Round6 = new(() => GoldScore.Evaluate(ScrubAssertions.Scrubber, GoldFiles.LoadRound6()));

    /// <summary>A regression floor under the measurement after round 7 (0.9187, tuned on; 0.7678 when held out); issue #14's target is 0.995.</summary>
    public const double RecallFloor = 0.90;

    [Fact]
    public void Round6HeldOutSet_IdentifierRecall_AtLeastRegressionFloor()
    {
        var s = Round6.Value;
        output.WriteFigures("round6", s);
        output.WriteMissesAndLosses(s); // a tuning set since round 7 (decision 049): its misses guide the rules
        s.Recall.Should().BeGreaterThanOrEqualTo(RecallFloor, "a regression floor; the set is tuning data since round 7");
    }

    [Fact]
    public void Round6HeldOutSet_Shape_300PostsAnd500IdentifiersAnd60Clean()
    {
        var posts = GoldFiles.LoadRound6();
        posts.Count.Should().BeGreaterThanOrEqualTo(300);
        posts.Sum(p => p.Identifiers.Count).Should().BeGreaterThanOrEqualTo(500);
        posts.Count(p => p.Identifiers.Count == 0).Should().BeGreaterThanOrEqualTo(60);
        posts.Should().OnlyContain(p => p.Identifiers.All(i => i.Start >= 0 && i.End <= p.Text.Length && i.Start < i.End));
    }
}
