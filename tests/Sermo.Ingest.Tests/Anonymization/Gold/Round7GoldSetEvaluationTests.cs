using Xunit.Abstractions;

namespace Sermo.Ingest.Tests.Anonymization.Gold;

/// <summary>
/// Round 7's held-out set of issue #14 (Round7/: a fifth generator, hand-typed names and places of some fifty origins,
/// hand-written physician posts), committed before any rule of round 7 (decision 049). It prints only its figures,
/// never its misses, so that no rule is tuned on its sentences.
/// </summary>
public sealed class Round7GoldSetEvaluationTests(ITestOutputHelper output)
{
    private static readonly Lazy<GoldScore> Round7 = new(() => GoldScore.Evaluate(ScrubAssertions.Scrubber, GoldFiles.LoadRound7()));

    /// <summary>A regression floor under the mid-round measurement (0.7667; 0.7444 before round 7); issue #14's target is 0.995.</summary>
    public const double RecallFloor = 0.75;

    [Fact]
    public void Round7HeldOutSet_IdentifierRecall_AtLeastRegressionFloor()
    {
        output.WriteFigures("round7", Round7.Value);
        Round7.Value.Recall.Should().BeGreaterThanOrEqualTo(RecallFloor, "round-7 misses are not listed, so that no rule is tuned on them");
    }

    [Fact]
    public void Round7HeldOutSet_Shape_300PostsAnd500IdentifiersAnd60Clean()
    {
        var posts = GoldFiles.LoadRound7();
        posts.Count.Should().BeGreaterThanOrEqualTo(300);
        posts.Sum(p => p.Identifiers.Count).Should().BeGreaterThanOrEqualTo(500);
        posts.Count(p => p.Identifiers.Count == 0).Should().BeGreaterThanOrEqualTo(60);
        posts.Should().OnlyContain(p => p.Identifiers.All(i => i.Start >= 0 && i.End <= p.Text.Length && i.Start < i.End));
    }
}
