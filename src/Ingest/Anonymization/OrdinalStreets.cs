namespace Sermo.Ingest.Anonymization;

/// <summary>
/// A numbered street with no house number (round 40, decision 251): "N 4th St", "NW 54th St", "West 92nd", "27th Street", "the hotel
/// on 5th Ave", a corner ("5th and Vine", "Elm and 5th") and a shop told by its street ("Hy-Vee on 41st", "the Salvation Army on
/// 5th"). <see cref="StreetDetector"/> needs a house number first, so pooled over rounds 10-36 these were misses in eight rounds,
/// nearly all written by hand. The ordinal (one to three digits and its letters) is a street when a compass word stands before it,
/// a street word after it, a capitalised word or an ordinal across "and" with the corner's part closing after it, or "on", "off",
/// "at" or "near" before it with the part closing right after it ("on 5th," but not "on 2nd line therapy", "the 5th" or "on 3rd
/// floor"). A capitalised run right before "on" (a shop, a shelter) joins the span. The rule visits only the text's digit runs.
/// </summary>
internal static class OrdinalStreets
{
    private const int MaxShopWords = 3;

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CompassWords = new HashSet<string>(
        ["N", "S", "E", "W", "NE", "NW", "SE", "SW", "North", "South", "East", "West"], StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StreetWords = new HashSet<string>(
        ["St", "Street", "Ave", "Avenue", "Av", "Blvd", "Boulevard", "Rd", "Road", "Pl", "Place", "Ter", "Terrace", "Cross", "Ln", "Lane"],
        StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly string[] StreetSlots = ["on", "off", "at", "near"];

    public static void Detect(string text, List<Detection> found)
    {
        var at = 0;
        while (at < text.Length && text.AsSpan(at).IndexOfAnyInRange('0', '9') is >= 0 and var offset)
        {
            var start = at + offset;
            var end = OrdinalEnd(text, start);
            at = end > 0 ? end : start + 1;
            if (end < 0)
            {
                continue;
            }

            var span = StreetAround(text, start, end);
            if (span.End > 0)
            {
                found.Add(new Detection(span.Start, span.End, PhiType.Address, 6));
                at = span.End;
            }
        }
    }

    private static (int Start, int End) StreetAround(string text, int start, int end)
    {
        var (wordBefore, beforeStart) = WordBefore(text, start);
        var (wordAfter, afterEnd) = WordAfter(text, end);
        var spanStart = CompassWords.Contains(wordBefore) ? beforeStart : start;
        if (StreetWords.Contains(wordAfter))
        {
            return (spanStart, afterEnd);
        }

        if (spanStart < start && wordBefore.Length > 2)
        {
            return (spanStart, end); // "West 92nd"
        }

        // "5th and Vine", "Elm and 5th": a corner, its part closing after it.
        if (wordAfter is "and" && WordAfter(text, afterEnd) is var (corner, cornerEnd) && RegexScan.IsCapitalised(corner) && ClosesPart(text, cornerEnd))
        {
            return (start, cornerEnd);
        }

        if (!ClosesPart(text, end))
        {
            return default;
        }

        if (wordBefore is "and" && WordBefore(text, beforeStart) is var (other, otherStart) && RegexScan.IsCapitalised(other) && !CompassWords.Contains(other))
        {
            return (otherStart, end);
        }

        return RegexScan.WordBeforeIsAny(text, start, StreetSlots) ? (ShopBefore(text, beforeStart), end) : default;
    }

    // "Hy-Vee on 41st", "the Salvation Army on 5th": up to three capitalised words right before "on"; else the ordinal alone.
    private static int ShopBefore(string text, int slotStart)
    {
        var first = -1;
        var at = slotStart;
        for (var n = 0; n < MaxShopWords; n++)
        {
            var (word, wordStart) = WordBefore(text, at);
            if (!RegexScan.IsCapitalised(word) || CompassWords.Contains(word))
            {
                break;
            }

            first = wordStart;
            at = wordStart;
        }

        return first >= 0 ? first : slotStart + (text.AsSpan(slotStart).IndexOf(' ') + 1);
    }

    // "5th", "41st", "92nd", "3rd" opening a word: the end of the ordinal's letters, or -1.
    private static int OrdinalEnd(string text, int start)
    {
        if (start > 0 && (char.IsLetterOrDigit(text[start - 1]) || text[start - 1] is '-' or '/' or '.' or ':'))
        {
            return -1;
        }

        var end = start;
        while (end < text.Length && char.IsAsciiDigit(text[end]))
        {
            end++;
        }

        if (end - start is < 1 or > 3 || end + 2 > text.Length || text.AsSpan(end, 2) is not ("st" or "nd" or "rd" or "th"))
        {
            return -1;
        }

        return RegexScan.IsWordChar(text, end + 2) ? -1 : end + 2;
    }

    // The part of the line closes: punctuation, a line break, the end, or " in " (a town next).
    private static bool ClosesPart(string text, int end) =>
        end == text.Length || text[end] is ',' or '.' or ';' or ')' or ':' or '!' or '?' or '\n' or '\r'
        || text.AsSpan(end).StartsWith(" in ", StringComparison.Ordinal);

    private static (string Word, int Start) WordBefore(string text, int start)
    {
        if (start < 2 || text[start - 1] != ' ')
        {
            return ("", start);
        }

        var wordStart = start - 1;
        while (wordStart > 0 && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] is '-' or '\''))
        {
            wordStart--;
        }

        return (text[wordStart..(start - 1)], wordStart);
    }

    private static (string Word, int End) WordAfter(string text, int end)
    {
        if (end + 1 >= text.Length || text[end] != ' ')
        {
            return ("", end);
        }

        var wordEnd = end + 1;
        while (wordEnd < text.Length && (char.IsLetterOrDigit(text[wordEnd]) || text[wordEnd] is '-' or '\''))
        {
            wordEnd++;
        }

        return (text[(end + 1)..wordEnd], wordEnd);
    }
}
