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

    /// <summary>
    /// <see cref="Collect"/>, then the openers dropped from the run's front ("At Twin Oaks"): the index in <paramref name="starts"/>
    /// of the front word left, or -1 when none is.
    /// </summary>
    public static int FrontPastOpeners(string text, int head, Span<int> starts, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> openers)
    {
        var first = Collect(text, head, starts) - 1;
        while (first >= 0 && openers.Contains(Word(text, starts, first, head)))
        {
            first--;
        }

        return first;
    }

    /// <summary>The w-th word back from the head that <see cref="Collect"/> found, without the space after it.</summary>
    public static ReadOnlySpan<char> Word(string text, ReadOnlySpan<int> starts, int w, int head)
    {
        var wordEnd = w == 0 ? head - 1 : starts[w - 1] - 1;
        return text.AsSpan(starts[w], wordEnd - starts[w]);
    }

    /// <summary>
    /// The end of the first of <paramref name="heads"/> that starts at a cue hit and ends a word there (a list puts a head before
    /// the shorter heads it starts with: "Farms" before "Farm"); one past the hit when a longer word holds it ("Farmington",
    /// "Millbrook"), which the caller's word test then skips.
    /// </summary>
    public static int HeadEnd(string text, int head, ReadOnlySpan<string> heads)
    {
        var rest = text.AsSpan(head);
        foreach (var word in heads)
        {
            if (rest.StartsWith(word, StringComparison.Ordinal) && !RegexScan.IsWordChar(text, head + word.Length))
            {
                return head + word.Length;
            }
        }

        return head + 1;
    }

    /// <summary>A capitalised word follows the head: the head is part of a longer name or an address ("Dairy Queen").</summary>
    public static bool NextWordIsCapitalised(string text, int headEnd) =>
        headEnd + 1 < text.Length && text[headEnd] == ' ' && char.IsUpper(text[headEnd + 1]);

    public static bool IsNameChar(char c) => char.IsLetter(c) || c is '\'' or '-' or '&' or '.' or '’';
}
