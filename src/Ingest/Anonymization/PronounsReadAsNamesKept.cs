using System.Collections.Frozen;

namespace Sermo.Ingest.Anonymization;

/// <summary>
/// A name read that is only a capitalised pronoun, a contraction or "So" opening a sentence ("We're told to stop", "I've been doing
/// jail medicine", "We'll see.", "My tamponade today"): the pooled false hits of rounds 10-43 (decision 306) held eight in six
/// rounds, none an identifier. A read that covers more words stays. Runs last, over the found reads only (a few per post).
/// </summary>
internal static class PronounsReadAsNamesKept
{
    private const int Longest = 7;

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Pronouns = FrozenSet.Create(StringComparer.Ordinal,
        "I'm", "I've", "I'll", "I'd", "We", "We're", "We've", "We'll", "We'd", "My", "Our", "So", "You", "You're", "They", "They're",
        "He's", "She's", "It's").GetAlternateLookup<ReadOnlySpan<char>>();

    public static void Keep(string text, List<Detection> candidates)
    {
        Span<char> buffer = stackalloc char[Longest];
        for (var n = candidates.Count - 1; n >= 0; n--)
        {
            var d = candidates[n];
            if (d.Type == PhiType.Name && d.End - d.Start <= Longest && Pronouns.Contains(Apostrophes(text.AsSpan(d.Start, d.End - d.Start), buffer)))
            {
                candidates.RemoveAt(n);
            }
        }
    }

    // "We’re" as "We're": the typographic apostrophe of a phone's keyboard reads the same.
    private static ReadOnlySpan<char> Apostrophes(ReadOnlySpan<char> word, Span<char> buffer)
    {
        if (word.IndexOf('\u2019') < 0)
        {
            return word;
        }

        word.CopyTo(buffer);
        buffer[..word.Length].Replace('\u2019', '\'');
        return buffer[..word.Length];
    }
}
