using System.Buffers;
using System.Collections.Frozen;

namespace Sermo.Ingest.Anonymization;

/// <summary>
/// A month and day the date rules found, given back from a name or place that ran on over its month (round 50, decision 341):
/// "interviewed at Geisinger Jan 7", "seen at MD Anderson Oct 30", "Cyrus Faraji Dec 3rd - aortic dissection", "Discharged Aug. 8
/// to her niece's". The name finders read a capitalised month after a capitalised word as the name's last word, and the longer span
/// wins over the date, so the day was left bare. The name or place now ends before the month, and the date keeps it. Only a date
/// that opens with a month or a weekday word and has a day of 1-31 after the month cuts anything: "June 92" (an age) does not.
/// </summary>
internal static class MonthDaysCutFromFoundNames
{
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> MonthAndDayWords =
        FrozenSet.Create(StringComparer.OrdinalIgnoreCase, [.. CalendarWords.Months, .. CalendarWords.WeekdayNames]).GetAlternateLookup<ReadOnlySpan<char>>();

    public static void Cut(string text, List<Detection> found)
    {
        // By end offset, the start of a month-day date the offset lies inside (-1: none). A map, not a loop over pairs, so a hostile
        // post of 100,000 dates stays linear (decision 284's robustness tests); rented only once a date qualifies.
        int[]? dateStartAt = null;
        try
        {
            var count = found.Count;
            for (var d = 0; d < count; d++)
            {
                var date = found[d];
                // Pre-check on the date alone (a capital first, a digit inside): most posts have no such date and pay one pass.
                if (date.Type != PhiType.Date || !char.IsAsciiLetterUpper(text[date.Start]) || !text.AsSpan(date.Start, date.Length).ContainsAnyInRange('0', '9')
                    || !OpensWithMonthAndDay(text.AsSpan(date.Start, date.Length)))
                {
                    continue;
                }

                if (dateStartAt is null)
                {
                    dateStartAt = ArrayPool<int>.Shared.Rent(text.Length + 1);
                    Array.Fill(dateStartAt, -1, 0, text.Length + 1);
                }

                for (var at = date.Start + 1; at <= date.End; at++)
                {
                    if (dateStartAt[at] < 0)
                    {
                        dateStartAt[at] = date.Start;
                    }
                }
            }

            for (var c = 0; dateStartAt is not null && c < count; c++)
            {
                var other = found[c];
                var month = other.Type == PhiType.Date ? -1 : dateStartAt[other.End];
                if (month > other.Start)
                {
                    var end = month;
                    while (end > other.Start && text[end - 1] is ' ' or ',')
                    {
                        end--;
                    }

                    found[c] = other with { End = end }; // an empty span is skipped by the resolver
                }
            }
        }
        finally
        {
            if (dateStartAt is not null)
            {
                ArrayPool<int>.Shared.Return(dateStartAt);
            }
        }
    }

    // "Jan 7", "Aug. 8", "Dec 3rd", "Saturday Nov 14", "Oct 3-9": a month or weekday word, then (after a month) a day of 1-31.
    private static bool OpensWithMonthAndDay(ReadOnlySpan<char> date)
    {
        var wordEnd = date.IndexOfAnyExceptInRange('A', 'z');
        if (wordEnd <= 0 || !MonthAndDayWords.Contains(date[..wordEnd]))
        {
            return false;
        }

        var digits = date.IndexOfAnyInRange('0', '9');
        var run = date[digits..].IndexOfAnyExceptInRange('0', '9');
        var day = run < 0 ? date[digits..] : date.Slice(digits, run);
        return day.Length is 1 or 2 && int.Parse(day, System.Globalization.CultureInfo.InvariantCulture) is >= 1 and <= 31;
    }
}
