namespace Sermo.Ingest.Anonymization;

/// <summary>
/// Ages over 89 that punctuation sets off beside a person, with no word for age (round 12, decision 091): "(92)" right after a
/// found name or a person word ("[name] Graves (100)", "grandma (92)"); ", 96)" closing a parenthesis of a few words and no
/// number ("(pts mother, 96)", "(retired teacher, 99)"); ", 93" after a lone sex letter ("— F, 93, came from"). A number with a
/// unit, inside a longer number or after a vital sign ("(BP 140/90, 95)") stays.
/// </summary>
internal static class SetOffAges
{
    private const int MaxWordsInParenthesis = 6;

    // Person words an age in brackets follows ("grandma (92)"), beside the name rules' person cues.
    internal static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Elders = new HashSet<string>(
        ["grandma", "grandpa", "grandmother", "grandfather", "granny", "gran", "nana", "mother", "father", "mom", "dad", "aunt", "uncle", "husband",
         "wife", "lady", "gentleman", "man", "woman", "veteran", "resident", "matriarch", "patriarch", "widow", "widower"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    public static void Detect(TokenIndex index, List<Detection> found)
    {
        var text = index.Text;
        for (var close = text.IndexOf(')'); close >= 0; close = text.IndexOf(')', close + 1))
        {
            var start = close;
            while (start > 0 && char.IsAsciiDigit(text[start - 1]) && close - start < 4)
            {
                start--;
            }

            if (!IsOldAge(text, start, close) || start < 2)
            {
                continue;
            }

            if (text[start - 1] == '(' && PersonBefore(index, start - 1, found))
            {
                found.Add(new Detection(start, close, PhiType.Age, 2));
            }
            else if (text[start - 1] == ' ' && text[start - 2] == ',' && WordsOnlyParenthesis(text, start - 2))
            {
                found.Add(new Detection(start, close, PhiType.Age, 2));
            }
        }

        var tokens = index.Tokens;
        var sexLetters = text.Contains(", ", StringComparison.Ordinal) ? tokens.Count : 0; // "F, 93" needs a comma and a space
        for (var i = 0; i < sexLetters; i++)
        {
            var token = tokens[i];
            if (token.Length == 1 && text[token.Start] is 'F' or 'M' && (token.Start == 0 || !char.IsLetterOrDigit(text[token.Start - 1]))
                && token.End + 4 <= text.Length && text[token.End] == ',' && text[token.End + 1] == ' ')
            {
                var at = token.End + 2;
                var end = at;
                while (end < text.Length && char.IsAsciiDigit(text[end]) && end - at < 4)
                {
                    end++;
                }

                if (IsOldAge(text, at, end) && (end == text.Length || text[end] is ',' or '.' or ';' or ')' or ' ' && !UnitAfter(text, end)))
                {
                    found.Add(new Detection(at, end, PhiType.Age, 2));
                }
            }
        }
    }

    private static bool IsOldAge(string text, int start, int end)
    {
        if (end - start is < 2 or > 3 || (start > 0 && char.IsAsciiDigit(text[start - 1])))
        {
            return false;
        }

        var value = 0;
        for (var k = start; k < end; k++)
        {
            value = (value * 10) + (text[k] - '0');
        }

        return value is >= 90 and <= 130;
    }

    // "[name] (100)", "grandma (92)": the parenthesis follows a found name or a person word.
    private static bool PersonBefore(TokenIndex index, int open, List<Detection> found)
    {
        var before = open;
        while (before > 0 && index.Text[before - 1] == ' ')
        {
            before--;
        }

        if (found.Exists(d => d.Type == PhiType.Name && d.End == before))
        {
            return true;
        }

        var i = FoundTokens.EndingAt(index.Tokens, before);
        return i >= 0 && index.Tokens[i].PossessiveEnd == before && ((index.Kinds[i] & WordKind.PersonCue) != 0 || Elders.Contains(FoundTokens.Word(index, i)));
    }

    // "(pts mother, 96)": letters and spaces only between the bracket and the comma, a few words.
    private static bool WordsOnlyParenthesis(string text, int comma)
    {
        var words = 1;
        for (var k = comma - 1; k >= 0; k--)
        {
            var c = text[k];
            if (c == '(')
            {
                return k < comma - 1;
            }

            if (c == ' ' && ++words > MaxWordsInParenthesis)
            {
                return false;
            }

            if (!(char.IsLetter(c) || c is ' ' or '\'' or '-'))
            {
                return false;
            }
        }

        return false;
    }

    private static bool UnitAfter(string text, int end)
    {
        if (end + 1 >= text.Length || text[end] != ' ')
        {
            return false;
        }

        var rest = text.AsSpan(end + 1);
        return rest.StartsWith("mg") || rest.StartsWith("kg") || rest.StartsWith("lb") || rest.StartsWith("%") || rest.StartsWith("bpm") || rest.StartsWith("mm")
            || rest.StartsWith("min") || rest.StartsWith("days") || rest.StartsWith("percent");
    }
}
