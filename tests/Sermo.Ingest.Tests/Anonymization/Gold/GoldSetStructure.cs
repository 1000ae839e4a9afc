namespace Sermo.Ingest.Tests.Anonymization.Gold;

/// <summary>
/// The structural checks every round's held-out set passes (decisions 098 and 117): enough posts, identifiers, clean and
/// hand-written posts; spans inside their text; no clinical term overlapping an identifier; the stored hand-written posts
/// equal to their markup file. One copy, so that a new round's test class only names its floors.
/// </summary>
internal static class GoldSetStructure
{
    public static void ShouldHaveShape(IReadOnlyList<GoldPost> posts, int minPosts, int minIdentifiers, int minClean, string handPrefix, int minHandWritten)
    {
        posts.Count.Should().BeGreaterThanOrEqualTo(minPosts);
        posts.Sum(p => p.Identifiers.Count).Should().BeGreaterThanOrEqualTo(minIdentifiers);
        posts.Count(p => p.Identifiers.Count == 0).Should().BeGreaterThanOrEqualTo(minClean);
        posts.Count(p => p.Id.StartsWith(handPrefix, StringComparison.Ordinal)).Should().BeGreaterThanOrEqualTo(minHandWritten);
        posts.Select(p => p.Id).Should().OnlyHaveUniqueItems();
        posts.Should().OnlyContain(p => p.Identifiers.All(i => i.Start >= 0 && i.End <= p.Text.Length && i.Start < i.End));
        posts.Should().OnlyContain(p => p.ClinicalTerms.All(t => p.Text.Contains(t, StringComparison.Ordinal)));
    }

    /// <summary>A term that overlaps a labelled identifier would count the same text as both kept and removed.</summary>
    public static void ShouldKeepClinicalTermsOutsideIdentifiers(IReadOnlyList<GoldPost> posts)
    {
        foreach (var post in posts)
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

    /// <summary>The set's jsonl is generated from its hand-written.txt; a hand edit of one without the other would drift silently.</summary>
    public static void ShouldMatchHandWrittenFile(IReadOnlyList<GoldPost> posts, string roundFolder, string handPrefix)
    {
        var lines = File.ReadLines(Path.Combine(GoldFiles.Folder, roundFolder, "hand-written.txt"))
            .Where(l => l.Trim().Length > 0 && !l.StartsWith('#'))
            .Select((l, n) => GoldMarkup.Parse($"{handPrefix}{n:000}", l.Replace("\\n", "\n", StringComparison.Ordinal)))
            .ToList();
        var stored = posts.Where(p => p.Id.StartsWith(handPrefix, StringComparison.Ordinal)).ToList();
        stored.Select(p => (p.Id, p.Text)).Should().Equal(lines.Select(p => (p.Id, p.Text)));
        stored.Select(p => p.Identifiers.Count).Should().Equal(lines.Select(p => p.Identifiers.Count));
        stored.Select(p => p.Identifiers).Should().Equal(lines.Select(p => p.Identifiers), (a, b) => a.SequenceEqual(b));
        stored.Select(p => p.ClinicalTerms).Should().Equal(lines.Select(p => p.ClinicalTerms), (a, b) => a.SequenceEqual(b));
    }
}
