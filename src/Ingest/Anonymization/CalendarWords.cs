namespace Sermo.Ingest.Anonymization;

/// <summary>
/// The month and weekday words, with their short forms, that the date rules, the token index's month anchors and the cut of
/// month-days from found names all read: one list, so a short form added for one is read by all.
/// </summary>
internal static class CalendarWords
{
    internal static readonly string[] Months =
    [
        "jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june", "jul", "july", "aug", "august",
        "sep", "sept", "september", "oct", "october", "nov", "november", "dec", "december",
    ];

    internal static readonly string[] WeekdayNames =
    [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues", "wed", "thu", "thur", "thurs",
        "fri", "sat", "sun",
    ];

    /// <summary>The weekday words, any case.</summary>
    internal static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Weekdays =
        new HashSet<string>(WeekdayNames, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
}
