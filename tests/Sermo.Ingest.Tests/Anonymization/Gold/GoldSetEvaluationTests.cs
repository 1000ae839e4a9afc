using Xunit.Abstractions;

namespace Sermo.Ingest.Tests.Anonymization.Gold;

/// <summary>The issue's targets on the committed gold set; the figures are printed for docs/anonymizer.md.</summary>
public sealed class GoldSetEvaluationTests(ITestOutputHelper output)
{
    private static readonly Lazy<GoldScore> Score = new(() => GoldScore.Evaluate(ScrubAssertions.Scrubber, GoldFiles.Load()));

    /// <summary>Issue #3 asks for 0.995; measured 0.9981 (4 misses of 2,157, listed in the output and in
    /// docs/anonymizer.md), so the target is the floor.</summary>
    public const double IssueRecallTarget = 0.995;

    [Fact]
    public void GoldSet_IdentifierRecall_AtLeastIssueTarget()
    {
        Print();
        output.WriteLine($"issue target {IssueRecallTarget}: {(Score.Value.Recall >= IssueRecallTarget ? "met" : "NOT met")}");
        Score.Value.Recall.Should().BeGreaterThanOrEqualTo(IssueRecallTarget, string.Join("\n", Score.Value.Misses.Take(40)));
    }

    [Fact]
    public void GoldSet_ClinicalTermRetention_AtLeast99Hundredths()
    {
        Score.Value.Retention.Should().BeGreaterThanOrEqualTo(0.99, string.Join("\n", Score.Value.Losses.Take(40)));
    }

    [Fact]
    public void GoldSet_IdentifierFreePosts_NoneScrubbed()
    {
        Score.Value.CleanPosts.Should().BeGreaterThanOrEqualTo(200);
        Score.Value.CleanPostsTouched.Should().Be(0, string.Join("\n", Score.Value.Losses.Where(l => l.Contains(" FP ", StringComparison.Ordinal)).Take(40)));
    }

    private void Print()
    {
        var s = Score.Value;
        output.WriteLine($"identifiers {s.Identifiers}, caught {s.Caught}, recall {s.Recall:F4}");
        output.WriteLine($"clinical terms {s.Terms}, kept {s.TermsKept}, retention {s.Retention:F4}");
        output.WriteLine($"identifier-free posts {s.CleanPosts}, scrubbed by mistake {s.CleanPostsTouched}");
        foreach (var miss in s.Misses.Take(100))
        {
            output.WriteLine("MISS " + miss);
        }

        foreach (var loss in s.Losses.Take(60))
        {
            output.WriteLine("LOSS " + loss);
        }
    }
}
