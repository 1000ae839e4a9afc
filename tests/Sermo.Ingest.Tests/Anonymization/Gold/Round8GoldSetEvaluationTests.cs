using Sermo.Ingest.Anonymization;
using Xunit.Abstractions;

namespace Sermo.Ingest.Tests.Anonymization.Gold;

/// <summary>
/// Round 8's held-out set of issue #14 (Round8/: its own generator, names and places typed by a helper who never opened
/// the scrubber's code or word lists, hand-written physician posts), committed before it was scored (decision 056). Held
/// out in round 8 and scored once after it (0.7948); since round 9 it is tuning data (the learned detector trains on it,
/// decision 065), so it prints its misses and losses as round 7's set does.
/// </summary>
public sealed class Round8GoldSetEvaluationTests(ITestOutputHelper output)
{
    private static readonly Lazy<GoldScore> Round8 = new(() => GoldScore.Evaluate(ScrubAssertions.Scrubber, GoldFiles.LoadRound8()));

    /// <summary>A regression floor under the first score on main's scrubber (0.7671, 527 / 687); issue #14's target is 0.995.</summary>
    public const double RecallFloor = 0.75;

    /// <summary>A regression floor under the first score (0.9772, 685 / 701); issue #14's target is 0.99.</summary>
    public const double RetentionFloor = 0.97;

    [Fact]
    public void Round8HeldOutSet_IdentifierRecallAndRetention_AtLeastRegressionFloors()
    {
        output.WriteFigures("round8", Round8.Value);
        output.WriteMissesAndLosses(Round8.Value);
        Round8.Value.Recall.Should().BeGreaterThanOrEqualTo(RecallFloor, "a regression floor; the set is tuning data since round 9");
        Round8.Value.Retention.Should().BeGreaterThanOrEqualTo(RetentionFloor, "a regression floor under the first score");
    }

    /// <summary>The set scored by the rules alone: what the rules leave for the learned detector (round 9's table of causes).</summary>
    [Fact]
    public void Round8Set_RulesOnly_PrintsMissesAtLeastRegressionFloor()
    {
        var rulesOnly = GoldScore.Evaluate(new PhiScrubber(model: null), GoldFiles.LoadRound8());
        output.WriteFigures("round8 rules only", rulesOnly);
        output.WriteMissesAndLosses(rulesOnly);
        rulesOnly.Recall.Should().BeGreaterThanOrEqualTo(RecallFloor);
    }

    [Fact]
    public void Round8HeldOutSet_Shape_300PostsAnd450IdentifiersAnd60Clean()
    {
        var posts = GoldFiles.LoadRound8();
        posts.Count.Should().BeGreaterThanOrEqualTo(300);
        posts.Sum(p => p.Identifiers.Count).Should().BeGreaterThanOrEqualTo(450);
        posts.Count(p => p.Identifiers.Count == 0).Should().BeGreaterThanOrEqualTo(60);
        posts.Select(p => p.Id).Should().OnlyHaveUniqueItems();
        posts.Should().OnlyContain(p => p.Identifiers.All(i => i.Start >= 0 && i.End <= p.Text.Length && i.Start < i.End));
    }

    [Fact]
    public void Round8HeldOutSet_ClinicalTerms_NeverInsideAnIdentifier()
    {
        // A term that overlaps a labelled identifier would count the same text as both kept and removed.
        foreach (var post in GoldFiles.LoadRound8())
        {
            foreach (var term in post.ClinicalTerms)
            {
                for (var at = post.Text.IndexOf(term, StringComparison.Ordinal); at >= 0; at = post.Text.IndexOf(term, at + 1, StringComparison.Ordinal))
                {
                    post.Identifiers.Should().NotContain(i => i.Start < at + term.Length && at < i.End, $"{post.Id}: \"{term}\" is a clinical term");
                }
            }
        }
    }
}
