using Sermo.Ingest.Anonymization;
using Xunit.Abstractions;

namespace Sermo.Ingest.Tests.Anonymization.Gold;

/// <summary>
/// Round 14's held-out set of issue #14 (Round14/: a seeded generator with templates of its own and hand-written
/// physician posts, names and places typed by a helper who never opened the scrubber's code, word lists or model weights,
/// nor an earlier set's posts; EHR lists and tables, names in any case, dates in words, ages over 89, numbers abroad),
/// committed before it was scored (decision 109). Held out in round 14 and scored before and after it by the lead (0.7126 →
/// 0.7160); since round 15 it is tuning data (decision 119), so it prints its misses and losses as round 13's set does.
/// </summary>
public sealed class Round14GoldSetEvaluationTests(ITestOutputHelper output)
{
    private static readonly Lazy<GoldScore> Round14 = new(() => GoldScore.Evaluate(ScrubAssertions.Scrubber, GoldFiles.LoadRound14()));

    /// <summary>A regression floor under the first score on main's scrubber (0.7126, 828 / 1,162); issue #14's target is 0.995.</summary>
    public const double RecallFloor = 0.69;

    /// <summary>A regression floor under the first score (0.9802, 645 / 658); issue #14's target is 0.99.</summary>
    public const double RetentionFloor = 0.96;

    [Fact]
    public void Round14HeldOutSet_IdentifierRecallAndRetention_AtLeastRegressionFloors()
    {
        output.WriteFigures("round14", Round14.Value);
        output.WriteMissesAndLosses(Round14.Value);
        Round14.Value.Recall.Should().BeGreaterThanOrEqualTo(RecallFloor, "a regression floor; the set is tuning data since round 15");
        Round14.Value.Retention.Should().BeGreaterThanOrEqualTo(RetentionFloor, "a regression floor under the first score");
    }

    /// <summary>The set scored by the rules alone: what the rules leave for the learned detector.</summary>
    [Fact]
    public void Round14Set_RulesOnly_PrintsMissesAtLeastRegressionFloor()
    {
        var rulesOnly = GoldScore.Evaluate(new PhiScrubber(model: null), GoldFiles.LoadRound14());
        output.WriteFigures("round14 rules only", rulesOnly);
        output.WriteMissesAndLosses(rulesOnly);
        rulesOnly.Recall.Should().BeGreaterThanOrEqualTo(RecallFloor);
    }

    [Fact]
    public void Round14HeldOutSet_Shape_500PostsAnd1100IdentifiersAnd150Clean()
    {
        var posts = GoldFiles.LoadRound14();
        posts.Count.Should().BeGreaterThanOrEqualTo(500);
        posts.Sum(p => p.Identifiers.Count).Should().BeGreaterThanOrEqualTo(1100);
        posts.Count(p => p.Identifiers.Count == 0).Should().BeGreaterThanOrEqualTo(150);
        posts.Count(p => p.Id.StartsWith("r14-hand-", StringComparison.Ordinal)).Should().BeGreaterThanOrEqualTo(250);
        posts.Select(p => p.Id).Should().OnlyHaveUniqueItems();
        posts.Should().OnlyContain(p => p.Identifiers.All(i => i.Start >= 0 && i.End <= p.Text.Length && i.Start < i.End));
        posts.Should().OnlyContain(p => p.ClinicalTerms.All(t => p.Text.Contains(t, StringComparison.Ordinal)));
    }

    [Fact]
    public void Round14HeldOutSet_ClinicalTerms_NeverInsideAnIdentifier()
    {
        // A term that overlaps a labelled identifier would count the same text as both kept and removed.
        foreach (var post in GoldFiles.LoadRound14())
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

    [Fact]
    public void Round14HeldOutSet_HandWrittenPosts_MatchTheirMarkupFile()
    {
        // round14.jsonl is generated from hand-written.txt; a hand edit of one without the other would drift silently.
        var lines = File.ReadLines(Path.Combine(GoldFiles.Folder, "Round14", "hand-written.txt"))
            .Where(l => l.Trim().Length > 0 && !l.StartsWith('#'))
            .Select((l, n) => GoldMarkup.Parse($"r14-hand-{n:000}", l.Replace("\\n", "\n", StringComparison.Ordinal)))
            .ToList();
        var stored = GoldFiles.LoadRound14().Where(p => p.Id.StartsWith("r14-hand-", StringComparison.Ordinal)).ToList();
        stored.Select(p => (p.Id, p.Text)).Should().Equal(lines.Select(p => (p.Id, p.Text)));
        stored.Select(p => p.Identifiers.Count).Should().Equal(lines.Select(p => p.Identifiers.Count));
        stored.Select(p => p.Identifiers).Should().Equal(lines.Select(p => p.Identifiers), (a, b) => a.SequenceEqual(b));
    }
}
