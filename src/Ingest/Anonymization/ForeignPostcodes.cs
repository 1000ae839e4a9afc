namespace Sermo.Ingest.Anonymization;

/// <summary>
/// Postcodes outside the US (round 11, decision 082), found by their shape, which no clinical token has: Canadian "P9N 1S3"
/// (letter-digit-letter, space, digit-letter-digit) and British "KW14 7AD", "SY8 1AE" (one or two letters, a digit, an
/// optional letter or digit, space, digit-letter-letter); and the four digits of an Australian or New Zealand postcode
/// right after a town the other detectors found ("[town], 2650", "[town] NSW 2650"), never a year (1900-2099) and never a
/// count before a unit. Runs after both finders, because the town may be the learned detector's.
/// </summary>
internal static class ForeignPostcodes
{
    internal static readonly string[] AustralianStates = ["NSW", "VIC", "QLD", "SA", "WA", "TAS", "NT", "ACT"];

    public static void Detect(TokenIndex index, List<Detection> found)
    {
        var text = index.Text;
        var towns = found.Count;
        for (var c = 0; c < towns; c++)
        {
            if (found[c].Type is PhiType.City || (found[c].Type is PhiType.Name && AfterPlacePreposition(index, found[c].Start)))
            {
                FourDigitsAfter(text, found[c].End, found);
            }
        }

        // Jump digit to digit: a postcode's second part opens with one.
        var span = text.AsSpan();
        for (var at = span.IndexOfAnyInRange('0', '9'); at >= 0;)
        {
            var match = MatchAround(text, at);
            if (match is { } m)
            {
                found.Add(new Detection(m.Start, m.End, PhiType.Zip, 3));
            }

            var next = span[(at + 1)..].IndexOfAnyInRange('0', '9');
            at = next < 0 ? -1 : at + 1 + next;
        }
    }

    // The digit at <paramref name="at"/> opens the inward part ("1S3", "7AD") after a space; the outward part is before it.
    private static (int Start, int End)? MatchAround(string text, int at)
    {
        if (at < 4 || at + 3 > text.Length || text[at - 1] != ' ' || (at + 3 < text.Length && char.IsLetterOrDigit(text[at + 3])))
        {
            return null;
        }

        var inward = text.AsSpan(at, 3);
        var canadianInward = char.IsAsciiLetterUpper(inward[1]) && char.IsAsciiDigit(inward[2]);
        var britishInward = char.IsAsciiLetterUpper(inward[1]) && char.IsAsciiLetterUpper(inward[2]);
        if (!canadianInward && !britishInward)
        {
            return null;
        }

        // The outward part: 2 to 4 characters of capitals and digits, a capital first, a digit among them, a word start before.
        var start = at - 1;
        while (start > 0 && at - 1 - start < 4 && (char.IsAsciiLetterUpper(text[start - 1]) || char.IsAsciiDigit(text[start - 1])))
        {
            start--;
        }

        var outward = text.AsSpan(start, at - 1 - start);
        if (outward.Length < 2 || !char.IsAsciiLetterUpper(outward[0]) || (start > 0 && char.IsLetterOrDigit(text[start - 1])))
        {
            return null;
        }

        var canadian = canadianInward && outward.Length == 3 && char.IsAsciiDigit(outward[1]) && char.IsAsciiLetterUpper(outward[2]);
        var british = britishInward && IsBritishOutward(outward);
        return canadian || british ? (start, at + 3) : null;
    }

    // "SY8", "KW14", "BT43", "EC1A", "M1": one or two letters, a digit, then an optional digit or letter.
    private static bool IsBritishOutward(ReadOnlySpan<char> outward)
    {
        var letters = outward.IndexOfAnyExceptInRange('A', 'Z');
        if (letters is < 1 or > 2 || !char.IsAsciiDigit(outward[letters]))
        {
            return false;
        }

        var rest = outward[(letters + 1)..];
        return rest.Length == 0 || (rest.Length == 1 && (char.IsAsciiDigit(rest[0]) || char.IsAsciiLetterUpper(rest[0])));
    }

    internal static void FourDigitsAfter(string text, int end, List<Detection> found)
    {
        var at = end;
        if (at < text.Length && text[at] == ',')
        {
            at++;
        }

        if (at >= text.Length || text[at] != ' ')
        {
            return;
        }

        at++;
        var afterState = false;
        foreach (var state in AustralianStates)
        {
            if (text.AsSpan(at).StartsWith(state, StringComparison.Ordinal) && at + state.Length < text.Length && text[at + state.Length] == ' ')
            {
                at += state.Length + 1;
                afterState = true;
                break;
            }
        }

        if (at + 4 > text.Length || !char.IsAsciiDigit(text[at]) || !char.IsAsciiDigit(text[at + 1]) || !char.IsAsciiDigit(text[at + 2])
            || !char.IsAsciiDigit(text[at + 3]))
        {
            return;
        }

        var number = int.Parse(text.AsSpan(at, 4), System.Globalization.CultureInfo.InvariantCulture);
        // What follows must end the place ("2650.", "9810:", "0860 here"), not make the number a count or a time ("1200 mg", "0830-0900").
        var after = at + 4 < text.Length ? text[at + 4] : '.';
        // After a state code ("NSW 2650 with Ross River virus") the number is a postcode whatever word follows; a unit still unmakes it.
        var closes = after is '.' or ',' or ':' or ';' or ')' or '?' or '!' or '\n' || (after == ' ' && (afterState ? !UnitWordFollows(text, at + 5) : !UnitFollows(text, at + 5)));
        if (number is < 1900 or > 2099 && closes && (at + 4 >= text.Length || !char.IsLetterOrDigit(text[at + 4])))
        {
            found.Add(new Detection(at, at + 4, PhiType.Zip, 3));
        }
    }

    private static bool UnitFollows(string text, int at)
    {
        var word = text.AsSpan(at);
        var length = word.IndexOfAny(" .,;:!?)\n".AsSpan());
        word = length < 0 ? word : word[..length];
        return word.Length > 0 && (char.IsAsciiLetterLower(word[0]) || char.IsAsciiDigit(word[0]) || word[0] == '%');
    }

    private static bool UnitWordFollows(string text, int at)
    {
        var rest = text.AsSpan(at);
        return rest.StartsWith("mg") || rest.StartsWith("ml") || rest.StartsWith("mL") || rest.StartsWith("units") || rest.StartsWith("km")
            || rest.StartsWith("patients") || rest.StartsWith("pts") || rest.StartsWith("cases") || (rest.Length > 0 && char.IsAsciiDigit(rest[0]));
    }

    private static bool AfterPlacePreposition(TokenIndex index, int start)
    {
        var i = FoundTokens.StartingAt(index.Tokens, start);
        return i > 0 && (index.Kinds[i - 1] & WordKind.PlacePreposition) != 0 && FoundTokens.Gap(index, i - 1, i) is " ";
    }
}
