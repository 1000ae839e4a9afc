using Xunit.Abstractions;

namespace Sermo.Ingest.Tests.Anonymization.Gold;

/// <summary>The figure lines every held-out set's test prints (and docs/anonymizer.md quotes), written one way.</summary>
public static class GoldScoreOutput
{
    /// <summary>Recall, retention, identifier-free posts touched and whether issue #14's recall target is met.</summary>
    public static void WriteFigures(this ITestOutputHelper output, string set, GoldScore score)
    {
        output.WriteLine($"{set}: identifiers {score.Identifiers}, caught {score.Caught}, recall {score.Recall:F4}");
        output.WriteLine($"{set}: clinical terms {score.Terms}, kept {score.TermsKept}, retention {score.Retention:F4}");
        output.WriteLine($"{set}: identifier-free posts {score.CleanPosts}, scrubbed by mistake {score.CleanPostsTouched}");
        var met = score.Recall >= GoldSetEvaluationTests.IssueRecallTarget;
        output.WriteLine($"issue target {GoldSetEvaluationTests.IssueRecallTarget}: {(met ? "met" : "NOT met")}");
    }

    /// <summary>
    /// Only for tuning sets: a held-out set's test never calls this, so no rule is written from its sentences. Misses, lost
    /// terms and changed identifier-free posts, then each span found in an identifier-free post (its false hits).
    /// </summary>
    public static void WriteMissesAndLosses(this ITestOutputHelper output, GoldScore score)
    {
        foreach (var line in score.Misses.Concat(score.Losses).Concat(score.FalseHits))
        {
            output.WriteLine(line);
        }
    }
}
