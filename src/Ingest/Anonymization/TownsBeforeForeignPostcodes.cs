namespace Sermo.Ingest.Anonymization;

/// <summary>
/// The town of an address line abroad, read from the line's order (round 18, decision 134): in British, Canadian and Australian
/// addresses the town stands right before the postcode, with a province or state code between in Canada and Australia
/// ("[street], Much Wenlock SY8 1AE", "[street], Winnipeg MB R3C 4T3", "[street], Toowoomba QLD 4350"). One to three
/// capitalised words after a comma, a colon or a line start that end one space before a postcode <see cref="ForeignPostcodes"/>
/// found, or before a state code and four digits, are the town whatever the words mean (no list holds every town abroad); the
/// four digits are then its postcode. A word of a kind that is never a name part (clinical, eponym, month, title ...) stops it.
/// </summary>
internal static class TownsBeforeForeignPostcodes
{
    private const int MaxTownWords = 3;

    private static readonly string[] Provinces = ["AB", "BC", "MB", "NB", "NL", "NS", "NT", "NU", "ON", "PE", "QC", "SK", "YT"];

    public static void Detect(TokenIndex index, List<Detection> found)
    {
        var count = found.Count;
        for (var c = 0; c < count; c++)
        {
            if (found[c].Type == PhiType.Zip && IsForeignPostcodeShape(index.Text, found[c]))
            {
                if (TownBefore(index, CodeBefore(index.Text, found[c].Start, Provinces)) is { } town)
                {
                    found.Add(new Detection(town.Start, town.End, PhiType.City, 1));
                }
            }
        }

        FourDigitsAfterAustralianState(index, found);
    }

    // "SY8 1AE", "R3C 4T3": letters and digits around one space, as ForeignPostcodes finds them (a US ZIP has no space).
    private static bool IsForeignPostcodeShape(string text, Detection zip)
    {
        var postcode = text.AsSpan(zip.Start, zip.Length);
        return postcode.Length is >= 6 and <= 8 && postcode.Count(' ') == 1 && char.IsAsciiLetterUpper(postcode[0]);
    }

    // Where the town must end: before " MB " when a province or state code stands before the postcode, else before the postcode.
    private static int CodeBefore(string text, int at, string[] codes)
    {
        foreach (var code in codes)
        {
            var start = at - 1 - code.Length;
            if (start > 0 && text[at - 1] == ' ' && text[start - 1] == ' ' && text.AsSpan(start, code.Length).SequenceEqual(code))
            {
                return start - 1;
            }
        }

        return at - 1;
    }

    private static void FourDigitsAfterAustralianState(TokenIndex index, List<Detection> found)
    {
        var text = index.Text;
        foreach (var state in ForeignPostcodes.AustralianStates)
        {
            for (var at = text.IndexOf(state, StringComparison.Ordinal); at > 0; at = text.IndexOf(state, at + state.Length, StringComparison.Ordinal))
            {
                var digits = at + state.Length + 1;
                if (text[at - 1] != ' ' || digits + 4 > text.Length || text[digits - 1] != ' ' || text.AsSpan(digits, 4).IndexOfAnyExceptInRange('0', '9') >= 0
                    || (digits + 4 < text.Length && char.IsLetterOrDigit(text[digits + 4])))
                {
                    continue;
                }

                if (TownBefore(index, at - 1) is not { } town)
                {
                    continue;
                }

                // The town counts only when the four digits are a postcode (not a year, not a dose: "SA 1000 mg").
                var before = found.Count;
                ForeignPostcodes.FourDigitsAfter(text, town.End, found);
                if (found.Count > before)
                {
                    found.Add(new Detection(town.Start, town.End, PhiType.City, 1));
                }
            }
        }
    }

    // The capitalised words ending at <paramref name="end"/> (a space follows), opened by a comma, a colon or a line start, or null.
    private static (int Start, int End)? TownBefore(TokenIndex index, int end)
    {
        if (end <= 0 || index.Text[end] != ' ')
        {
            return null;
        }

        var last = FoundTokens.EndingAt(index.Tokens, end);
        if (last < 0 || index.Tokens[last].End != end)
        {
            return null;
        }

        var first = last;
        while (true)
        {
            if (!FoundTokens.IsTitleCase(FoundTokens.Word(index, first)) || (index.Kinds[first] & FoundTokens.NeverNamePart) != 0)
            {
                return null;
            }

            if (OpenedAt(index, first))
            {
                break;
            }

            if (first == 0 || last - first + 1 >= MaxTownWords || FoundTokens.Gap(index, first - 1, first) is not " ")
            {
                return null;
            }

            first--;
        }

        return (index.Tokens[first].Start, end);
    }

    // A town of an address line opens after ", ", ": " or at a line's start.
    private static bool OpenedAt(TokenIndex index, int i)
    {
        var text = index.Text;
        var start = index.Tokens[i].Start;
        var before = start == 0 ? '\n' : text[start - 1];
        return before == '\n' || (before == ' ' && start >= 2 && text[start - 2] is ',' or ':');
    }
}
