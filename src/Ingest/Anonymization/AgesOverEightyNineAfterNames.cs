namespace Sermo.Ingest.Anonymization;

/// <summary>
/// An age over 89 set off right after a name, in digits or in words, once every rule has found its names (round 21, decision 150):
/// "[name], 95, from a nursing home", "[name] (ninety-one)", "[name], NINETY-TWO, fell", "[name] -- one hundred and one".
/// Round 11's <see cref="AgeAfterFoundName"/> runs before the rules of rounds 12-20 add their names and reads digits only; the
/// pooled misses of rounds 10-20 had such ages in every round. The comma or bracket after a person and a closing mark after the
/// number are the cue, so "Smith 95% on RA", "Lopez, 100 mg" and "Jones (90 min)" stay.
/// </summary>
internal static class AgesOverEightyNineAfterNames
{
    private static readonly string[] Ones = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];

    // "ninety", "ninety-two", "ninety two", "one hundred", "a hundred and one", "one hundred two": 90-119 as people write them.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Spelled = BuildSpelled();

    private const int MaxSpelledLength = 26;

    public static void Detect(string text, List<Detection> found)
    {
        var count = found.Count;
        for (var c = 0; c < count; c++)
        {
            if (found[c].Type == PhiType.Name)
            {
                AgeAfter(text, found[c].End, found);
            }
        }
    }

    private static void AgeAfter(string text, int at, List<Detection> found)
    {
        var bracket = false;
        if (at < text.Length && text[at] == ',')
        {
            at++;
        }
        else if (at + 1 < text.Length && text[at] == ' ' && text[at + 1] is '(' or '-' or '\u2013' or '\u2014')
        {
            bracket = text[at + 1] == '(';
            at += 2;
            while (!bracket && at < text.Length && text[at] == '-')
            {
                at++;
            }
        }
        else
        {
            return;
        }

        if (at < text.Length && text[at] == ' ')
        {
            at++;
        }

        var end = AgeEnd(text, at);
        if (end > at && Closes(text, end, bracket))
        {
            found.Add(new Detection(at, end, PhiType.Age, 2));
        }
    }

    // The end of a 90-119 in digits or words starting at `at`, or `at` when there is none.
    private static int AgeEnd(string text, int at)
    {
        var digits = 0;
        while (at + digits < text.Length && char.IsAsciiDigit(text[at + digits]) && digits < 4)
        {
            digits++;
        }

        if (digits > 0)
        {
            var age = digits is 2 or 3 ? int.Parse(text.AsSpan(at, digits), System.Globalization.CultureInfo.InvariantCulture) : 0;
            return age is >= 90 and <= 119 ? at + digits : at;
        }

        // The longest run of letters, spaces and hyphens that spells an age: "one hundred and one" before "one hundred".
        var best = at;
        var end = at;
        Span<char> lower = stackalloc char[MaxSpelledLength + 1];
        while (end < text.Length && end - at <= MaxSpelledLength && (char.IsAsciiLetter(text[end]) || text[end] is ' ' or '-'))
        {
            end++;
            if ((end == text.Length || !char.IsAsciiLetter(text[end])) && Spelled.Contains(Lower(text.AsSpan(at, end - at), lower)))
            {
                best = end;
            }
        }

        return best;
    }

    private static ReadOnlySpan<char> Lower(ReadOnlySpan<char> word, Span<char> buffer)
    {
        var length = Math.Min(word.Length, buffer.Length);
        word[..length].ToLowerInvariant(buffer);
        return buffer[..length];
    }

    private static bool Closes(string text, int end, bool bracket)
    {
        if (end == text.Length)
        {
            return !bracket;
        }

        var c = text[end];
        return bracket ? c == ')' : c is ',' or ';' or ':' or '!' or '\n' or ')' || (c == '.' && (end + 1 == text.Length || !char.IsAsciiDigit(text[end + 1])))
            || (c == ' ' && end + 1 < text.Length && text[end + 1] is '-' or '\u2013' or '\u2014');
    }

    private static HashSet<string>.AlternateLookup<ReadOnlySpan<char>> BuildSpelled()
    {
        var spelled = new HashSet<string>(StringComparer.Ordinal) { "ninety", "one hundred", "a hundred" };
        foreach (var one in Ones)
        {
            spelled.Add("ninety-" + one);
            spelled.Add("ninety " + one);
        }

        foreach (var hundred in new[] { "one hundred", "a hundred" })
        {
            foreach (var one in Ones.Append("ten"))
            {
                spelled.Add($"{hundred} and {one}");
                spelled.Add($"{hundred} {one}");
            }
        }

        return spelled.GetAlternateLookup<ReadOnlySpan<char>>();
    }
}
