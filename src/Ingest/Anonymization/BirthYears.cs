namespace Sermo.Ingest.Anonymization;

/// <summary>
/// A year of birth after "b." or "born" (round 42, decision 263): "proband Margit b. 1951", "grandfather (b. 1947)", "ID says born
/// 1930". A pedigree or an ID card prints the birth date's year alone; it is a date of birth. Pooled misses of rounds 10-39: "b." 4
/// (rounds 22 and 39), "born" 1 (38). A year of 1900-2099 ending the word; "b" in lower case only and not inside an abbreviation
/// ("p.b. 1950"); a range ("born 1950-1960"), a weight ("born 2000 g") and "born in 1990" (a place slot's "in") stay.
/// Since round 43 (decision 268) a school's or residency's class year too ("PGY-3 at Wright State, class of 2026", "Tulane class
/// of 2018"): with the school it finds the one physician or student as a year of birth does. Round 40's set labelled each (3 of
/// 3); no other gold set has the phrase before a year.
/// </summary>
internal static class BirthYears
{
    private const string AbbreviatedCue = "b. ";

    // "born" and "Born" by one ordinal search (a vectorised one; a case-blind search costs more on every post), its "b" checked after.
    private const string WordCue = "orn ";

    // "class of" and "Class of" by one ordinal search, its "c" checked after, as "born"'s "b".
    private const string ClassCue = "lass of ";

    private const int YearLength = 4;

    public static void Detect(string text, List<Detection> found)
    {
        FindAfter(text, AbbreviatedCue, found);
        FindAfter(text, WordCue, found);
        FindAfter(text, ClassCue, found);
    }

    private static void FindAfter(string text, string cue, List<Detection> found)
    {
        var from = 0;
        while (text.AsSpan(from).IndexOf(cue, StringComparison.Ordinal) is var offset and >= 0)
        {
            var start = from + offset;
            from = start + cue.Length;
            if (cue != AbbreviatedCue)
            {
                // The word's first letter in either case: "born", "Born", "class", "Class".
                if (start == 0 || char.ToLowerInvariant(text[start - 1]) != (cue == WordCue ? 'b' : 'c'))
                {
                    continue;
                }

                start--;
            }

            if (IsCueWord(text, start) && YearEnd(text, from) is var end and >= 0)
            {
                found.Add(new Detection(from, end, PhiType.Date, 1));
            }
        }
    }

    // The cue starts a word: "b." not in "p.b." or "Bob.", "born" not in "unborn" or "newborn" ("b." is searched in lower case only).
    private static bool IsCueWord(string text, int start) =>
        !RegexScan.IsWordChar(text, start - 1) && (start == 0 || text[start - 1] != '.');

    private static int YearEnd(string text, int at)
    {
        var end = at + RoomNumbers.Digits(text, at);
        return end - at == YearLength && LabelledRecordNumbers.IsYear(text.AsSpan(at, YearLength)) && !RegexScan.IsWordChar(text, end)
            && !(end + 1 < text.Length && text[end] is '-' or '/' or '.' && char.IsAsciiDigit(text[end + 1])) && !RoomNumbers.UnitFollows(text, end)
            && !(end + 2 < text.Length && text[end] == ' ' && text[end + 1] is 'g' && !RegexScan.IsWordChar(text, end + 2)) ? end : -1;
    }
}
