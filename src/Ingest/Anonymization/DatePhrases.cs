using System.Buffers;

namespace Sermo.Ingest.Anonymization;

/// <summary>
/// Dates in words (round 15, decision 119). A day in words ("March third", "the twenty-ninth of September", "July of '23", "June of
/// last year"); holidays of more than one word that the date finder's heads do not form ("Mardi Gras", "Good Friday", "Super Bowl
/// Sunday", "New Year's", "Fourth of July", "Yom Kippur"); and the words around a found date that belong to it, so that the
/// whole of it goes: a weekday before it ("Wed. the 9th", "Thurs 11/6"), "this past", "last" or "the day after" before it, and a
/// part of the day or a year after it ("Xmas eve", "Christmas morning", "Easter Sunday 2024", "Labor Day weekend 2024").
/// </summary>
internal static class DatePhrases
{
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SpelledOrdinals = new HashSet<string>(
        ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth",
         "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty-first", "twenty-second",
         "twenty-third", "twenty-fourth", "twenty-fifth", "twenty-sixth", "twenty-seventh", "twenty-eighth", "twenty-ninth", "thirtieth",
         "thirty-first"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    // The first letters of the holidays of several words (one-word holidays are the date finder's token words): a capitalised
    // word starting with another letter opens no holiday, without a comparison.
    private static readonly SearchValues<char> HolidayInitials = SearchValues.Create(string.Concat(Holidays.Phrases.Select(h => h[0]).Distinct()));

    // What follows a date and is part of it: "Xmas eve", "Christmas morning", "Easter Sunday", "Labor Day weekend".
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PartsOfTheDay = new HashSet<string>(
        ["eve", "morning", "night", "afternoon", "evening", "day", "sunday", "weekend", "week"], StringComparer.OrdinalIgnoreCase)
        .GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly string[] RelativeOpeners = ["this past ", "the day after ", "the day before ", "last ", "next ", "this "];

    public static void Detect(TokenIndex index, List<Detection> found)
    {
        var text = index.Text;
        var tokens = index.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (!char.IsUpper(text[token.Start]) || token.Length < 2)
            {
                continue;
            }

            // "May" opens a sentence as a verb ("May first try ..."): a day in words needs another month.
            if ((index.Kinds[i] & WordKind.Month) != 0 && !FoundTokens.Word(index, i).Equals("May", StringComparison.OrdinalIgnoreCase))
            {
                DayInWords(index, i, found);
            }
            else if (HolidayInitials.Contains(text[token.Start]))
            {
                HolidayAt(text, token.Start, found);
            }
        }

        var count = found.Count;
        for (var c = 0; c < count; c++)
        {
            if (found[c].Type == PhiType.Date)
            {
                var whole = Widen(text, found[c]);
                if (whole != found[c])
                {
                    found.Add(whole);
                }
            }
        }
    }

    // "March third"; "the twenty-ninth of September"; "July of '23", "June of 2024", "June of last year".
    private static void DayInWords(TokenIndex index, int month, List<Detection> found)
    {
        var text = index.Text;
        var tokens = index.Tokens;
        var token = tokens[month];
        if (month + 1 < tokens.Count && FoundTokens.Gap(index, month, month + 1) is " " && SpelledOrdinals.Contains(FoundTokens.Word(index, month + 1)))
        {
            found.Add(new Detection(token.Start, tokens[month + 1].End, PhiType.Date, 2));
        }

        if (month >= 2 && FoundTokens.Word(index, month - 1) is "of" && FoundTokens.Gap(index, month - 2, month - 1) is " "
            && FoundTokens.Gap(index, month - 1, month) is " " && SpelledOrdinals.Contains(FoundTokens.Word(index, month - 2)))
        {
            var start = tokens[month - 2].Start;
            if (month >= 3 && FoundTokens.Word(index, month - 3).Equals("the", StringComparison.OrdinalIgnoreCase) && FoundTokens.Gap(index, month - 3, month - 2) is " ")
            {
                start = tokens[month - 3].Start;
            }

            found.Add(new Detection(start, token.End, PhiType.Date, 2));
        }

        var rest = text.AsSpan(token.End);
        if (!rest.StartsWith(" of ", StringComparison.Ordinal))
        {
            return;
        }

        var year = YearLength(rest[4..]);
        if (year > 0)
        {
            found.Add(new Detection(token.Start, token.End + 4 + year, PhiType.Date, 2));
        }
        else if (rest[4..].StartsWith("last year", StringComparison.Ordinal) || rest[4..].StartsWith("this year", StringComparison.Ordinal))
        {
            found.Add(new Detection(token.Start, token.End + 4 + 9, PhiType.Date, 2));
        }
    }

