namespace Sermo.Ingest.Anonymization;

/// <summary>
/// A month and day written "m/d" with no cue word (round 12, decision 091): "IVIG given 12/1", "called 11/30", "returned 8/21",
/// "dropped all messages 11/27". Three or four digits in all, a month of 1-12 and a day of 1-31. Scores and fractions stay: a
/// pain or strength scale out of 10 ("4/10", "10/10"), one digit each side ("1/2 tab", "4/5 strength", "3/5"), a score after an
/// abbreviation or a score word ("GCS 12/15", "MoCA 11/30"), a number with a unit or "of" after it, and any part of a longer
/// number ("120/80", "1/12/2025", "0.5/1").
/// </summary>
internal static class BareMonthDay
{
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ScoreWords = new HashSet<string>(
        ["score", "scores", "scored", "pain", "strength", "scale", "grade", "ratio", "dose", "doses", "of", "out", "x", "gcs", "mmse", "moca",
         "slums", "phq", "gad", "apgar", "apgars", "sats", "sat", "fio", "peep", "vision", "acuity", "stage", "mg", "mcg", "ml", "units", "tabs", "tab", "puffs",
         "strength", "pts", "patients", "days", "weeks", "months", "hours", "times", "nights"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    public static void Detect(TokenIndex index, List<Detection> found)
    {
        var text = index.Text;
        foreach (var (slash, _) in index.Of(Anchor.Slash))
        {
            var start = slash;
            while (start > 0 && char.IsAsciiDigit(text[start - 1]) && slash - start < 3)
            {
                start--;
            }

            var end = slash + 1;
            while (end < text.Length && char.IsAsciiDigit(text[end]) && end - slash < 4)
            {
                end++;
            }

            int month = slash - start, day = end - slash - 1;
            if (month is < 1 or > 2 || day is < 1 or > 2 || month + day < 3 || !StandsAlone(text, start, end))
            {
                continue;
            }

            var m = Value(text, start, slash);
            var d = Value(text, slash + 1, end);
            if (m is < 1 or > 12 || d is < 1 or > 31 || d == 10 || ScoreAround(text, start, end))
            {
                continue;
            }

            found.Add(new Detection(start, end, PhiType.Date, 0));
        }
    }

    // Not part of a longer number, a date with a year, a path or a word: "1/12/2025", "0.5/1", "v1/23".
    private static bool StandsAlone(string text, int start, int end)
    {
        var before = start > 0 ? text[start - 1] : ' ';
        var after = end < text.Length ? text[end] : ' ';
        var afterNext = end + 1 < text.Length ? text[end + 1] : ' ';
        return !(char.IsLetterOrDigit(before) || before is '/' or '.' or '-' or ':' or '$')
            && !(char.IsLetterOrDigit(after) || after is '/' or '%' or '-' || (after is '.' or ':' && char.IsAsciiDigit(afterNext)));
    }

    // A score word or an abbreviation right before ("GCS 12/15", "Apgars 8/9"), or a unit or score word right after ("11/12 pts").
    private static bool ScoreAround(string text, int start, int end)
    {
        var k = start - 1;
        while (k >= 0 && text[k] is ' ' or ':')
        {
            k--;
        }

        var wordEnd = k + 1;
        while (k >= 0 && char.IsAsciiLetter(text[k]))
        {
            k--;
        }

        var before = text.AsSpan(k + 1, wordEnd - k - 1);
        if (before.Length >= 2 && ScoreWords.Contains(before))
        {
            return true;
        }

        var at = end;
        while (at < text.Length && text[at] == ' ')
        {
            at++;
        }

        var stop = at;
        while (stop < text.Length && char.IsAsciiLetter(text[stop]))
        {
            stop++;
        }

        return stop > at && ScoreWords.Contains(text.AsSpan(at, stop - at));
    }

    private static int Value(string text, int start, int end)
    {
        var value = 0;
        for (var k = start; k < end; k++)
        {
            value = (value * 10) + (text[k] - '0');
        }

        return value;
    }
}
