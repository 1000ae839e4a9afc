using System.Buffers;

namespace Sermo.Ingest.Anonymization;

/// <summary>
/// Dates told relative to a holiday or another date (round 16, decision 124): the count and unit before "before"/"after" belong
/// to the date they point from ("three weeks after Easter 2025", "2 days before Labor Day", "the Tuesday after Easter", "the
/// week after Thanksgiving"), so the whole phrase goes, as round 15's "the day after" does. And holidays of more traditions than
/// the date finder's heads name ("Eid al-Adha", "Tet", "Hanukkah", "Nowruz"), with a year after them when there is one. A
/// holiday fixes a day of a year, so it is a date by the same design as "Christmas" (decision 119).
/// </summary>
internal static class RelativeDateSpans
{
    // The holidays of several words (one list, <see cref="Holidays"/>; the date finder takes one-word holidays with their year) by
    // first letter: a capitalised word is compared only with the holidays it could start (issue #19's cost).
    private static readonly Dictionary<char, string[]> HolidaysByInitial = Holidays.Phrases.GroupBy(h => h[0]).ToDictionary(g => g.Key, g => g.ToArray());

    private static readonly SearchValues<char> HolidayInitials = SearchValues.Create(string.Concat(HolidaysByInitial.Keys));

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Units = new HashSet<string>(
        ["day", "days", "week", "weeks", "wk", "wks", "month", "months", "mo", "mos", "year", "years", "night", "nights"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Counts = new HashSet<string>(
        ["a", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "few", "couple", "several"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    // What "the ___ after" can name: a unit of time or a day of the week ("the week after", "the Tuesday after").
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TheWords = new HashSet<string>(
        ["day", "week", "weekend", "night", "morning", "evening", "month", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    public static void Detect(TokenIndex index, List<Detection> found)
    {
        var text = index.Text;
        foreach (var token in index.Tokens)
        {
            if (token.Length >= 3 && HolidayInitials.Contains(text[token.Start]))
            {
                HolidayAt(text, token.Start, found);
            }
        }

        var count = found.Count;
        for (var c = 0; c < count; c++)
        {
            if (found[c].Type == PhiType.Date)
            {
                var start = RelativeStart(text, found[c].Start);
                if (start < found[c].Start)
                {
                    found.Add(found[c] with { Start = start, Priority = Math.Max(found[c].Priority, 2) });
                }
            }
        }
    }

    private static void HolidayAt(string text, int start, List<Detection> found)
    {
        var length = Holidays.LengthAt(text, start, HolidaysByInitial[text[start]]);
        if (length == 0)
        {
            return;
        }

        var end = start + length;
        if (end + 5 <= text.Length && text[end] == ' ' && IsYear(text.AsSpan(end + 1)))
        {
            end += 5;
        }

        found.Add(new Detection(start, end, PhiType.Date, 2));
    }

    // Where the phrase pointing at the date at <paramref name="dateStart"/> begins: "three weeks after ", "2 days before ",
    // "a couple of weeks after ", "the Tuesday after "; the date's own start when no such words stand right before it.
    internal static int RelativeStart(string text, int dateStart)
    {
        var relationStart = WordBefore(text, dateStart, out var relation);
        if (!relation.Equals("after", StringComparison.OrdinalIgnoreCase) && !relation.Equals("before", StringComparison.OrdinalIgnoreCase))
        {
            return dateStart;
        }

        var unitStart = WordBefore(text, relationStart, out var unit);
        var countStart = WordBefore(text, unitStart, out var count);
        if (Units.Contains(unit))
        {
            if (count.Equals("of", StringComparison.OrdinalIgnoreCase))
            {
                countStart = WordBefore(text, countStart, out count); // "a couple of weeks"
            }

            if (IsCount(count))
            {
                var articleStart = WordBefore(text, countStart, out var article);
                return article.Equals("a", StringComparison.OrdinalIgnoreCase) && count is "few" or "couple" ? articleStart : countStart;
            }
        }

        return TheWords.Contains(unit) && count.Equals("the", StringComparison.OrdinalIgnoreCase) ? countStart : dateStart;
    }

    private static bool IsCount(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty || word.Length > 3 || !char.IsAsciiDigit(word[0]))
        {
            return Counts.Contains(word);
        }

        foreach (var c in word)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    // The word of letters or digits (hyphens inside) that ends one space before <paramref name="end"/>, and where it starts; empty
    // (starting at end) when there is none.
    private static int WordBefore(string text, int end, out ReadOnlySpan<char> word)
    {
        if (end < 2 || text[end - 1] != ' ')
        {
            word = [];
            return end;
        }

        var start = end - 1;
        while (start > 0 && (char.IsLetterOrDigit(text[start - 1]) || (text[start - 1] == '-' && start - 1 > 0 && char.IsLetter(text[start - 2]))))
        {
            start--;
        }

        word = text.AsSpan(start, end - 1 - start);
        return start;
    }

    private static bool IsYear(ReadOnlySpan<char> rest) =>
        rest.Length >= 4 && (rest.StartsWith("19") || rest.StartsWith("20")) && char.IsAsciiDigit(rest[2]) && char.IsAsciiDigit(rest[3])
        && (rest.Length == 4 || !char.IsLetterOrDigit(rest[4]));
}
