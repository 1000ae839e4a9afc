namespace Sermo.Ingest.Anonymization;

/// <summary>
/// Phone numbers written with a bracketed area or trunk code outside the North American plan (round 14, decision 111):
/// "(02) 8812-4471" (Manila, Sydney: a trunk 0 and one to three digits in brackets, then two groups of three to four digits
/// joined by a hyphen or a space, 8 to 11 digits in all) and "+49 (0)170 0547603" (a country code, the trunk 0 in brackets that
/// callers from abroad drop, then groups; 9 to 15 digits). A bracketed list number "(1) 2 tabs" or a year "(2024) 1200 mg"
/// has no trunk 0 or too few digits.
/// </summary>
internal static class BracketedAreaCodePhones
{
    public static void Detect(string text, List<Detection> found)
    {
        var span = text.AsSpan();
        for (var at = span.IndexOf("(0", StringComparison.Ordinal); at >= 0;)
        {
            var start = StartOfCountryCode(text, at);
            var end = MatchAfterBracket(text, at, start < at);
            if (end > 0)
            {
                found.Add(new Detection(start, end, PhiType.Phone, 1));
            }

            var next = span[(at + 2)..].IndexOf("(0", StringComparison.Ordinal);
            at = next < 0 ? -1 : at + 2 + next;
        }
    }

    // "+49 (0)170": the plus and one to three digits with a space before the bracket; else the bracket itself.
    private static int StartOfCountryCode(string text, int bracket)
    {
        var i = bracket - 1;
        if (i < 0 || text[i] != ' ')
        {
            return bracket;
        }

        var digitsEnd = i;
        while (i > 0 && char.IsAsciiDigit(text[i - 1]))
        {
            i--;
        }

        var plus = i - 1;
        return digitsEnd - i is >= 1 and <= 3 && plus >= 0 && text[plus] == '+' && (plus == 0 || !char.IsLetterOrDigit(text[plus - 1])) ? plus : bracket;
    }

    private static int MatchAfterBracket(string text, int bracket, bool countryCode)
    {
        if (bracket > 0 && char.IsLetterOrDigit(text[bracket - 1]))
        {
            return -1;
        }

        // The bracket: "(0)" after a country code, "(0" + one to three digits + ")" without one.
        var i = bracket + 1;
        var areaDigits = 0;
        while (i < text.Length && char.IsAsciiDigit(text[i]) && areaDigits < 5)
        {
            i++;
            areaDigits++;
        }

        if (i >= text.Length || text[i] != ')' || (countryCode ? areaDigits != 1 : areaDigits is < 2 or > 4))
        {
            return -1;
        }

        i++;
        if (!countryCode)
        {
            // "(02) 8812-4471": a space, then the groups.
            if (i >= text.Length || text[i] != ' ')
            {
                return -1;
            }

            i++;
        }

        // After "(0)" the area code may be two digits ("+49 (0)40 4285 3921"); after "(02) " every group has three or more.
        var (end, groups, digits) = Groups(text, i, countryCode ? 2 : 3);
        var total = digits + (countryCode ? 0 : areaDigits);
        return countryCode
            ? groups >= 2 && digits is >= 8 and <= 13 ? end : -1
            : groups == 2 && total is >= 8 and <= 11 ? end : -1;
    }

    // Groups of three or more digits (the first may be shorter) joined by one hyphen or space; ends before a letter-glued or
    // decimal group.
    private static (int End, int Groups, int Digits) Groups(string text, int i, int firstMinimum)
    {
        var groups = 0;
        var digits = 0;
        var end = -1;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            var groupStart = i;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                i++;
            }

            if (i - groupStart < (groups == 0 ? firstMinimum : 3) || (i < text.Length && (char.IsLetter(text[i]) || (text[i] is '.' or ',' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1])))))
            {
                return groups == 0 ? (-1, 0, 0) : (end, groups, digits);
            }

            groups++;
            digits += i - groupStart;
            end = i;
            if (i + 1 < text.Length && text[i] is '-' or ' ' && char.IsAsciiDigit(text[i + 1]))
            {
                i++;
            }
            else
            {
                break;
            }
        }

        return (end, groups, digits);
    }
}
