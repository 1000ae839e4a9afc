using Sermo.Ingest.Anonymization;
using Xunit.Abstractions;

namespace Sermo.Ingest.Tests.Anonymization.Gold;

/// <summary>
/// Round 13's held-out set of issue #14 (Round13/: a seeded generator with templates of its own and hand-written
/// physician posts, names and places typed by a helper who never opened the scrubber's code, word lists or model weights,
/// nor an earlier set's posts), committed before it was scored (decision 098). Held out in round 13 and scored once
/// after it (0.902); since round 14 it is tuning data (decision 111), so it prints its misses and losses as round 12's set does.
/// </summary>
public sealed class Round13GoldSetEvaluationTests(ITestOutputHelper output)
{
    private static readonly Lazy<GoldScore> Round13 = new(() => GoldScore.Evaluate(ScrubAssertions.Scrubber, GoldFiles.LoadRound13()));

    /// <summary>A regression floor under the first score on main's scrubber (0.8986, 1,081 / 1,203); issue #14's target is 0.995.</summary>
    public const double RecallFloor = 0.87;

    /// <summary>A regression floor under the first score (0.9840, 492 / 500); issue #14's target is 0.99.</summary>
    public const double RetentionFloor = 0.96;

    [Fact]
    public void Round13HeldOutSet_IdentifierRecallAndRetention_AtLeastRegressionFloors()
    {
        output.WriteFigures("round13", Round13.Value);
        output.WriteMissesAndLosses(Round13.Value);
        Round13.Value.Recall.Should().BeGreaterThanOrEqualTo(RecallFloor, "a regression floor; the set is tuning data since round 14");
        Round13.Value.Retention.Should().BeGreaterThanOrEqualTo(RetentionFloor, "a regression floor under the first score");
    }

    /// <summary>The set scored by the rules alone: what the rules leave for the learned detector.</summary>
    [Fact]
    public void Round13Set_RulesOnly_PrintsMissesAtLeastRegressionFloor()
    {
        var rulesOnly = GoldScore.Evaluate(new PhiScrubber(model: null), GoldFiles.LoadRound13());
        output.WriteFigures("round13 rules only", rulesOnly);
        output.WriteMissesAndLosses(rulesOnly);
        rulesOnly.Recall.Should().BeGreaterThanOrEqualTo(RecallFloor);
    }

    [Fact]
    public void Round13HeldOutSet_Shape_450PostsAnd850IdentifiersAnd120Clean()
    {
        var posts = GoldFiles.LoadRound13();
        posts.Count.Should().BeGreaterThanOrEqualTo(450);
        posts.Sum(p => p.Identifiers.Count).Should().BeGreaterThanOrEqualTo(850);
        posts.Count(p => p.Identifiers.Count == 0).Should().BeGreaterThanOrEqualTo(120);
        posts.Count(p => p.Id.StartsWith("r13-hand-", StringComparison.Ordinal)).Should().BeGreaterThanOrEqualTo(200);
        posts.Select(p => p.Id).Should().OnlyHaveUniqueItems();
        posts.Should().OnlyContain(p => p.Identifiers.All(i => i.Start >= 0 && i.End <= p.Text.Length && i.Start < i.End));
        posts.Should().OnlyContain(p => p.ClinicalTerms.All(t => p.Text.Contains(t, StringComparison.Ordinal)));
    }

    [Fact]
    public void Round13HeldOutSet_ClinicalTerms_NeverInsideAnIdentifier()
    {
        // A term that overlaps a labelled identifier would count the same text as both kept and removed.
        foreach (var post in GoldFiles.LoadRound13())
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
    public void Round13HeldOutSet_HandWrittenPosts_MatchTheirMarkupFile()
    {
        // round13.jsonl is generated from hand-written.txt; a hand edit of one without the other would drift silently.
        var lines = File.ReadLines(Path.Combine(GoldFiles.Folder, "Round13", "hand-written.txt"))
            .Where(l => l.Trim().Length > 0 && !l.StartsWith('#'))
            .Select((l, n) => GoldMarkup.Parse($"r13-hand-{n:000}", l.Replace("\\n", "\n", StringComparison.Ordinal)))
            .ToList();
        var stored = GoldFiles.LoadRound13().Where(p => p.Id.StartsWith("r13-hand-", StringComparison.Ordinal)).ToList();
        stored.Select(p => (p.Id, p.Text)).Should().Equal(lines.Select(p => (p.Id, p.Text)));
        stored.Select(p => p.Identifiers.Count).Should().Equal(lines.Select(p => p.Identifiers.Count));
        stored.Select(p => p.Identifiers).Should().Equal(lines.Select(p => p.Identifiers), (a, b) => a.SequenceEqual(b));
    }
}
