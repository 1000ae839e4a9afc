using System.Buffers;
using System.Collections.Frozen;

namespace Sermo.Ingest.Anonymization;

/// <summary>
/// Round 43 (decision 274): days the date rules missed across the rotation's authors (rounds 10-40). A day in words before
/// "of" and a month ("the fifth of May", "third of May, 1932", "fifth of november"), a month before a day in words ("march
/// fourteenth", "october first", "december twenty-second"), a day in words after "on the" closed by a mark ("operated on the
/// fifth.", "on the twenty first."), and an ordinal day in digits after an event verb ("seen the 4th and again", "admitted the
/// 27th,", "came in the 22nd with") or before "of this month". A day in words before a noun ("on the third floor", "the
/// second time") is refused: only a mark, the end or a joining word may follow it. Reads the month anchors and the digit
/// ordinals the token index found, and one case-blind search for "on the ".
/// </summary>
internal static class DaysInWordsAndOrdinals
{
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> DayWords = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth",
        "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth", "thirtieth", "twenty-first",
        "twenty-second", "twenty-third", "twenty-fourth", "twenty-fifth", "twenty-sixth", "twenty-seventh", "twenty-eighth", "twenty-ninth",
        "thirty-first").GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> JoiningWords = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "and", "at", "for", "with", "from", "to", "in", "by", "when", "but", "or").GetAlternateLookup<ReadOnlySpan<char>>();

    // The verbs after which "the 4th" is the day of a person's event.
    private static readonly string[] EventVerbs = ["admitted", "seen", "came in", "came back", "booked for", "operated on", "discharged", "arrived", "died"];

    private static readonly string[] MonthsOfReference = [" of this month", " of last month", " of next month", " of the month"];

    // A SearchValues search, not string.IndexOf with OrdinalIgnoreCase: the verb runs with invariant globalization, where that
    // overload compares char by char (a profile of the scrub verb put it at 1.4 % of the CPU).
    private static readonly SearchValues<string> OnThe = SearchValues.Create(["on the "], StringComparison.OrdinalIgnoreCase);

    private static int IndexOfOnThe(string text, int from)
    {
        var at = text.AsSpan(from).IndexOfAny(OnThe);
        return at < 0 ? -1 : from + at;
    }

    public static void Detect(TokenIndex index, List<Detection> found)
    {
        var text = index.Text;
        foreach (var (start, end) in index.Of(Anchor.Month))
        {
            DetectAroundMonth(text, start, end, found);
        }

        foreach (var (suffixStart, suffixEnd) in index.Of(Anchor.Ordinal))
        {
            var start = suffixStart;
            while (start > 0 && char.IsAsciiDigit(text[start - 1]))
            {
                start--;
            }

            if (suffixStart - start is 1 or 2 && !RegexScan.IsWordChar(text, suffixEnd) && IsEventDay(text, start, suffixEnd))
            {
                found.Add(new Detection(start, suffixEnd, PhiType.Date, 4)); // "the" outside, as decision 100's ordinal days
            }
        }

        for (var at = IndexOfOnThe(text, 0); at >= 0; at = IndexOfOnThe(text, at + 7))
        {
            if (!RegexScan.IsWordChar(text, at - 1) && DayWordEnd(text, at + 7) is > 0 and var end && ClosedAfter(text, end) && !IsListOrdinal(text.AsSpan(at + 7, end - at - 7)))
            {
                found.Add(new Detection(at + 3, end, PhiType.Date, 4)); // "the" in: some gold sets take it in, none leaves a name in it
            }
        }
    }

    // "leaned on the first.", "voted on the second": the first three are as often the items of a list as days.
    private static bool IsListOrdinal(ReadOnlySpan<char> word) =>
        word.Equals("first", StringComparison.OrdinalIgnoreCase) || word.Equals("second", StringComparison.OrdinalIgnoreCase) || word.Equals("third", StringComparison.OrdinalIgnoreCase);

    private static void DetectAroundMonth(string text, int start, int end, List<Detection> found)
    {
        var month = text.AsSpan(start, end - start);
        if (month.Length < 3)
        {
            return;
        }

        // "the fifth of May", "third of May, 1932": the day word before "of".
        if (start >= 4 && text.AsSpan(start - 4, 4).Equals(" of ", StringComparison.OrdinalIgnoreCase) && DayWordStartBefore(text, start - 4) is >= 0 and var dayStart)
        {
            found.Add(new Detection(WithTheBefore(text, dayStart), DateDetector.WithYearAfter(text, end), PhiType.Date, 4));
            return;
        }

        // "march fourteenth", "october first": a lower-case "may" is a verb ("you may first try").
        var after = end < text.Length && text[end] == ' ' ? DayWordEnd(text, end + 1) : -1;
        if (after > 0 && !month.SequenceEqual("may"))
        {
            found.Add(new Detection(start, DateDetector.WithYearAfter(text, after), PhiType.Date, 4));
        }
    }

    // "the fifth of May": the gold sets of rounds 19-22 take the "the" in, later ones leave it out; covering it costs nothing.
    private static int WithTheBefore(string text, int start) =>
        start >= 4 && text.AsSpan(start - 4, 4).Equals("the ", StringComparison.OrdinalIgnoreCase) && !RegexScan.IsWordChar(text, start - 5) ? start - 4 : start;

    // The end of a day in words starting at start ("fifth", "twenty-first", "twenty first"), or -1.
    private static int DayWordEnd(string text, int start)
    {
        var end = WordEnd(text, start);
        if (end == start)
        {
            return -1;
        }

        var word = text.AsSpan(start, end - start);
        if (word.Equals("twenty", StringComparison.OrdinalIgnoreCase) || word.Equals("thirty", StringComparison.OrdinalIgnoreCase))
        {
            if (end < text.Length && text[end] == ' ')
            {
                var second = WordEnd(text, end + 1);
                var joined = string.Concat(word, "-", text.AsSpan(end + 1, second - end - 1));
                return second > end + 1 && DayWords.Contains(joined) ? second : -1;
            }

            return -1;
        }

        return DayWords.Contains(word) ? end : -1;
    }

    // The start of a day in words that ends right before `end` ("fifth", "twenty-first", "twenty first"), or -1.
    private static int DayWordStartBefore(string text, int end)
    {
        var start = end;
        while (start > 0 && (char.IsLetter(text[start - 1]) || text[start - 1] == '-'))
        {
            start--;
        }

        if (start == end || !DayWords.Contains(text.AsSpan(start, end - start)))
        {
            return -1;
        }

        var tens = start - 7;
        return tens >= 0 && text[start - 1] == ' ' && (text.AsSpan(tens, 6).Equals("twenty", StringComparison.OrdinalIgnoreCase)
            || text.AsSpan(tens, 6).Equals("thirty", StringComparison.OrdinalIgnoreCase)) && !RegexScan.IsWordChar(text, tens - 1) ? tens : start;
    }

    private static int WordEnd(string text, int start)
    {
        var end = start;
        while (end < text.Length && (char.IsLetter(text[end]) || (text[end] == '-' && end > start && end + 1 < text.Length && char.IsLetter(text[end + 1]))))
        {
            end++;
        }

        return end;
    }

    // A mark, the end of the text or a joining word after the day: "on the fifth.", "on the 4th and again", "the 22nd with".
    private static bool ClosedAfter(string text, int end)
    {
        var rest = text.AsSpan(end);
        if (rest.IsEmpty || !(char.IsLetterOrDigit(rest[0]) || rest[0] == ' '))
        {
            return !rest.IsEmpty ? rest[0] is not ('-' or '/') : true;
        }

        var trimmed = rest.TrimStart(' ');
        var length = 0;
        while (length < trimmed.Length && char.IsLetter(trimmed[length]))
        {
            length++;
        }

        return trimmed.IsEmpty || JoiningWords.Contains(trimmed[..length]);
    }

    private static bool IsEventDay(string text, int start, int end)
    {
        foreach (var reference in MonthsOfReference)
        {
            if (text.AsSpan(end).StartsWith(reference, StringComparison.OrdinalIgnoreCase))
            {
                return true; // "the 3rd of this month she fell"
            }
        }

        if (start < 5 || !text.AsSpan(start - 5, 5).Equals(" the ", StringComparison.OrdinalIgnoreCase) || !ClosedAfter(text, end))
        {
            return false;
        }

        return RegexScan.EndsWithAnyWord(text.AsSpan(0, start - 5), EventVerbs);
    }
}
