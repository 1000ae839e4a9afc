using System.Buffers;

namespace Sermo.Ingest.Anonymization;

/// <summary>
/// Round 54 (decision 385): a name the writer takes back and corrects at once ("Yerlan? no, [Nurlan Sadykov]", "Wiremu... sorry,
/// [Hemi Parata]", "Faadumo... no, it's [Fatima Abdi]"). The name taken back is a person's name as much as the one that replaces it
/// (another patient, or the same one misspelt), and it opens the post more often than not, where no cue before it helps the other
/// rules. Over the readable gold sets (rounds 10-51) the shape stands after a capitalised word 184 times; with a name within two
/// words after the correction word 47 times, 44 labelled and three titles ("Mrs... sorry, [name]", "Dr... sorry, the fellow,").
/// Taken: one capitalised word with a lower-case letter in it (not an abbreviation, not a title), right before "?", "...", "…" or a
/// dash and a correction word ("no", "nope", "sorry", "wait", "correction"), when a name the rules or the learned detector found
/// starts after that word and at most two more lower-case words ("it's", "I mean"). A drug, a place or a demonym taken back
/// ("Singulair... wait", "Oklahoma? no, it's Texas", "Chamorro? no, the pt is [name]") has no found name that close and stays.
/// Cost (decisions 093, 300, 312): one vectorised multi-string search of the post for the correction markers; nothing else runs in a
/// post without one.
/// </summary>
internal static class CorrectedNamesBeforeFoundOnes
{
    // The dashes count only after a space (" \u2014 no"); they are searched without it, as a marker that opens with a space makes the
    // vectorised search stop at nearly every space of the post, and the space is checked at a hit. The ellipsis and dashes are
    // searched apart, and only in a post that has one: the ASCII markers alone take the fast vectorised search.
    private static readonly string[] AsciiMarks = ["?", "..."];

    private static readonly string[] WideMarks = ["\u2026", "\u2014", "\u2013"];

    private static readonly string[] CorrectionWords = ["no", "nope", "sorry", "wait", "correction"];

    // Every mark followed by a space and a correction word: "? no", "... sorry", "\u2014 wait" (any case: "? No,").
    private static readonly SearchValues<string> AsciiMarkers = MarkersOf(AsciiMarks);

    private static readonly SearchValues<string> WideMarkers = MarkersOf(WideMarks);

    private static readonly SearchValues<char> WideMarkChars = SearchValues.Create(string.Concat(WideMarks));

    // A title taken back is not a name ("Mrs... sorry, Bhowmick", "Dr... no, the fellow").
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Titles = new HashSet<string>(
        [.. NameCues.StrongTitles, .. NameCues.WeakTitles], StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private const int MaxWordsBetween = 2;

    public static void Detect(string text, List<Detection> found)
    {
        if (found.Count == 0)
        {
            return;
        }

        var from = 0;
        while (from < text.Length)
        {
            var hit = NextMarker(text.AsSpan(from));
            if (hit < 0)
            {
                return;
            }

            var mark = from + hit;
            if (text[mark] is '\u2014' or '\u2013')
            {
                if (mark == from || text[mark - 1] != ' ')
                {
                    from = mark + 1;
                    continue;
                }

                mark--;
            }

            from = mark + 1;
            var afterWord = CorrectionWordEnd(text, mark);
            if (afterWord < 0)
            {
                continue;
            }

            var start = RegexScan.NameWordStartBefore(text, mark);
            if (!IsNameShaped(text.AsSpan(start, mark - start)) || RegexScan.IsWordChar(text, start - 1)
                || FoundNameAfter(text, afterWord, found) is not { } corrected)
            {
                continue;
            }

            found.AddIfFree(new Detection(start, mark, corrected.Type, corrected.Priority));
        }
    }

    private static SearchValues<string> MarkersOf(string[] marks) => SearchValues.Create(
        [.. marks.SelectMany(mark => CorrectionWords.Select(word => $"{mark} {word}"))], StringComparison.OrdinalIgnoreCase);

    // The first marker of either kind: a wide one is looked for only before the first ASCII one (its letters and space after the
    // mark cannot hold a '?' or '.', so it ends before that one starts).
    private static int NextMarker(ReadOnlySpan<char> span)
    {
        var ascii = span.IndexOfAny(AsciiMarkers);
        var before = ascii < 0 ? span : span[..ascii];
        if (before.IndexOfAny(WideMarkChars) < 0)
        {
            return ascii;
        }

        var wide = before.IndexOfAny(WideMarkers);
        return wide >= 0 ? wide : ascii;
    }

    // Where the correction word after the mark ends, or -1 when the word after the mark is another ("? none", "... now", "? nobody").
    private static int CorrectionWordEnd(string text, int mark)
    {
        var at = mark;
        while (at < text.Length && text[at] is '?' or '.' or '\u2026' or '\u2014' or '\u2013' or ' ')
        {
            at++;
        }

        var end = at;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        if (end == at || RegexScan.IsWordChar(text, end))
        {
            return -1;
        }

        var word = text.AsSpan(at, end - at);
        foreach (var correction in CorrectionWords)
        {
            if (word.Equals(correction, StringComparison.OrdinalIgnoreCase))
            {
                return end;
            }
        }

        return -1;
    }

    // "Larrañaga", "El", "Mbundu": a capital, a lower-case letter, no title.
    private static bool IsNameShaped(ReadOnlySpan<char> word) =>
        word.Length >= 2 && char.IsUpper(word[0]) && HasLowerCase(word) && !Titles.Contains(word);

    private static bool HasLowerCase(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (char.IsLower(c))
            {
                return true;
            }
        }

        return false;
    }

    // The found name that starts after the correction word, past punctuation and at most two lower-case words ("it's", "I mean").
    private static Detection? FoundNameAfter(string text, int at, List<Detection> found)
    {
        for (var words = 0; words <= MaxWordsBetween; words++)
        {
            while (at < text.Length && text[at] is ' ' or ',' or '.' or ':' or ';' or '-' or '\u2014' or '\u2013')
            {
                at++;
            }

            foreach (var detection in found)
            {
                if (detection.Start == at && detection.Type == PhiType.Name)
                {
                    return detection;
                }
            }

            var end = at;
            while (end < text.Length && (char.IsAsciiLetterLower(text[end]) || (end > at && text[end] is '\'' or '\u2019')))
            {
                end++;
            }

            if (end == at && at < text.Length && text[at] == 'I' && !RegexScan.IsWordChar(text, at + 1))
            {
                end = at + 1;
            }

            if (end == at || RegexScan.IsWordChar(text, end))
            {
                return null;
            }

            at = end;
        }

        return null;
    }
}
