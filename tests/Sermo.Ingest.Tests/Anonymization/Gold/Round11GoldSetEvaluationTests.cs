using Sermo.Ingest.Anonymization;
using Xunit.Abstractions;

namespace Sermo.Ingest.Tests.Anonymization.Gold;

/// <summary>
/// Round 11's held-out set of issue #14 (Round11/: a seeded generator with templates of its own and hand-written
/// physician posts, names and places typed by a helper who never opened the scrubber's code, word lists or model weights,
/// nor an earlier set's posts), committed before it was scored (decision 080). Held out in round 11 and scored once after
/// it (0.7828); since round 12 it is tuning data (decision 091), so it prints its misses and losses as round 10's set does.
/// </summary>
public sealed class Round11GoldSetEvaluationTests(ITestOutputHelper output)
{
    private static readonly Lazy<GoldScore> Round11 = new(() => GoldScore.Evaluate(ScrubAssertions.Scrubber, GoldFiles.LoadRound11()));

    /// <summary>A regression floor under the first score on main's scrubber (0.7678, 820 / 1068); issue #14's target is 0.995.</summary>
    public const double RecallFloor = 0.75;

    /// <summary>A regression floor under the first score (0.9634, 658 / 683); issue #14's target is 0.99.</summary>
    public const double RetentionFloor = 0.95;

    [Fact]
    public void Round11HeldOutSet_IdentifierRecallAndRetention_AtLeastRegressionFloors()
    {
        output.WriteFigures("round11", Round11.Value);
        output.WriteMissesAndLosses(Round11.Value);
        Round11.Value.Recall.Should().BeGreaterThanOrEqualTo(RecallFloor, "a regression floor; the set is tuning data since round 12");
        Round11.Value.Retention.Should().BeGreaterThanOrEqualTo(RetentionFloor, "a regression floor under the first score");
    }

    /// <summary>The set scored by the rules alone: what the rules leave for the learned detector (round 12's table of causes).</summary>
    [Fact]
    public void Round11Set_RulesOnly_PrintsMissesAtLeastRegressionFloor()
    {
        var rulesOnly = GoldScore.Evaluate(new PhiScrubber(model: null), GoldFiles.LoadRound11());
        output.WriteFigures("round11 rules only", rulesOnly);
        output.WriteMissesAndLosses(rulesOnly);
        rulesOnly.Recall.Should().BeGreaterThanOrEqualTo(RecallFloor);
    }

    [Fact]
    public void Round11HeldOutSet_Shape_450PostsAnd850IdentifiersAnd120Clean()
    {
        var posts = GoldFiles.LoadRound11();
        posts.Count.Should().BeGreaterThanOrEqualTo(450);
        posts.Sum(p => p.Identifiers.Count).Should().BeGreaterThanOrEqualTo(850);
        posts.Count(p => p.Identifiers.Count == 0).Should().BeGreaterThanOrEqualTo(120);
        posts.Count(p => p.Id.StartsWith("r11-hand-", StringComparison.Ordinal)).Should().BeGreaterThanOrEqualTo(200);
        posts.Select(p => p.Id).Should().OnlyHaveUniqueItems();
        posts.Should().OnlyContain(p => p.Identifiers.All(i => i.Start >= 0 && i.End <= p.Text.Length && i.Start < i.End));
        posts.Should().OnlyContain(p => p.ClinicalTerms.All(t => p.Text.Contains(t, StringComparison.Ordinal)));
    }

    [Fact]
    public void Round11HeldOutSet_ClinicalTerms_NeverInsideAnIdentifier()
    {
        // A term that overlaps a labelled identifier would count the same text as both kept and removed.
        foreach (var post in GoldFiles.LoadRound11())
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
    public void Round11HeldOutSet_HandWrittenPosts_MatchTheirMarkupFile()
    {
        // round11.jsonl is generated from hand-written.txt; a hand edit of one without the other would drift silently.
        var lines = File.ReadLines(Path.Combine(GoldFiles.Folder, "Round11", "hand-written.txt"))
            .Where(l => l.Trim().Length > 0 && !l.StartsWith('#'))
            .Select((l, n) => GoldMarkup.Parse($"r11-hand-{n:000}", l.Replace("\\n", "\n", StringComparison.Ordinal)))
            .ToList();
        var stored = GoldFiles.LoadRound11().Where(p => p.Id.StartsWith("r11-hand-", StringComparison.Ordinal)).ToList();
        stored.Select(p => (p.Id, p.Text)).Should().Equal(lines.Select(p => (p.Id, p.Text)));
        stored.Select(p => p.Identifiers.Count).Should().Equal(lines.Select(p => p.Identifiers.Count));
    }
}
