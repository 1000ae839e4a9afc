namespace Sermo.Ingest.Anonymization;

/// <summary>
/// Phone numbers outside the North American plan, found by how their digits are grouped (round 13, decision 100): a country
/// prefix "+47 121 88 198", "+676 81 795" (a plus, one to three digits, then two or more space-separated groups of one to
/// six digits, 7 to 15 digits in all), and a trunk-prefix national number "0161 783 7639", "0490 474 449" (a first group
/// of two to five digits opening with 0, then two or more groups of two to four digits, 9 to 11 digits in all). A list of
/// clock times ("0800 1400 2000", 12 digits) or a date ("01 02 2020", 8 digits) has another count.
/// </summary>
internal static class ForeignPhoneShapes
{
    public static void Detect(string text, List<Detection> found)
    {
        var span = text.AsSpan();
        for (var at = span.IndexOfAnyInRange('0', '9'); at >= 0;)
        {
            var end = at > 0 && text[at - 1] == '+' ? MatchCountryPrefix(text, at)
                : text[at] == '0' ? Math.Max(MatchInternationalPrefix(text, at), MatchTrunkPrefix(text, at)) : -1;
            if (end > 0)
            {
                found.Add(new Detection(text[at - 1] == '+' ? at - 1 : at, end, PhiType.Phone, 1));
            }

            // Jump to the next digit run's first digit.
            var skip = Math.Max(end, at + 1);
            while (skip < text.Length && char.IsAsciiDigit(text[skip]))
            {
                skip++;
            }

            var next = skip < text.Length ? span[skip..].IndexOfAnyInRange('0', '9') : -1;
            at = next < 0 ? -1 : skip + next;
        }
    }

    // "+47 121 88 198": the digits after the plus start the country code.
    private static int MatchCountryPrefix(string text, int at)
    {
        if (at >= 2 && char.IsLetterOrDigit(text[at - 2]))
        {
            return -1;
        }

        var (end, groups, digits, first, _) = Groups(text, at, 1, 6);
        return first <= 3 && groups >= 3 && digits is >= 7 and <= 15 ? end : -1;
    }

    // "00 44 20 5926 7105", "0049 30 2829087" (round 28, decision 180): "00" is the international call prefix the plus stands
    // for; a country code follows (none starts with 0), then the number in groups of up to eight digits, 7 to 15 digits after
    // the prefix. A list of clock times ("0030 0600 1200") has four digits in every group and stays.
    private static int MatchInternationalPrefix(string text, int at)
    {
        if (at + 3 >= text.Length || text[at + 1] != '0' || (at > 0 && (char.IsLetterOrDigit(text[at - 1]) || text[at - 1] is '.' or ',' or '/' or ':' or '-' or '+')))
        {
            return -1;
        }

        var code = text[at + 2] == ' ' ? at + 3 : at + 2;
        if (code >= text.Length || text[code] is < '1' or > '9')
        {
            return -1;
        }

        var (end, groups, digits, first, _) = Groups(text, code, 1, 8);
        return end > 0 && first <= 3 && groups >= 3 && digits is >= 7 and <= 15 && !(code == at + 2 && EveryGroupOfFour(text, at, end)) ? end : -1;
    }

    private static bool EveryGroupOfFour(string text, int at, int end)
    {
        foreach (var range in text.AsSpan(at, end - at).Split(' '))
        {
            if (range.End.Value - range.Start.Value != 4)
            {
                return false;
            }
        }

        return true;
    }

    // "0161 783 7639": a trunk 0, then groups of two to four digits.
    private static int MatchTrunkPrefix(string text, int at)
    {
        if (at > 0 && (char.IsLetterOrDigit(text[at - 1]) || text[at - 1] is '.' or ',' or '/' or ':' or '-' or '+'))
        {
            return -1;
        }

        var (end, groups, digits, first, longest) = Groups(text, at, 2, 4);
        return first is >= 2 and <= 5 && groups >= 3 && longest <= 5 && digits is >= 9 and <= 11 ? end : -1;
    }

    // Space-separated digit groups from <paramref name="at"/>: where they end, how many, how many digits, the first group's
    // length and the longest group's. A group after the first outside [min, max] ends the number before it; a group glued to a
    // letter, a decimal point or a unit makes it no number at all (end -1).
    private static (int End, int Groups, int Digits, int First, int Longest) Groups(string text, int at, int min, int max)
    {
        int end = at, groups = 0, digits = 0, first = 0, longest = 0;
        var k = at;
        while (true)
        {
            var start = k;
            while (k < text.Length && char.IsAsciiDigit(text[k]))
            {
                k++;
            }

            var length = k - start;
            if (groups > 0 && (length < min || length > max))
            {
                break;
            }

            if (k < text.Length && (char.IsLetter(text[k]) || (text[k] is '.' or ',' && k + 1 < text.Length && char.IsAsciiDigit(text[k + 1]))))
            {
                return groups > 0 && length == 0 ? (end, groups, digits, first, longest) : (-1, 0, 0, 0, 0);
            }

            groups++;
            digits += length;
            first = groups == 1 ? length : first;
            longest = Math.Max(longest, length);
            end = k;
            if (k + 1 >= text.Length || text[k] != ' ' || !char.IsAsciiDigit(text[k + 1]))
            {
                break;
            }

            k++;
        }

        return (end, groups, digits, first, longest);
    }
}
