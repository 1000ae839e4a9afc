using Sermo.Ingest.Anonymization;
using Xunit.Abstractions;

namespace Sermo.Ingest.Tests.Anonymization.Gold;

/// <summary>
/// Round 15's held-out set of issue #14 (Round15/: a seeded generator with templates of its own and hand-written
/// physician posts, typed by a helper who never opened the scrubber's code, word lists or model weights, nor an earlier
/// set's posts; names that are words and names in lower case, names from many languages and with two surnames,
/// relatives by name, dates as words and relative to holidays, ages over 89, phones with extensions and split over
/// lines, tables, claim, member and device numbers), committed before it was scored (decision 117). Held out in round 15
/// and scored before and after it by the lead (0.8091 → 0.832); since round 16 it is tuning data (decision 124), so it
/// prints its misses and losses as round 14's set does. It stays out of the name detector's training posts, so that its
/// figure with the detector still says what the detector does on posts it never saw.
/// </summary>
public sealed class Round15GoldSetEvaluationTests(ITestOutputHelper output)
{
    private static readonly Lazy<GoldScore> Round15 = new(() => GoldScore.Evaluate(ScrubAssertions.Scrubber, GoldFiles.LoadRound15()));

    /// <summary>A regression floor under the first score on main's scrubber (0.8091, 729 / 901); issue #14's target is 0.995.</summary>
    public const double RecallFloor = 0.78;

    /// <summary>A regression floor under the first score (0.9982, 569 / 570); issue #14's target is 0.99.</summary>
    public const double RetentionFloor = 0.97;

    [Fact]
    public void Round15HeldOutSet_IdentifierRecallAndRetention_AtLeastRegressionFloors()
    {
        output.WriteFigures("round15", Round15.Value);
        output.WriteMissesAndLosses(Round15.Value);
        Round15.Value.Recall.Should().BeGreaterThanOrEqualTo(RecallFloor, "a regression floor; the set is tuning data since round 16");
        Round15.Value.Retention.Should().BeGreaterThanOrEqualTo(RetentionFloor, "a regression floor under the first score");
    }

    /// <summary>The set scored by the rules alone: what the rules leave for the learned detector.</summary>
    [Fact]
    public void Round15Set_RulesOnly_PrintsMissesAtLeastRegressionFloor()
    {
        var rulesOnly = GoldScore.Evaluate(new PhiScrubber(model: null), GoldFiles.LoadRound15());
        output.WriteFigures("round15 rules only", rulesOnly);
        output.WriteMissesAndLosses(rulesOnly);
        rulesOnly.Recall.Should().BeGreaterThanOrEqualTo(RecallFloor);
    }

    [Fact]
    public void Round15HeldOutSet_Shape_400PostsAnd880IdentifiersAnd120Clean()
    {
        var posts = GoldFiles.LoadRound15();
        posts.Count.Should().BeGreaterThanOrEqualTo(400);
        posts.Sum(p => p.Identifiers.Count).Should().BeGreaterThanOrEqualTo(880);
        posts.Count(p => p.Identifiers.Count == 0).Should().BeGreaterThanOrEqualTo(120);
        posts.Count(p => p.Id.StartsWith("r15-hand-", StringComparison.Ordinal)).Should().BeGreaterThanOrEqualTo(200);
        posts.Select(p => p.Id).Should().OnlyHaveUniqueItems();
        posts.Should().OnlyContain(p => p.Identifiers.All(i => i.Start >= 0 && i.End <= p.Text.Length && i.Start < i.End));
        posts.Should().OnlyContain(p => p.ClinicalTerms.All(t => p.Text.Contains(t, StringComparison.Ordinal)));
    }

    [Fact]
    public void Round15HeldOutSet_ClinicalTerms_NeverInsideAnIdentifier()
    {
        // A term that overlaps a labelled identifier would count the same text as both kept and removed.
        foreach (var post in GoldFiles.LoadRound15())
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
    public void Round15HeldOutSet_HandWrittenPosts_MatchTheirMarkupFile()
    {
        // round15.jsonl is generated from hand-written.txt; a hand edit of one without the other would drift silently.
        var lines = File.ReadLines(Path.Combine(GoldFiles.Folder, "Round15", "hand-written.txt"))
            .Where(l => l.Trim().Length > 0 && !l.StartsWith('#'))
            .Select((l, n) => GoldMarkup.Parse($"r15-hand-{n:000}", l.Replace("\\n", "\n", StringComparison.Ordinal)))
            .ToList();
        var stored = GoldFiles.LoadRound15().Where(p => p.Id.StartsWith("r15-hand-", StringComparison.Ordinal)).ToList();
        stored.Select(p => (p.Id, p.Text)).Should().Equal(lines.Select(p => (p.Id, p.Text)));
        stored.Select(p => p.Identifiers.Count).Should().Equal(lines.Select(p => p.Identifiers.Count));
        stored.Select(p => p.Identifiers).Should().Equal(lines.Select(p => p.Identifiers), (a, b) => a.SequenceEqual(b));
        stored.Select(p => p.ClinicalTerms).Should().Equal(lines.Select(p => p.ClinicalTerms), (a, b) => a.SequenceEqual(b));
    }
}
