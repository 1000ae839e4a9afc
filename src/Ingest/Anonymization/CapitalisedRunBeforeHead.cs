namespace Sermo.Ingest.Anonymization;

/// <summary>
/// The capitalised words one space apart just before a head noun ("Lazy J" before "Ranch", "Lutheran Social" before
/// "Services"): the walk back the rules share that read a named place by a head noun no facility rule has (decisions 296
/// and 346). Spans only, no allocation. Its callers drop openers and kind words from the run's front themselves; the street
/// and church rules use <see cref="TitleCaseRunBefore"/> instead, which stops at an opener and wants a lower-case second
/// letter ("Dear Dr", "MLK Blvd"), a different reading of the same words.
/// </summary>
internal static class CapitalisedRunBeforeHead
{
    public const int MaxWords = 3;

    /// <summary>
    /// Fills <paramref name="starts"/> from the head backwards with the starts of up to its length of capitalised words, and
    /// returns how many; the walk stops at a lower-case word, a mark, or a sentence's last word ("in Fargo. Lutheran Social").
    /// </summary>
    public static int Collect(string text, int head, Span<int> starts)
    {
        var words = 0;
        var at = head - 1; // the space before the head
        while (words < starts.Length && at > 0 && text[at] == ' ')
        {
            var wordStart = at;
            while (wordStart > 0 && IsNameChar(text[wordStart - 1]))
            {
                wordStart--;
            }

            if (wordStart == at || !char.IsUpper(text[wordStart]) || text[at - 1] == '.')
            {
                break;
            }

            starts[words++] = wordStart;
            at = wordStart - 1;
        }

        return words;
    }

    /// <summary>The w-th word back from the head that <see cref="Collect"/> found, without the space after it.</summary>
    public static ReadOnlySpan<char> Word(string text, ReadOnlySpan<int> starts, int w, int head)
    {
        var wordEnd = w == 0 ? head - 1 : starts[w - 1] - 1;
        return text.AsSpan(starts[w], wordEnd - starts[w]);
    }

    /// <summary>A capitalised word follows the head: the head is part of a longer name or an address ("Dairy Queen").</summary>
    public static bool NextWordIsCapitalised(string text, int headEnd) =>
        headEnd + 1 < text.Length && text[headEnd] == ' ' && char.IsUpper(text[headEnd + 1]);

    public static bool IsNameChar(char c) => char.IsLetter(c) || c is '\'' or '-' or '&' or '.' or '’';
}