    private static void HolidayAt(string text, int start, List<Detection> found)
    {
        var length = Holidays.LengthAt(text, start, Holidays.Phrases);
        if (length > 0)
        {
            found.Add(new Detection(start, start + length, PhiType.Date, 2));
        }
    }

    // The date with the words that belong to it on either side.
    private static Detection Widen(string text, Detection date)
    {
        var start = date.Start;
        var end = date.End;
        var after = PartOfTheDayAfter(text, end);
        end = after;
        if (end + 5 <= text.Length && text[end] == ' ' && YearLength(text.AsSpan(end + 1)) == 4)
        {
            end += 5;
        }

        start = WeekdayBefore(text, start);
        foreach (var opener in RelativeOpeners)
        {
            if (start >= opener.Length && text.AsSpan(start - opener.Length, opener.Length).Equals(opener, StringComparison.OrdinalIgnoreCase)
                && (start == opener.Length || !char.IsLetter(text[start - opener.Length - 1])))
            {
                start -= opener.Length;
                break;
            }
        }

        return date with { Start = start, End = end, Priority = Math.Max(date.Priority, 2) };
    }

    private static int PartOfTheDayAfter(string text, int end)
    {
        if (end >= text.Length || text[end] != ' ')
        {
            return end;
        }

        var wordEnd = end + 1;
        while (wordEnd < text.Length && char.IsAsciiLetter(text[wordEnd]))
        {
            wordEnd++;
        }

        return wordEnd > end + 1 && PartsOfTheDay.Contains(text.AsSpan(end + 1, wordEnd - end - 1)) ? PartOfTheDayAfter(text, wordEnd) : end;
    }

    // "Wed. the 9th", "Tues the 14th", "Thurs 11/6": a weekday right before the date, "the" between them allowed.
    private static int WeekdayBefore(string text, int start)
    {
        var at = start;
        if (at >= 4 && text.AsSpan(at - 4, 4).Equals("the ", StringComparison.OrdinalIgnoreCase))
        {
            at -= 4;
        }

        if (at < 2 || text[at - 1] != ' ')
        {
            return start;
        }

        var wordEnd = at - 1;
        if (text[wordEnd - 1] == '.')
        {
            wordEnd--;
        }

        var wordStart = wordEnd;
        while (wordStart > 0 && char.IsAsciiLetter(text[wordStart - 1]))
        {
            wordStart--;
        }

        return wordEnd > wordStart && CalendarWords.Weekdays.Contains(text.AsSpan(wordStart, wordEnd - wordStart)) ? wordStart : start;
    }

    // "2024", "'23": a year of four digits (19xx, 20xx) or an apostrophe and two, not inside a longer number.
    private static int YearLength(ReadOnlySpan<char> rest)
    {
        if (rest.Length >= 3 && rest[0] is '\'' or '\u2019' && char.IsAsciiDigit(rest[1]) && char.IsAsciiDigit(rest[2]) && (rest.Length == 3 || !char.IsLetterOrDigit(rest[3])))
        {
            return 3;
        }

        var isYear = rest.Length >= 4 && (rest.StartsWith("19") || rest.StartsWith("20")) && char.IsAsciiDigit(rest[2]) && char.IsAsciiDigit(rest[3])
            && (rest.Length == 4 || !char.IsLetterOrDigit(rest[4]));
        return isYear ? 4 : 0;
    }
}
