using System.Buffers;

namespace Sermo.Ingest.Anonymization;

/// <summary>
/// Round 48 (decision 315): a year of birth or death in a pedigree or a family history that decision 263's birth years do not
/// read: "II-3 b.1941 d.2002 stroke" (no space after the abbreviation), "II-2 d. 2004", "paternal uncle, colon cancer,
/// died 1987". A typed pedigree prints each relative's years alone, and with the family's names and towns they single the family out.
/// Over every readable gold set these cues stand before a year 7 of 7 times, all labelled and all missed before, all in round 45
/// (its genetics posts); "died" before a whole date (rounds 10, 39 and 41) is the date rules' and runs on, so is not read here, and
/// "died in 2015" (round 15, unlabelled) keeps its "in". Kept though it does not recur: "b." and "d." before a year are how a
/// pedigree is typed, and a year with no other reading after them is hardly anything else. A year of
/// 1880-2039 ending the word; "b" and "d" not inside a word or abbreviation ("Ed. 2019", "p.b.1950"); a range, decimal or date after
/// the year ("d.1988-1990", "died 2020/21") drops it. Found by one vectorised search of the post for the cues with a year's first
/// two digits.
/// </summary>
internal static class PedigreeYears
{
    private const int YearLength = 4;

    private static readonly SearchValues<string> CueValues = SearchValues.Create(
        ["b.18", "b.19", "b.20", "d.18", "d.19", "d.20", "d. 18", "d. 19", "d. 20", "died 18", "died 19", "died 20", "Died 18", "Died 19", "Died 20"],
        StringComparison.Ordinal);

    public static void Detect(string text, List<Detection> found)
    {
        var hits = new CueHits(text, CueValues);
        while (hits.Next(out var at))
        {
            var start = YearStart(text, at);
            hits.From = start;
            var end = start + YearLength;
            if (IsInsideWordOrAbbreviation(text, at) || end > text.Length || !IsYear(text.AsSpan(start, YearLength)) || RunsOn(text, end))
            {
                continue;
            }

            found.Add(new Detection(start, end, PhiType.Date, 1));
            hits.From = end;
        }
    }

    // The year's first digit after "b.", "d.", "d. " or "died ".
    private static int YearStart(string text, int at)
    {
        var cursor = at;
        while (!char.IsAsciiDigit(text[cursor]))
        {
            cursor++;
        }

        return cursor;
    }

    // "Ed. 2019", "p.b.1950", "Xd.1988": a letter, a dot or a digit before the cue's first letter.
    private static bool IsInsideWordOrAbbreviation(string text, int at) =>
        at > 0 && (char.IsLetterOrDigit(text[at - 1]) || text[at - 1] is '.' or '_' or '-' or '/');

    private static bool IsYear(ReadOnlySpan<char> digits) =>
        int.TryParse(digits, out var year) && year is >= 1880 and <= 2039 && digits.Length == YearLength;

    // "1988-1990", "2020/21", "1988.5", "19880": the year runs on into more digits, a range or a date.
    private static bool RunsOn(string text, int end) =>
        RegexScan.IsWordChar(text, end) || (end + 1 < text.Length && text[end] is '-' or '/' or '.' && char.IsAsciiDigit(text[end + 1]));
}
