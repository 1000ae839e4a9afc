using Sermo.Ingest.Anonymization;
using Xunit.Abstractions;

namespace Sermo.Ingest.Tests.Anonymization.Gold;

/// <summary>
/// Round 12's held-out set of issue #14 (Round12/: a seeded generator with templates of its own and hand-written
/// physician posts, names and places typed by a helper who never opened the scrubber's code, word lists or model weights,
/// nor an earlier set's posts), committed before it was scored (decision 089). Held out in round 12 and scored once after
/// it (0.854); since round 13 it is tuning data (decision 100), so it prints its misses and losses as round 11's set does.
/// </summary>
public sealed class Round12GoldSetEvaluationTests(ITestOutputHelper output)
{
    private static readonly Lazy<GoldScore> Round12 = new(() => GoldScore.Evaluate(ScrubAssertions.Scrubber, GoldFiles.LoadRound12()));

    /// <summary>A regression floor under the first score on main's scrubber (0.8113, 791 / 975); issue #14's target is 0.995.</summary>
    public const double RecallFloor = 0.79;

    /// <summary>A regression floor under the first score (0.9895, 659 / 666); issue #14's target is 0.99.</summary>
    public const double RetentionFloor = 0.97;

    [Fact]
    public void Round12HeldOutSet_IdentifierRecallAndRetention_AtLeastRegressionFloors()
    {
        output.WriteFigures("round12", Round12.Value);
        output.WriteMissesAndLosses(Round12.Value);
        Round12.Value.Recall.Should().BeGreaterThanOrEqualTo(RecallFloor, "a regression floor; the set is tuning data since round 13");
        Round12.Value.Retention.Should().BeGreaterThanOrEqualTo(RetentionFloor, "a regression floor under the first score");
    }

    /// <summary>The set scored by the rules alone: what the rules leave for the learned detector.</summary>
    [Fact]
    public void Round12Set_RulesOnly_PrintsMissesAtLeastRegressionFloor()
    {
        var rulesOnly = GoldScore.Evaluate(new PhiScrubber(model: null), GoldFiles.LoadRound12());
        output.WriteFigures("round12 rules only", rulesOnly);
        output.WriteMissesAndLosses(rulesOnly);
        rulesOnly.Recall.Should().BeGreaterThanOrEqualTo(RecallFloor);
    }

    [Fact]
    public void Round12HeldOutSet_Shape_450PostsAnd850IdentifiersAnd120Clean()
    {
        var posts = GoldFiles.LoadRound12();
        posts.Count.Should().BeGreaterThanOrEqualTo(450);
        posts.Sum(p => p.Identifiers.Count).Should().BeGreaterThanOrEqualTo(850);
        posts.Count(p => p.Identifiers.Count == 0).Should().BeGreaterThanOrEqualTo(120);
        posts.Count(p => p.Id.StartsWith("r12-hand-", StringComparison.Ordinal)).Should().BeGreaterThanOrEqualTo(200);
        posts.Select(p => p.Id).Should().OnlyHaveUniqueItems();
        posts.Should().OnlyContain(p => p.Identifiers.All(i => i.Start >= 0 && i.End <= p.Text.Length && i.Start < i.End));
        posts.Should().OnlyContain(p => p.ClinicalTerms.All(t => p.Text.Contains(t, StringComparison.Ordinal)));
    }

    [Fact]
    public void Round12HeldOutSet_ClinicalTerms_NeverInsideAnIdentifier()
    {
        // A term that overlaps a labelled identifier would count the same text as both kept and removed.
        foreach (var post in GoldFiles.LoadRound12())
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
    public void Round12HeldOutSet_HandWrittenPosts_MatchTheirMarkupFile()
    {
        // round12.jsonl is generated from hand-written.txt; a hand edit of one without the other would drift silently.
        var lines = File.ReadLines(Path.Combine(GoldFiles.Folder, "Round12", "hand-written.txt"))
            .Where(l => l.Trim().Length > 0 && !l.StartsWith('#'))
            .Select((l, n) => GoldMarkup.Parse($"r12-hand-{n:000}", l.Replace("\\n", "\n", StringComparison.Ordinal)))
            .ToList();
        var stored = GoldFiles.LoadRound12().Where(p => p.Id.StartsWith("r12-hand-", StringComparison.Ordinal)).ToList();
        stored.Select(p => (p.Id, p.Text)).Should().Equal(lines.Select(p => (p.Id, p.Text)));
        stored.Select(p => p.Identifiers.Count).Should().Equal(lines.Select(p => p.Identifiers.Count));
    }
}
