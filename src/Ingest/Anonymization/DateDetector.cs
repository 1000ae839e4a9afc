using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Sermo.Ingest.Anonymization;

/// <summary>
/// Dates finer than a year and ages over 89. Safe Harbor keeps the year alone ("in 2025") and
/// removes every other date element, so a month on its own is a date too: "recheck in June" and
/// "Jan 2026" become [DATE]. A bare month is only taken after a time preposition ("in June",
/// "since March") because May, March, June and August are also words and names.
/// Fractions and vitals are not dates: "BP 142/88" and "3/4 of patients" have no year and no
/// date context; an m/d pair counts only after "on", "since", "until", "dated"...
/// </summary>
internal static class DateDetector
{
    private const string Month =
        @"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?";

    private const string Weekday =
        @"(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\.?,? (?:the )?)?";

    private const string Day = @"\d{1,2}(?:st|nd|rd|th)?";

    private const string Year = @"(?:\d{4}|'\d{2})";

    private static readonly LinearRegex MonthFirst = RegexScan.Create(
        $@"\b{Weekday}{Month} (?:the )?{Day}(?:,? {Year})?\b|\b{Weekday}{Month},? (?:of )?\d{{4}}\b|\b{Month}-\d{{1,2}}-(?:\d{{4}}|\d{{2}})\b", RegexScan.LinearIgnoreCase);

    // "4 March 2025", "the 4th of March", and the lab-system forms "04-Mar-2025" / "4-Mar-25" / "8/Mar/2023", the compact
    // "25OCT2024" of order entry and the spreadsheet's "25-Jul" (a day glued to a month by a hyphen is no range or count).
    private static readonly LinearRegex DayFirst = RegexScan.Create(
        $@"\b{Weekday}(?:the )?{Day} (?:of )?{Month}(?:,? {Year})?\b|\b\d{{1,2}}[-/]{Month}[-/](?:\d{{4}}|\d{{2}})\b"
        + $@"|\b\d{{1,2}}{Month}(?:\d{{4}}|\d{{2}})\b|\b\d{{1,2}}-{Month}\b", RegexScan.LinearIgnoreCase);

    private static readonly LinearRegex Numeric = RegexScan.Create(
        @"\d{1,2}[/-]\d{1,2}[/-](?:\d{4}|\d{2})|\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}");

    private static readonly LinearRegex ContextualMonthDay = RegexScan.Create(
        @"\b(?:on|since|until|till|dated|starting|started|effective|seen|admitted|discharged|dos:?|dob:?|d\.o\.b\.?:?|born|scheduled|presented|due|returned|came in|came back|surgery|procedure|appointment|appt|visit|died|expired|follow-up|follow up|f/u|diagnosed|dx|moved to|pushed to|rescheduled(?: to| for)?|booked(?: for)?|mon|monday|tue|tues|tuesday|wed|wednesday|thu|thur|thurs|thursday|fri|friday|sat|saturday|sun|sunday|adm|admit|readmit|readmitted|ed|er|deceased|d/c|dc'd|transferred|intubated|extubated|stopped|resumed|restarted|sent:?|placed|removed|drawn|collected|cancell?ed|goes out|went out|going out) (?<id>\d{1,2}[/-]\d{1,2})\b", RegexScan.LinearIgnoreCase);

    private static readonly LinearRegex OrdinalDay = RegexScan.Create(
        @"\b(?:on|since|until|till|by|before|after|up|due|scheduled) (?<id>(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday) )?the \d{1,2}(?:st|nd|rd|th))\b|\b(?<id>(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday) the \d{1,2}(?:st|nd|rd|th))\b", RegexScan.LinearIgnoreCase);

