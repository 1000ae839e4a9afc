using System.Buffers;

namespace Sermo.Ingest.Anonymization;

/// <summary>
/// A holiday or a month with no day number and no year after a word that makes it recur or stand for a season, not a day of
/// someone's record (round 26, decision 171): "every Christmas Eve we see frostbite", "residents start each July", "census is
/// low throughout Thanksgiving week". The finders read a holiday as a date (decision 119), which stands for "admitted on
/// Christmas Eve", "fine until Halloween" or "every Easter 2019"; the pooled false hits of rounds 10-25 hold about fifty
/// holidays after "every" or "each" in identifier-free posts and none in an identifier. Since round 30 (decision 195) also a
/// holiday or month with no day number or year that opens the post: on every gold set then readable, 72 of 74 holidays
/// opening a post lie outside any identifier ("Thanksgiving = holiday heart", "Easter weekend, three anaphylaxis"; the
/// two inside: a name, "Easter White", which keeps its name read, and "Christmas Eve admit: ..."). Runs last among the
/// removals: it takes back a date, or a name or town read of a month or holiday word, that an earlier rule found.
/// </summary>
internal static class RecurringHolidaysKept
{
    // Words after which a holiday recurs or stands for a season. Not "around" or "over": "started semaglutide around
    // Valentine's Day" and "sent 14 messages over Tet" date one patient's events (two gold identifiers lost when they were read).
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SeasonCues = new HashSet<string>(
        ["every", "each", "through", "throughout", "during"], StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    public static void Keep(TokenIndex index, List<Detection> candidates)
    {
        // A word-before test per found span, not a pass over the tokens. A seasonal date takes with it any name or town read
        // inside it ("Eve" of "Christmas Eve", "July" of "the Fourth of July"), which the date had outranked.
        List<(int Start, int End)>? seasons = null;
        foreach (var d in candidates)
        {
            if (IsSeasonal(index, d))
            {
                (seasons ??= []).Add((d.Start, d.End));
            }
        }

        if (seasons is not null)
        {
            candidates.RemoveAll(d => d.Type is PhiType.Date or PhiType.Name or PhiType.City && seasons.Exists(s => d.Start >= s.Start && d.End <= s.End));
        }
    }

    private static bool IsSeasonal(TokenIndex index, Detection d)
    {
        var text = index.Text;
        var span = text.AsSpan(d.Start, d.End - d.Start);
        var before = RegexScan.WordBefore(text, d.Start);
        if (before.Equals("the", StringComparison.OrdinalIgnoreCase))
        {
            before = RegexScan.WordBefore(text, d.Start - 4); // "through the Fourth of July week" when only "Fourth of July" was found
        }

        // Round 43 (decision 274): "every Monday after Thanksgiving", "each Friday before Labor Day": the holiday marks a day that
        // recurs every year (rounds 18 and 24 label it clean), so the weekday's cue counts for it.
        if (before.Equals("after", StringComparison.OrdinalIgnoreCase) || before.Equals("before", StringComparison.OrdinalIgnoreCase))
        {
            before = HabitualWeekdayCue(text, d.Start);
        }

        // A date that opens the post is its scene ("Christmas Eve shift: ...", "Halloween: button batteries again"); only a
        // date read, so that a name opening a post ("June Alvarez", "April May June") keeps its name read.
        var opensPost = d.Type == PhiType.Date && text.AsSpan(0, d.Start).IsWhiteSpace();
        if (span.IndexOfAnyInRange('0', '9') >= 0 || NumberAfter(text, d.End) || d.Type is not (PhiType.Date or PhiType.Name or PhiType.City))
        {
            return false; // a day number or a year fixes the day
        }

        // The date is the holiday or month itself; a name or town read of the words only when every word is a month or a
        // holiday word ("every July", "every July Fourth").
        var holiday = d.Type == PhiType.Date ? StartsWithHolidayOrMonth(index, d.Start) : EveryWordIsHolidayOrMonth(index, d);

        // Without a cue the finders' reading stands. Round 49 (decision 331): a sentence that says the event recurs is a cue after
        // any word ("we see more around Thanksgiving", "Patterns in our ED: GI bleeds over the Fourth of July", "on Christmas
        // morning we see this"); read last, for a holiday only. None of the 164 gold dates in words of rounds 10-46 sits in such
        // a sentence; the two after "around" or "over" (rounds 14 and 15) date one patient's events.
        return holiday && (opensPost || SeasonCues.Contains(before) || SentenceSaysItRecurs(text, d.Start, d.End));
    }

    private static readonly SearchValues<string> RecurrenceWords = SearchValues.Create(
        ["we see", "see more", "seeing more", "as it does", "patterns", "every year", "each year", "always", "fills with"],
        StringComparison.OrdinalIgnoreCase);

    // The sentence around the date (bounded by a stop mark or a line break) holds a word of recurrence.
    private static bool SentenceSaysItRecurs(string text, int start, int end)
    {
        var from = text.AsSpan(0, start).LastIndexOfAny(SentenceEnds) + 1;
        var length = text.AsSpan(end).IndexOfAny(SentenceEnds);
        var to = length < 0 ? text.Length : end + length;
        return text.AsSpan(from, to - from).ContainsAny(RecurrenceWords);
    }

    private static readonly SearchValues<char> SentenceEnds = SearchValues.Create(".!?\n");

    private static readonly string[] Weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

    // "every Monday after [holiday]": the word before the weekday, or an empty span when no weekday stands before "after".
    private static ReadOnlySpan<char> HabitualWeekdayCue(string text, int start)
    {
        var relation = text.AsSpan(0, start).TrimEnd(' ');
        var weekdayEnd = relation.LastIndexOf(' ');
        if (weekdayEnd < 0)
        {
            return [];
        }

        var weekday = RegexScan.WordBefore(text, weekdayEnd);
        foreach (var day in Weekdays)
        {
            if (weekday.Equals(day, StringComparison.OrdinalIgnoreCase))
            {
                return RegexScan.WordBefore(text, weekdayEnd - weekday.Length);
            }
        }

        return [];
    }

    // The date is the holiday or month itself ("the Fourth of July", "Christmas Eve", "Labor Day weekend"), not "Monday".
    private static bool StartsWithHolidayOrMonth(TokenIndex index, int start)
    {
        var text = index.Text;
        if (text.AsSpan(start).StartsWith("the ", StringComparison.OrdinalIgnoreCase))
        {
            start += 4;
        }

        var i = FoundTokens.StartingAt(index.Tokens, start);
        return (i >= 0 && (index.Kinds[i] & (WordKind.Holiday | WordKind.Month)) != 0) || Holidays.LengthAt(text, start, Holidays.Phrases) > 0
            || StartsWithDayHoliday(text.AsSpan(start));
    }

    // "Labor Day", "Memorial Day", "Valentine's Day", "Christmas Eve": a capitalised word and then "Day" or "Eve".
    private static bool StartsWithDayHoliday(ReadOnlySpan<char> rest)
    {
        var space = rest.IndexOf(' ');
        if (space < 2 || !char.IsUpper(rest[0]))
        {
            return false;
        }

        var next = rest[(space + 1)..];
        return next.StartsWith("Day", StringComparison.Ordinal) || next.StartsWith("Eve", StringComparison.Ordinal);
    }

    private static bool EveryWordIsHolidayOrMonth(TokenIndex index, Detection d)
    {
        var any = false;
        for (var i = Math.Max(0, FoundTokens.StartingAt(index.Tokens, d.Start)); i < index.Tokens.Count && index.Tokens[i].End <= d.End; i++)
        {
            if (index.Tokens[i].Start < d.Start)
            {
                return false;
            }

            var word = FoundTokens.Word(index, i);
            if ((index.Kinds[i] & (WordKind.Holiday | WordKind.Month)) == 0 && !word.SequenceEqual("Fourth"))
            {
                return false;
            }

            any = true;
        }

        return any;
    }

    // A year or a day number right after the span that no rule joined to it ("every Christmas 2019" read in two parts).
    private static bool NumberAfter(string text, int end)
    {
        var k = end;
        while (k < text.Length && text[k] is ' ' or ',')
        {
            k++;
        }

        return k > end && k < text.Length && char.IsAsciiDigit(text[k]) && (k + 1 >= text.Length || char.IsAsciiDigit(text[k + 1]));
    }
}
