namespace Sermo.Ingest.Anonymization;

/// <summary>
/// Round 52 (decision 358): a code written as capitals, a hyphen, three to six digits, a hyphen and capitals again ("event
/// B-447-M", "grantee number A-208-N", "ref PA-5136-FC", "hull no. MA-7262-BH"). An agency, payer or employer issues it for one
/// person's claim, permit, visit or file, so it finds that person as a record number does. Over every readable gold set (rounds
/// 10-49) the shape stands 19 times in nine rounds, all labelled, none unlabelled; the labelled record rules read it after
/// "ref", "claim" or "serial" but not after a cue they do not list ("event", "grantee number") or with none. Clinical names with
/// hyphens and digits keep at most two digits between their parts ("ICD-10-CM", "G-6-PD") or have no capitals after the
/// digits ("HLA-B27", "COVID-19"), so three digits or more between two capital groups stay out of them.
/// Cheap by construction: one vectorised search for the hyphen, then a few character tests at each hit; no regex, no string.
/// </summary>
internal static class CodesBetweenCapitalGroups
{
    private const int MaxCapitals = 3;

    private const int MinDigits = 3;

    private const int MaxDigits = 6;

    public static void Detect(string text, List<Detection> found)
    {
        var from = 0;
        while (from < text.Length)
        {
            var hyphen = text.AsSpan(from).IndexOf('-');
            if (hyphen < 0)
            {
                return;
            }

            hyphen += from;
            from = hyphen + 1;

            // The capitals before the first hyphen, with no word character or hyphen before them.
            var start = hyphen;
            while (start > 0 && hyphen - start < MaxCapitals && char.IsAsciiLetterUpper(text[start - 1]))
            {
                start--;
            }

            if (start == hyphen || IsPartOfLongerCode(text, start - 1))
            {
                continue;
            }

            var digits = RoomNumbers.Digits(text, hyphen + 1);
            var second = hyphen + 1 + digits;
            if (digits is < MinDigits or > MaxDigits || second >= text.Length || text[second] != '-')
            {
                continue;
            }

            var end = second + 1;
            while (end < text.Length && end - second - 1 < MaxCapitals && char.IsAsciiLetterUpper(text[end]))
            {
                end++;
            }

            if (end == second + 1 || IsPartOfLongerCode(text, end))
            {
                continue;
            }

            found.Add(new Detection(start, end, PhiType.Account, 4));
            from = end;
        }
    }

    // A letter, digit or hyphen beside the code makes it part of a longer one ("X-RAY-1234-AB", "DSP-PA-21447").
    private static bool IsPartOfLongerCode(string text, int index) => RegexScan.IsWordChar(text, index) || (index >= 0 && index < text.Length && text[index] == '-');
}
