namespace Sermo.Analytics.Tagging;

/// <summary>
/// Finds the tokens no exact term covered and looks each up in the catalog's <see cref="FuzzyTermIndex"/>: letters
/// only, not an ordinary English word nor a word of any lexicon term, and not in all capitals: a word typed in
/// capitals is an acronym or a trial name ("STELLAR", "SELECT", "EMPEROR"), chosen to sound like a word and often
/// one edit from a brand ("STELLAR" and Stelara's misspelling "stellara"); a misspelt brand is typed in lower or
/// title case. A brand written in capitals ("ELIQUIS") is an exact match and needs no fuzzy lookup.
/// </summary>
internal static class FuzzyMatching
{
    /// <summary>Adds edit-distance-1 matches to <paramref name="entityHits"/> and keeps the list sorted by start.</summary>
    public static void Add(ClinicalTermCatalog catalog, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> commonWords, NormalizedText normalized, List<PhraseHit> entityHits)
    {
        var chars = normalized.Chars;
        var covered = 0;
        var exactCount = entityHits.Count;
        var i = 0;
        while (i < chars.Length)
        {
            if (!NormalizedText.IsWordChar(chars[i]))
            {
                i++;
                continue;
            }

            var start = i;
            var lettersOnly = true;
            while (i < chars.Length && NormalizedText.IsWordChar(chars[i]))
            {
                lettersOnly &= char.IsAsciiLetterLower(chars[i]);
                i++;
            }

            while (covered < exactCount && entityHits[covered].End <= start)
            {
                covered++;
            }

            var overlapsExact = covered < exactCount && entityHits[covered].Start < i;
            var token = chars[start..i];
            if (!lettersOnly || overlapsExact || token.Length < FuzzyTermIndex.MinTermLength - 1 || commonWords.Contains(token)
                || IsAllCapitals(normalized, start, i))
            {
                continue;
            }

            var termId = catalog.Fuzzy.Find(token);
            if (termId >= 0)
            {
                entityHits.Add(new PhraseHit(start, i, termId));
            }
        }

        if (entityHits.Count > exactCount)
        {
            entityHits.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        }
    }

    /// <summary>True when the token at [start, end) of the normalized text has no lower-case letter in the original.</summary>
    internal static bool IsAllCapitals(NormalizedText normalized, int start, int end)
    {
        var surface = normalized.Original.AsSpan(normalized.OriginalStart(start), normalized.OriginalEnd(end) - normalized.OriginalStart(start));
        return !surface.ContainsAnyInRange('a', 'z');
    }
}
