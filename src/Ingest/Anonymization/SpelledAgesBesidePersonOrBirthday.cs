namespace Sermo.Ingest.Anonymization;

/// <summary>
/// Round 51 (decision 351): a spelled number of 90-129 in two slots <see cref="AgesOverEightyNineInSlots"/> did not read, found
/// pooled over rounds 10-47. Right after a found name or a kin word ("Edna Marsh ninety-one with CKD", "her nan, one hundred",
/// "Walt Obi (ninety, lives alone)") and, for a compound number, before a word that dates a birthday ("ninety-three now",
/// "ninety six in May", "hundred and two last Sunday"). A bare "ninety" or "a hundred" takes the birthday slot only when a comma
/// or bracket sets it off before ("from Tulsa, ninety in June"): alone it is as often a count. A unit or count noun after the
/// number refuses every slot ("ninety minutes", "a hundred times").
/// </summary>
internal static class SpelledAgesBesidePersonOrBirthday
{
    // Words after "last"/"next" that make the number a birthday, not a count: "last Tuesday", "next month".
    private static readonly string[] BirthdaySpans = ["week", "month", "year", "birthday"];

    public static bool IsAge(TokenIndex index, List<Detection> found, int first, int last, bool compound)
    {
        var text = index.Text;
        var tokens = index.Tokens;
        var firstWord = text.AsSpan(tokens[first].Start, tokens[first].Length);
        if (firstWord.Contains("year", StringComparison.OrdinalIgnoreCase) || firstWord.EndsWith("yo", StringComparison.OrdinalIgnoreCase)
            || (last + 1 < tokens.Count && SpelledAgeDetector.IsUnit(text.AsSpan(tokens[last + 1].Start, tokens[last + 1].Length))))
        {
            return false;
        }

        var start = tokens[first].Start;
        if (AgesOverEightyNineInSlots.VitalWords.Contains(RegexScan.WordBefore(text, start)))
        {
            return false; // "sats ninety-two now", "HR one hundred and ten now"
        }

        if (IsAfterPerson(text, found, start))
        {
            return true;
        }

        if (!IsBirthdayAfter(text.AsSpan(tokens[last].End)))
        {
            return false;
        }

        var before = text.AsSpan(0, start).TrimEnd(' ');
        return compound || (!before.IsEmpty && before[^1] is ',' or '(');
    }

    // A found name ending one gap before ("Name ninety", "Name, ninety", "Name (ninety", "Name ~ninety") or a kin word right before.
    private static bool IsAfterPerson(string text, List<Detection> found, int start)
    {
        var gapStart = start;
        while (gapStart > 0 && start - gapStart < 3 && text[gapStart - 1] is ' ' or ',' or '(' or '~')
        {
            gapStart--;
        }

        if (gapStart == start || gapStart == 0)
        {
            return false;
        }

        if (text[start - 1] == ' ' && AgesOverEightyNineInSlots.KinSubjects.Contains(RegexScan.WordBefore(text, start)))
        {
            return true; // "great-grandma ninety-two"
        }

        foreach (var detection in found)
        {
            if (detection.Type == PhiType.Name && detection.End == gapStart)
            {
                return true;
            }
        }

        return false;
    }

    // " now", " in May", " on March 3", " last Tuesday", " next month", " as of June": the number is a birthday reached or coming.
    private static bool IsBirthdayAfter(ReadOnlySpan<char> after)
    {
        if (after.IsEmpty || after[0] != ' ')
        {
            return false;
        }

        var words = after[1..];
        var first = FirstWord(words);
        if (first.Equals("now", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var rest = words[first.Length..].TrimStart(' ');
        if (first.Equals("as", StringComparison.OrdinalIgnoreCase) && FirstWord(rest).Equals("of", StringComparison.OrdinalIgnoreCase))
        {
            rest = rest[2..].TrimStart(' ');
            return IsMonth(FirstWord(rest));
        }

        if (first.Equals("in", StringComparison.OrdinalIgnoreCase) || first.Equals("on", StringComparison.OrdinalIgnoreCase))
        {
            return IsMonth(FirstWord(rest));
        }

        if (first.Equals("last", StringComparison.OrdinalIgnoreCase) || first.Equals("next", StringComparison.OrdinalIgnoreCase))
        {
            var span = FirstWord(rest);
            return IsMonth(span) || CalendarWords.Weekdays.Contains(span) || span.Equals("weekend", StringComparison.OrdinalIgnoreCase)
                || RegexScan.EndsWithAnyWord(span, BirthdaySpans);
        }

        return false;
    }

    private static bool IsMonth(ReadOnlySpan<char> word)
    {
        // Full month names only: "in mar" or "on sat" after a number is as often a drug or a vital's shorthand.
        foreach (var month in CalendarWords.Months)
        {
            if (month.Length > 4 && word.Equals(month, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return word.Equals("may", StringComparison.OrdinalIgnoreCase) || word.Equals("june", StringComparison.OrdinalIgnoreCase)
            || word.Equals("july", StringComparison.OrdinalIgnoreCase);
    }

    private static ReadOnlySpan<char> FirstWord(ReadOnlySpan<char> words)
    {
        var length = 0;
        while (length < words.Length && char.IsLetter(words[length]))
        {
            length++;
        }

        return words[..length];
    }
}