    public static readonly string[] MonthNames =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    // "Labor Day", "Mother's Day", "Christmas Eve", "New Year's Day": the word before "Day" or "Eve" that makes a holiday of it.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> HolidayHeads =
        FrozenSet.Create(StringComparer.Ordinal, "Labor", "Labour", "Memorial", "Mother", "Mothers", "Father", "Fathers",
            "Veterans", "Veteran", "Independence", "Valentine", "Valentines", "Presidents", "President", "Columbus", "Election", "Christmas", "Year",
            "Years", "Patrick", "Groundhog", "Flag", "Boxing", "Thanksgiving", "Easter").GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> RangeUnits = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "times", "time", "x", "days", "day", "d", "wks", "wk", "weeks", "week", "months", "month", "mo", "mos", "hrs", "hr", "hours", "hour", "h",
        "yrs", "yr", "years", "year", "visits", "more", "per", "of", "mg", "mcg", "g", "units", "u", "episodes", "drinks", "ppd", "cups", "lbs",
        "lb", "kg", "beers", "packs", "pills", "tabs", "doses", "minutes", "min", "mins", "patients", "pts", "admissions", "falls", "%")
        .GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly string[] PeriodsOfMonth = ["mid", "early", "late", "end"];

    public static readonly string[] TimePrepositions =
        ["in", "since", "until", "till", "by", "during", "early", "late", "mid", "last", "next", "this", "through", "before", "after", "of", "from"];

    private static readonly LinearRegex Age = RegexScan.Create(
        @"\b(?<id>\d{2,3})[ -]?(?:years?|yrs?)[ -]?(?:old|young)\b|\b(?<id>\d{2,3})[ -]?(?:yo\b|y/o\b|y\.o\.|y\.o\b|yrs?\b)|\b(?<id>\d{2,3})-year-|\bage[ds]?:? (?<id>\d{2,3})\b",
        RegexScan.LinearIgnoreCase);

    public static void Detect(TokenIndex index, List<Detection> found)
    {
        var text = index.Text;
        var hasDigit = RegexScan.ContainsDigit(text);
        if (hasDigit)
        {
            var months = RegexScan.WithDigitNear(text, index.Of(Anchor.Month), 14, 14);
            foreach (var pattern in (ReadOnlySpan<LinearRegex>)[MonthFirst, DayFirst])
            {
                foreach (var m in WindowedRegex.MatchesNear(pattern, text, months, 40, 40, minDigits: 1))
                {
                    if (MonthLooksIntended(m) || (pattern == MonthFirst && IsLowerCaseMonthDay(text, m)))
                    {
                        found.Add(new Detection(m.Index, m.Index + m.Length, PhiType.Date, 4));
                    }
                }
            }

            DetectNumeric(index, found);
            foreach (var m in WindowedRegex.MatchesNear(ContextualMonthDay, text, index.Of(Anchor.DateSeparator), 24, 8, minDigits: 1))
            {
                var id = m.Groups["id"];
                if (id.Success && IsMonthDay(id.ValueSpan, out _) && !(id.ValueSpan.Contains('-') && IsRangeOfCounts(text, id.Index + id.Length)))
                {
                    found.Add(new Detection(id.Index, id.Index + id.Length, PhiType.Date, 4));
                }
            }

            AddIdentifiers(WindowedRegex.MatchesNear(OrdinalDay, text, index.Of(Anchor.Ordinal), 24, 4, minDigits: 1), found, PhiType.Date, static _ => true);

            // Only ages over 89 are identifiers, and numbers from 90 to 130 are rare: the age pattern runs only around them.
            var oldAges = AgeDetector.Detect(index, found);
            AddIdentifiers(WindowedRegex.MatchesNear(Age, text, oldAges, 14, 14, minDigits: 1), found, PhiType.Age, static v => int.TryParse(v, out var age) && age is >= 90 and <= 130);
        }

        DetectBareMonths(index, found);
    }

    // "in June", "since March": the month capitalised, because lower-case "may"/"march" are verbs.
    private static void DetectBareMonths(TokenIndex index, List<Detection> found)
    {
        var tokens = index.Tokens;
        var text = index.Text;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if ((index.Kinds[i] & WordKind.Holiday) != 0 && char.IsUpper(text[token.Start]))
            {
                found.Add(new Detection(token.Start, WithYearAfter(text, token.End), PhiType.Date, 2));
                continue;
            }

            if (i == 0)
            {
                continue;
            }

            if (HolidayPhraseStart(index, i) is { } phraseStart)
            {
                found.Add(new Detection(tokens[phraseStart].Start, WithYearAfter(text, token.End), PhiType.Date, 6)); // beats "Day" read as a surname
                continue;
            }

            if (token.Length > 5 && text.AsSpan(token.Start, token.Length).IndexOf('-') is > 0 and var hyphen && MonthAfterPeriodWord(text, token, hyphen))
            {
                found.Add(new Detection(token.Start + hyphen + 1, token.End, PhiType.Date, 2)); // "mid-October"
                continue;
            }

            if ((index.Kinds[i] & WordKind.Month) != 0 && char.IsUpper(index.Text[token.Start])
                && (index.Kinds[i - 1] & WordKind.TimePreposition) != 0 && token.Start - tokens[i - 1].PossessiveEnd == 1)
            {
                found.Add(new Detection(token.Start, token.End, PhiType.Date, 2));
            }
        }
    }

    // "Labor Day 2026", "Christmas, 2025", "Easter '24": a year right after a holiday belongs to the date (round 10); alone it stays.
    internal static int WithYearAfter(string text, int end)
    {
        var at = end < text.Length && text[end] == ',' ? end + 1 : end;
        if (at >= text.Length || text[at] != ' ')
        {
            return end;
        }

        at++;
        var digits = at < text.Length && text[at] == '\'' ? 2 : 4;
        var first = digits == 2 ? at + 1 : at;
        if (first + digits > text.Length || RegexScan.IsWordChar(text, first + digits))
        {
            return end;
        }

        for (var k = first; k < first + digits; k++)
        {
            if (!char.IsAsciiDigit(text[k]))
            {
                return end;
            }
        }

        var isYear = digits == 2 || (text[first] == '1' && text[first + 1] == '9') || (text[first] == '2' && text[first + 1] == '0');
        return isYear ? first + digits : end;
    }

    // "Labor Day", "Mother's Day", "Christmas Eve", "New Year's Eve": the first token of the holiday ending at token i.
    private static int? HolidayPhraseStart(TokenIndex index, int i)
    {
        var tokens = index.Tokens;
        var text = index.Text;
        var word = text.AsSpan(tokens[i].Start, tokens[i].Length);
        if (word is not ("Day" or "Eve") || tokens[i].Start - tokens[i - 1].PossessiveEnd != 1 || text[tokens[i].Start - 1] != ' ')
        {
            return null;
        }

        var head = text.AsSpan(tokens[i - 1].Start, tokens[i - 1].Length);
        if (!HolidayHeads.Contains(head))
        {
            return null;
        }

        var opensWithNew = head is "Year" or "Years" && i >= 2 && text.AsSpan(tokens[i - 2].Start, tokens[i - 2].Length) is "New" && tokens[i - 1].Start - tokens[i - 2].End == 1;
        return opensWithNew ? i - 2 : i - 1;
    }

    // "mid-October", "early-March": a capitalised month after a word of the month's part.
    private static bool MonthAfterPeriodWord(string text, NameToken token, int hyphen)
    {
        var part = text.AsSpan(token.Start, hyphen);
        var month = text.AsSpan(token.Start + hyphen + 1, token.Length - hyphen - 1);
        if (month.Length < 3 || !char.IsUpper(month[0]))
        {
            return false;
        }

        var isPeriod = false;
        foreach (var word in PeriodsOfMonth)
        {
            isPeriod |= part.Equals(word, StringComparison.OrdinalIgnoreCase);
        }

        var isMonth = false;
        foreach (var name in MonthNames)
        {
            isMonth |= month.Equals(name, StringComparison.Ordinal);
        }

        return isPeriod && isMonth;
    }

    // "may 4" or "mar 4" in lower case is a verb and a number unless a year follows. The patterns
    // carry no capture group (captures cost NonBacktracking a third pass), so look for the capital here.
    private static bool MonthLooksIntended(Match m) => m.ValueSpan.ContainsAnyInRange('A', 'Z') || HasYear(m.ValueSpan);

    // "flew back dec 2", "out till feb 22" (round 28, decision 180): a lower-case month that is no English verb, a space and a
    // day of 1-31, alone: nothing else in the match, no unit or count after it ("oct 2 wks ago", "dec 2 mg"), no time or
    // decimal glued on ("dec 2:30", "dec 2.5"). "may" and "mar"/"march" stay refused: "may 2" and "mar 4" read as verbs.
    private static bool IsLowerCaseMonthDay(string text, Match m)
    {
        var value = m.ValueSpan;
        var space = value.IndexOf(' ');
        if (space < 3 || space != value.LastIndexOf(' ') || value[..space].TrimEnd('.') is "may" or "mar" or "march")
        {
            return false;
        }

        var day = value[(space + 1)..].TrimEnd("stndrh".AsSpan());
        var end = m.Index + m.Length;
        return day.Length is 1 or 2 && int.TryParse(day, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var d) && d is >= 1 and <= 31
            && !IsRangeOfCounts(text, end) && !(end + 1 < text.Length && text[end] is '.' or ':' or '/' or ',' && char.IsAsciiDigit(text[end + 1]));
    }

    private static bool HasYear(ReadOnlySpan<char> value) =>
        value.Length >= 4 && char.IsAsciiDigit(value[^1]) && char.IsAsciiDigit(value[^2]) && char.IsAsciiDigit(value[^3]) && char.IsAsciiDigit(value[^4]);

    private static void DetectNumeric(TokenIndex index, List<Detection> found)
    {
        var text = index.Text;
        foreach (var m in WindowedRegex.MatchesNear(Numeric, text, index.Of(Anchor.DateSeparator), 8, 8, minDigits: 1))
        {
            var end = m.Index + m.Length;
            if (RegexScan.IsWordChar(text, m.Index - 1) || RegexScan.IsWordChar(text, end) || (end < text.Length && text[end] is '/' or '-' or '.' && RegexScan.IsDigit(text, end + 1)))
            {
                continue;
            }

            if (IsCalendarDate(m.ValueSpan))
            {
                found.Add(new Detection(m.Index, end, PhiType.Date, 4));
            }
        }
    }

    private static bool IsCalendarDate(ReadOnlySpan<char> value)
    {
        Span<Range> parts = stackalloc Range[4];
        var count = value.SplitAny(parts, "/-.");
        if (count != 3)
        {
            return false;
        }

        int a = int.Parse(value[parts[0]]), b = int.Parse(value[parts[1]]), c = int.Parse(value[parts[2]]);
        if (value[parts[0]].Length == 4)
        {
            return a is >= 1900 and <= 2100 && b is >= 1 and <= 12 && c is >= 1 and <= 31;
        }

        // m/d/y (US) or d/m/y: either reading makes it a date.
        return (a is >= 1 and <= 12 && b is >= 1 and <= 31) || (b is >= 1 and <= 12 && a is >= 1 and <= 31);
    }

    // "seen 3-4 times", "ED 2-3 visits", "admit 1-2 days": a hyphen between two small numbers is a range when a count or a
    // unit follows it, not the month and day it is after the same words in "adm 6-23".
    internal static bool IsRangeOfCounts(string text, int end)
    {
        var rest = text.AsSpan(end).TrimStart(' ');
        var length = 0;
        while (length < rest.Length && (char.IsAsciiLetter(rest[length]) || rest[length] == '%'))
        {
            length++;
        }

        return (end < text.Length && text[end] is '-' or '%' or 'x') || RangeUnits.Contains(rest[..length]);
    }

    private static bool IsMonthDay(ReadOnlySpan<char> value, out int month)
    {
        var slash = value.IndexOfAny('/', '-');
        month = int.Parse(value[..slash]);
        var day = int.Parse(value[(slash + 1)..]);
        return month is >= 1 and <= 12 && day is >= 1 and <= 31;
    }

    private static void AddIdentifiers(IEnumerable<Match> matches, List<Detection> found, PhiType type, Func<string, bool> accept)
    {
        foreach (var m in matches)
        {
            var id = m.Groups["id"];
            if (id.Success && accept(id.Value))
            {
                found.Add(new Detection(id.Index, id.Index + id.Length, type, 4));
            }
        }
    }
}
