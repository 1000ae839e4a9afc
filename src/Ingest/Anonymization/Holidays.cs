namespace Sermo.Ingest.Anonymization;

/// <summary>
/// Every holiday the scrubber reads as a date, in one list (decision 129; the lists of decisions 119 and 124 had grown apart
/// and named Hanukkah, Kwanzaa and Juneteenth twice). A holiday fixes a day of a year, so it is a date (decision 119). In their
/// usual capitals: callers compare ordinally, so "tet spell" or "holi" in lower case is never one. One-word holidays are token
/// words (<see cref="WordKind.Holiday"/>, which the date finder and the never-a-name guards read); holidays of several words are
/// found as phrases (<see cref="DatePhrases"/>); <see cref="RelativeDateSpans"/> reads them all for a year after them.
/// </summary>
internal static class Holidays
{
    public static readonly string[] All =
        ["Christmas", "Xmas", "Thanksgiving", "Easter", "Halloween", "Hanukkah", "Chanukah", "Kwanzaa", "Juneteenth", "Passover", "Diwali",
         "Epiphany", "Ramadan", "Tet", "Nowruz", "Holi", "Vaisakhi", "Chuseok", "Purim", "Sukkot", "Navratri",
         "Mardi Gras", "Good Friday", "Super Bowl Sunday", "New Year's", "Fourth of July", "Yom Kippur", "Rosh Hashanah", "Lunar New Year",
         "Cinco de Mayo", "Ash Wednesday", "Palm Sunday", "St. Patrick's Day", "Eid al-Adha", "Eid al-Fitr", "Eid ul-Adha", "Eid ul-Fitr",
         "Orthodox Easter", "Orthodox Christmas"];

    /// <summary>The one-word holidays: words of the token vocabulary.</summary>
    public static readonly string[] Words = [.. All.Where(h => !h.Contains(' ', StringComparison.Ordinal))];

    /// <summary>The holidays of several words, found as phrases from their first letter.</summary>
    public static readonly string[] Phrases = [.. All.Where(h => h.Contains(' ', StringComparison.Ordinal))];

    /// <summary>
    /// The length of the first of <paramref name="holidays"/> written at <paramref name="start"/>, in its own capitals and not
    /// running on into a letter; 0 when none is. DatePhrases and RelativeDateSpans both read holidays this way.
    /// </summary>
    public static int LengthAt(string text, int start, string[] holidays)
    {
        var rest = text.AsSpan(start);
        foreach (var holiday in holidays)
        {
            if (rest.StartsWith(holiday, StringComparison.Ordinal) && (rest.Length == holiday.Length || !char.IsLetter(rest[holiday.Length])))
            {
                return holiday.Length;
            }
        }

        return 0;
    }
}
