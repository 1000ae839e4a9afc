using System.Buffers;

namespace Sermo.Ingest.Anonymization;

/// <summary>
/// Round 49 (decision 327): an employer named by capitalised words right after a phrase that says work: "works at", "works
/// for", "drives for", "flies for", "delivers for", "picks for", "employer", and a trade with "at", "for" or "with" ("roofer for
/// Baker Brothers", "lineman for PG&amp;E", "pharmacist at Giant", "first officer at Alaska Airlines", "FO for Allegiant").
/// Over the rotation's gold posts (rounds 10-46) a capitalised run in these slots was an identifier 277 times and not 18 (a
/// weekday of "a note for work by Monday", a ride-share company three times, "Mr"); the place row held about 25 such
/// employers no list or head noun reads ("employer Transocean", "drives for Swift", "works for American Crystal"). Left: a
/// weekday, month, title or function word, a clinical-list word or a unit of care ("the ICU", "the VA clinic") as the first
/// word, and a run that goes on past three words (a sentence in capitals).
/// Cost (decision 093): one vectorised ordinal search of the post for the cue phrases; the walk over the run only at a hit.
/// </summary>
internal static class EmployersAfterWorkCues
{
    private const int MaxRunWords = 3;

    private static readonly string[] Cues =
    [
        "works at ", "works for ", "worked at ", "worked for ", "working at ", "working for ", "drives for ", "drove for ",
        "flies for ", "flew for ", "delivers for ", "picks for ", "employer ", "employer is ", "employer was ", "employed by ",
        "roofer for ", "roofer with ", "lineman for ", "lineworker for ", "tech for ", "technician for ", "pharmacist at ",
        "banker at ", "engineer at ", "officer at ", "FO for ", "dispatcher at ", "cashier at ", "clerk at ", "welder at ",
    ];

    private static readonly SearchValues<string> CueValues = SearchValues.Create(Cues, StringComparison.Ordinal);

    // First words that say a time, a title or a clause, not an employer ("works at Night", "a note for work by Monday").
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NotAnEmployer = new HashSet<string>(
    [
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "June",
        "July", "August", "September", "October", "November", "December", "Christmas", "Easter", "Thanksgiving", "Mr", "Mrs", "Ms",
        "Dr", "Miss", "I", "He", "She", "They", "We", "It", "And", "But", "Or", "So", "The", "A", "An", "This", "That", "His", "Her",
        "Night", "Nights", "Home", "Medicare", "Medicaid", "Tricare",
    ], StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    public static void Detect(string text, List<Detection> found)
    {
        var hits = new CueHits(text, CueValues);
        while (hits.Next(out var at))
        {
            var cueEnd = at + Math.Max(1, ListedPhrases.LongestAt(text, at, Cues).Length); // the longest cue: "employer is " over "employer "
            hits.From = cueEnd;
            if (at > 0 && char.IsLetter(text[at - 1]))
            {
                continue; // inside a word ("reworks at")
            }

            var start = text.AsSpan(cueEnd).StartsWith("the ", StringComparison.Ordinal) ? cueEnd + 4 : cueEnd;
            var end = RunEnd(text, start);
            if (end > start)
            {
                FoundTokens.AddUncut(found, new Detection(start, end, PhiType.City, 1));
                hits.From = end;
            }
        }
    }

    // One to three capitalised words one space apart; none when the first says no employer or the run goes on past three.
    private static int RunEnd(string text, int start)
    {
        var end = start;
        var words = 0;
        var at = start;
        while (at < text.Length && char.IsUpper(text[at]))
        {
            var wordEnd = at;
            while (wordEnd < text.Length && IsNameChar(text, wordEnd))
            {
                wordEnd++;
            }

            if (words == 0 && (NotAnEmployer.Contains(text.AsSpan(at, wordEnd - at)) || IsClinicalOrWard(text.AsSpan(at, wordEnd - at))))
            {
                return start;
            }

            if (++words > MaxRunWords)
            {
                return start;
            }

            end = wordEnd;
            if (wordEnd + 1 >= text.Length || text[wordEnd] != ' ')
            {
                break;
            }

            at = wordEnd + 1;
        }

        return end;
    }

    // A unit or service of care, not an employer: "works at the ICU on nights", "works at the VA clinic" (decision 208's traps).
    private static bool IsClinicalOrWard(ReadOnlySpan<char> word) =>
        WardWords.Contains(word) || NameLexicon.Shared.ClinicalTerms.Contains(word);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> WardWords = new HashSet<string>(
        ["VA", "ED", "ER", "OR", "ICU", "NICU", "PICU", "CCU", "MICU", "SICU", "PACU", "L&D", "OB", "ENT"], StringComparer.Ordinal)
        .GetAlternateLookup<ReadOnlySpan<char>>();

    // Letters, digits and the marks inside a firm's name ("PG&E", "Georgia-Pacific", "Pilgrim's"); a possessive's "'s" ends
    // the name when nothing follows it but a mark or a space.
    private static bool IsNameChar(string text, int i)
    {
        var c = text[i];
        if (char.IsLetterOrDigit(c) || c is '&' or '-')
        {
            return true;
        }

        return c is '\'' or '’' && i + 1 < text.Length && char.IsLetter(text[i + 1]);
    }
}
