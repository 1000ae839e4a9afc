namespace Sermo.Ingest.Anonymization;

/// <summary>
/// A login or handle written with no label (round 53, decision 380): "ticket opened by tnakamura4", "it was kdiallo7's badge",
/// "DM me here (nocturnist55)", "an alert that rbellweather12 opened my chart". <see cref="HandlesAfterLabels"/> reads the word
/// after "user" or "login"; here the shape alone: five lower-case letters or more run straight into one or two digits, a
/// whole word. Hospital logins are built so (initial and surname, then a digit), and so are the forum handles physicians quote.
/// Pooled over rounds 10-50's gold posts that shape was an identifier 35 times of 35 and never a clinical word. The words that
/// do take a number so ("stage4", "covid19", "omega3", "cycle2") are kept by <see cref="NumberedWords"/>.
/// </summary>
internal static class LoginsByTheirShape
{
    private const int MinLetters = 5;

    // Logins end in a digit or two (35 of 35 on the gold posts); three digits are as often a code or a count.
    private const int MaxDigits = 2;

    // Words a physician runs into a number that are no one's login: stages, grades, visits, vitamins, variants. Only words of
    // MinLetters or more are listed: a shorter run ("type2", "ecog1", "nyha3") is never read as a login in the first place.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NumberedWords = new HashSet<string>(
        ["stage", "grade", "class", "level", "phase", "cycle", "round", "month", "months", "weeks", "visit", "trial",
         "doses", "covid", "omega", "trisomy", "alpha", "gamma", "delta", "kappa", "sigma", "lambda", "factor", "gleason",
         "vitamin", "segment", "lesion", "gravida", "bravo", "tanner", "mallampati",
         "fitzpatrick", "hours", "years", "point", "points", "score", "version", "model", "series", "generation"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    public static void Detect(string text, List<Detection> found)
    {
        // Only digit runs are visited, and a run is read further only when a lower-case letter stands right before it (one
        // compare); most digits follow a space, a sign or another digit.
        var from = 0;
        while (from < text.Length && text.AsSpan(from).IndexOfAnyInRange('0', '9') is >= 0 and var offset)
        {
            var digitsAt = from + offset;
            var digitsEnd = digitsAt + 1;
            while (digitsEnd < text.Length && char.IsAsciiDigit(text[digitsEnd]))
            {
                digitsEnd++;
            }

            from = digitsEnd;
            if (digitsAt == 0 || !char.IsAsciiLetterLower(text[digitsAt - 1]) || digitsEnd - digitsAt > MaxDigits || !EndsWord(text, digitsEnd))
            {
                continue;
            }

            var start = digitsAt - 1;
            while (start > 0 && char.IsAsciiLetterLower(text[start - 1]))
            {
                start--;
            }

            if (digitsAt - start >= MinLetters && StartsWord(text, start) && !NumberedWords.Contains(text.AsSpan(start, digitsAt - start)))
            {
                found.Add(new Detection(start, digitsEnd, PhiType.Mention, 1));
            }
        }
    }

    // Not inside a longer word, an address or a path: "@kdiallo7", "site.com/kdiallo7", "x_kdiallo7" and "Kdiallo7" are left to other rules.
    private static bool StartsWord(string text, int start) =>
        start == 0 || !(char.IsLetterOrDigit(text[start - 1]) || text[start - 1] is '_' or '@' or '.' or '/' or '\\' or '-');

    private static bool EndsWord(string text, int end) =>
        end == text.Length || !(char.IsLetterOrDigit(text[end]) || text[end] is '_' or '@' or '-');
}
