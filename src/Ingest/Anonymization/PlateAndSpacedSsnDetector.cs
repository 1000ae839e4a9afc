namespace Sermo.Ingest.Anonymization;

/// <summary>
/// Two identifiers the labelled patterns missed (round 10, decision 073): a licence plate after "plate" or "tag" written with a
/// space or no separator ("plate ZBZ 833", "Plates 7KXR392"), and a Social Security number grouped by spaces after an SSN cue ("SSN on the form 311 51 6290").
/// A plate needs letters and digits (an orthopaedic "plate 2" or "plate LCP" has not both); a spaced SSN needs the 3-2-4 grouping
/// no phone, date or dose uses, and a valid area and group (no 000, 666 or 9xx area, no 00 group, no 0000 serial).
/// </summary>
internal static class PlateAndSpacedSsnDetector
{
    public static void Detect(TokenIndex index, List<Detection> found)
    {
        var text = index.Text;
        var tokens = index.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            var word = text.AsSpan(tokens[i].Start, tokens[i].Length);
            if ((word.Equals("plate", StringComparison.OrdinalIgnoreCase) || word.Equals("plates", StringComparison.OrdinalIgnoreCase)
                || word.Equals("tag", StringComparison.OrdinalIgnoreCase) || word.Equals("tags", StringComparison.OrdinalIgnoreCase)) && PlateAfter(text, tokens[i].End) is { } plate)
            {
                found.Add(new Detection(plate.Start, plate.End, PhiType.License, 6));
            }
        }

        FindSpacedSsns(text, found);
    }

    internal static (int Start, int End)? PlateAfter(string text, int position)
    {
        while (position < text.Length && text[position] is ' ' or ':' or '#')
        {
            position++;
        }

        var start = position;
        var firstEnd = RunEnd(text, position);
        var end = firstEnd;
        if (firstEnd - start is >= 2 and <= 4 && firstEnd + 1 < text.Length && text[firstEnd] is ' ' or '-' && IsPlateChar(text[firstEnd + 1]))
        {
            var secondEnd = RunEnd(text, firstEnd + 1);
            if (secondEnd - firstEnd - 1 is >= 2 and <= 5)
            {
                end = secondEnd;
            }
        }

        if (end - start is < 5 or > 9 || (end < text.Length && char.IsLetterOrDigit(text[end])))
        {
            return null;
        }

        var plate = text.AsSpan(start, end - start);
        return plate.ContainsAnyInRange('0', '9') && plate.ContainsAnyInRange('A', 'Z') ? (start, end) : null;
    }

    private static int RunEnd(string text, int position)
    {
        while (position < text.Length && IsPlateChar(text[position]))
        {
            position++;
        }

        return position;
    }

    private static bool IsPlateChar(char c) => char.IsAsciiDigit(c) || char.IsAsciiLetterUpper(c);

    private static void FindSpacedSsns(string text, List<Detection> found)
    {
        var span = text.AsSpan();
        var at = span.IndexOfAnyInRange('0', '9');
        while (at >= 0 && at + 11 <= text.Length)
        {
            if ((at == 0 || !(char.IsLetterOrDigit(text[at - 1]) || text[at - 1] is '.' or '-' or '/' or '$')) && IsSpacedSsn(span.Slice(at, 11)) && HasSsnCue(span[Math.Max(0, at - CueWindow)..at])
                && (at + 11 == text.Length || !(char.IsLetterOrDigit(text[at + 11]) || (text[at + 11] is '.' or '-' or '/' && at + 12 < text.Length && char.IsAsciiDigit(text[at + 12])))))
            {
                found.Add(new Detection(at, at + 11, PhiType.Ssn, 6));
                at += 11;
            }
            else
            {
                at++;
                while (at < text.Length && char.IsAsciiDigit(text[at]))
                {
                    at++;
                }
            }

            var next = at < text.Length ? span[at..].IndexOfAnyInRange('0', '9') : -1;
            at = next < 0 ? -1 : at + next;
        }
    }

    private const int CueWindow = 20;

    // "SSN", "ss#", "SS:", "social", "soc sec" within the 20 characters before: "BP 120 80 1000" has none.
    private static bool HasSsnCue(ReadOnlySpan<char> window)
    {
        if (window.Contains("social", StringComparison.OrdinalIgnoreCase) || window.Contains("soc sec", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        for (var at = window.IndexOf("ss", StringComparison.OrdinalIgnoreCase); at >= 0; at = NextSs(window, at))
        {
            var after = at + 2 < window.Length ? window[at + 2] : ' ';
            if ((at == 0 || !char.IsLetter(window[at - 1])) && (after is '#' or ':' or ' ' or 'n' or 'N'))
            {
                return true;
            }
        }

        return false;
    }

    private static int NextSs(ReadOnlySpan<char> window, int at)
    {
        var next = window[(at + 1)..].IndexOf("ss", StringComparison.OrdinalIgnoreCase);
        return next < 0 ? -1 : at + 1 + next;
    }

    // "ddd dd dddd" with a valid area, group and serial.
    private static bool IsSpacedSsn(ReadOnlySpan<char> s)
    {
        for (var k = 0; k < 11; k++)
        {
            var digitExpected = k is not (3 or 6);
            if (digitExpected ? !char.IsAsciiDigit(s[k]) : s[k] != ' ')
            {
                return false;
            }
        }

        var area = s[..3];
        return area is not ("000" or "666") && area[0] != '9' && s.Slice(4, 2) is not "00" && s.Slice(7, 4) is not "0000";
    }
}
