namespace Sermo.Ingest.Anonymization;

/// <summary>
/// A day of the month named by its ordinal alone (round 13, decision 100): "her birthday is the 18th so", "admitted the 15th for
/// PE", "Fri the 14th", "The 3rd was our first day". Safe Harbor removes every date finer than a year, and "the Nth" with no
/// noun after it is a day. A noun after it makes it a count ("the 3rd trimester", "the 95th percentile", "the 4th dose"), and a
/// list of ordinals is one too ("the 2nd, 3rd and 4th toes"), so only a closing mark, a weekday before it, or a word that cannot
/// be the ordinal's noun after it (a conjunction, preposition, pronoun or verb of a short list) makes it a date.
/// </summary>
internal static class OrdinalDays
{
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> WordsAfterADay = new HashSet<string>(
        ["so", "for", "was", "is", "we", "i", "she", "he", "they", "but", "when", "at", "in", "by", "until", "then", "with", "because", "after",
         "before", "since", "which", "that", "if", "will", "would"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    public static void Detect(string text, List<Detection> found)
    {
        var span = text.AsSpan();
        for (var at = span.IndexOfAnyInRange('0', '9'); at >= 0;)
        {
            var end = MatchOrdinal(text, at);
            if (end > 0 && IsDay(text, at, end))
            {
                found.Add(new Detection(at, end, PhiType.Date, 1));
            }

            var skip = at + 1;
            while (skip < text.Length && char.IsAsciiDigit(text[skip]))
            {
                skip++;
            }

            var next = skip < text.Length ? span[skip..].IndexOfAnyInRange('0', '9') : -1;
            at = next < 0 ? -1 : skip + next;
        }
    }

    // "14th", "3rd", "1st", "22nd": one or two digits, 1-31, the suffix English gives that number, a word end after it.
    private static int MatchOrdinal(string text, int at)
    {
        if (at > 0 && (char.IsLetterOrDigit(text[at - 1]) || text[at - 1] is '.' or '/' or '-'))
        {
            return -1;
        }

        var k = at;
        while (k < text.Length && char.IsAsciiDigit(text[k]) && k - at < 3)
        {
            k++;
        }

        if (k - at is < 1 or > 2 || k + 2 > text.Length || (k + 2 < text.Length && char.IsLetterOrDigit(text[k + 2])))
        {
            return -1;
        }

        var day = k - at == 1 ? text[at] - '0' : ((text[at] - '0') * 10) + (text[at + 1] - '0');
        var suffix = text.AsSpan(k, 2);
        var expected = (day % 10, day / 10) switch
        {
            (1, not 1) => "st",
            (2, not 1) => "nd",
            (3, not 1) => "rd",
            _ => "th",
        };
        return day is >= 1 and <= 31 && suffix.Equals(expected, StringComparison.OrdinalIgnoreCase) ? k + 2 : -1;
    }

    private static bool IsDay(string text, int at, int end)
    {
        // "the 14th": the article right before.
        if (at < 4 || !text.AsSpan(at - 4, 4).Equals("the ", StringComparison.OrdinalIgnoreCase) || (at > 4 && char.IsLetter(text[at - 5])))
        {
            return false;
        }

        // "the base of the 5th", "most of the 3rd": a part of something counted, not a day.
        if (ListOfOrdinalsAfter(text, end) || (at > 5 && WordBefore(text, at - 5).Equals("of", StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        if (at > 5 && CalendarWords.Weekdays.Contains(WordBefore(text, at - 5)))
        {
            return true;
        }

        if (end == text.Length || text[end] is '.' or ',' or ';' or ':' or '!' or '?' or ')' or '\n')
        {
            return true;
        }

        if (text[end] != ' ')
        {
            return false;
        }

        var wordEnd = end + 1;
        while (wordEnd < text.Length && char.IsLetter(text[wordEnd]))
        {
            wordEnd++;
        }

        return WordsAfterADay.Contains(text.AsSpan(end + 1, wordEnd - end - 1));
    }

    // "the 2nd, 3rd and 4th toes", "the 2nd or 3rd cycle": another ordinal within the next two words.
    private static bool ListOfOrdinalsAfter(string text, int end)
    {
        var k = end;
        for (var words = 0; words < 2 && k < text.Length; words++)
        {
            while (k < text.Length && text[k] is ' ' or ',' or '-' or '/' or '&')
            {
                k++;
            }

            if (k < text.Length && char.IsAsciiDigit(text[k]))
            {
                return true;
            }

            while (k < text.Length && char.IsLetter(text[k]))
            {
                k++;
            }
        }

        return false;
    }

    private static ReadOnlySpan<char> WordBefore(string text, int space)
    {
        var k = space;
        while (k > 0 && char.IsLetter(text[k - 1]))
        {
            k--;
        }

        return text.AsSpan(k, space - k);
    }
}
