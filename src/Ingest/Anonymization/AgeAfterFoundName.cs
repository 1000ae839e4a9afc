namespace Sermo.Ingest.Anonymization;

/// <summary>
/// An age over 89 set off right after a name the finders found, in digits or in words, with no word for age: "Mrs [name] 92 —
/// delirium", "Pt [name], 96, is still gardening", "[name] (ninety-one)", "[name], NINETY-TWO, fell", "[name] -- one hundred and
/// one --". Round 11's rule (decision 082) read digits after the names found by then; round 21's (decision 150) re-read digits and
/// words after every name. One rule since round 23 (decision 159): it runs once every finder has added its names, and spelled
/// numbers go through <see cref="SpelledAgeDetector.NumberEnd"/>, the one parser of spelled ages. Digits of 90-130 may be closed
/// by punctuation or a word that is no unit; words only by punctuation ("[name], ninety minutes later" stays), a bracket only by
/// its bracket. "Smith 95% on RA", "Lopez, 100 mg", "Jones 120/80", "Jones (90 min)" stay.
/// </summary>
internal static class AgeAfterFoundName
{
    private const int MinAge = 90;

    private const int MaxAge = 130;

    private enum SetOff
    {
        Space,
        Comma,
        Bracket,
        Dash,
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Units = new HashSet<string>(
        ["mg", "mcg", "g", "kg", "lb", "lbs", "ml", "cc", "mmhg", "bpm", "cm", "mm", "units", "u", "min", "mins", "minutes", "sec", "percent", "x",
         "over", "to", "and", "or", "times", "days", "hours", "hrs", "weeks", "mL", "L", "F", "C", "degrees", "beats", "pounds", "ng", "meq", "mmol"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    public static void Detect(TokenIndex index, List<Detection> found)
    {
        var count = found.Count;
        for (var c = 0; c < count; c++)
        {
            if (found[c].Type == PhiType.Name)
            {
                AgeAt(index, found[c].End, found);
            }
        }
    }

    /// <summary>The age set off right after <paramref name="end"/> (a name's end, or an aside's in <see cref="AgesAfterAsides"/>).</summary>
    internal static void AgeAt(TokenIndex index, int end, List<Detection> found)
    {
        var text = index.Text;
        var at = end;
        SetOff setOff;
        if (at < text.Length && text[at] == ',')
        {
            setOff = SetOff.Comma;
            at++;
        }
        else if (at + 1 < text.Length && text[at] == ' ' && text[at + 1] is '(' or '-' or '\u2013' or '\u2014')
        {
            setOff = text[at + 1] == '(' ? SetOff.Bracket : SetOff.Dash;
            at += 2;
            while (setOff == SetOff.Dash && at < text.Length && text[at] == '-')
            {
                at++;
            }
        }
        else
        {
            setOff = SetOff.Space;
        }

        if (at < text.Length && text[at] == ' ')
        {
            at++;
        }
        else if (setOff == SetOff.Space)
        {
            return;
        }

        var spelled = false;
        var ageEnd = DigitsEnd(text, at);
        if (ageEnd == at && FoundTokens.StartingAt(index.Tokens, at) is var first and >= 0 && SpelledAgeDetector.NumberEnd(index, first) is var last and >= 0)
        {
            spelled = true;
            ageEnd = index.Tokens[last].End;
        }

        var closed = setOff == SetOff.Bracket ? ageEnd < text.Length && text[ageEnd] == ')' : Closes(text, ageEnd, wordMayClose: !spelled);
        if (ageEnd > at && closed)
        {
            found.Add(new Detection(at, ageEnd, PhiType.Age, 2));
        }
    }

    // The end of a whole number of 90-130 in two or three digits at `at`, or `at` when there is none.
    internal static int DigitsEnd(string text, int at)
    {
        var digits = 0;
        while (at + digits < text.Length && char.IsAsciiDigit(text[at + digits]) && digits < 4)
        {
            digits++;
        }

        return digits is 2 or 3 && int.Parse(text.AsSpan(at, digits), System.Globalization.CultureInfo.InvariantCulture) is >= MinAge and <= MaxAge
            ? at + digits
            : at;
    }

    private static bool Closes(string text, int after, bool wordMayClose)
    {
        if (after >= text.Length)
        {
            return true;
        }

        var c = text[after];
        if (c is ',' or ':' or ';' or ')' or '!' or '\n' or '\u2014' or '\u2013')
        {
            return true;
        }

        if (c == '.')
        {
            return after + 1 >= text.Length || !char.IsAsciiDigit(text[after + 1]);
        }

        if (c != ' ' || after + 1 >= text.Length)
        {
            return false;
        }

        if (!wordMayClose)
        {
            return text[after + 1] is '-' or '\u2013' or '\u2014'; // "[name] -- ninety-one -- fell"
        }

        var word = text.AsSpan(after + 1);
        var length = word.IndexOfAny(" .,;:!?)/\n".AsSpan()); // "93 mg/dL" reads the unit "mg"
        word = length < 0 ? word : word[..length];
        return word.Length > 0 && !char.IsAsciiDigit(word[0]) && word[0] != '%' && word[0] != '/' && !Units.Contains(word);
    }
}
