namespace Sermo.Ingest.Anonymization;

/// <summary>
/// Beds and rooms by the shapes a ward writes them in (round 15, decision 119), beside round 12's <see cref="RoomNumbers"/>:
/// after a bed word, a number with a unit letter inside it ("room 5N03", "bed 5N66") or a unit's letters before it ("bed H4",
/// "hallway H2", "rm ICU 92", "bed PACU 14"); and the first cell of a pasted list row whose next cell is a registration name in capitals
/// ("412A | BOUDREAUX, ODILE", "ICU 4 ABERNATHY, LOIS", "ED 11 KIDANE, MEHRET", "301 STOUT, IVY"), with that row's age over 89
/// ("| 93 |", "90F"). A lone digit after a bed word ("bay 4") is still a bay of a board and stays (decision 091).
/// </summary>
internal static class WardBedShapes
{
    private const int MinAgeOver89 = 90;

    private const int MaxAge = 120;

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> BedWords = new HashSet<string>(
        ["room", "rm", "bed", "bay", "hallway", "hall", "isolette", "crib", "pod", "stretcher"], StringComparer.OrdinalIgnoreCase)
        .GetAlternateLookup<ReadOnlySpan<char>>();

    public static void Detect(TokenIndex index, List<Detection> found)
    {
        var text = index.Text;
        if (text.AsSpan().IndexOfAnyInRange('0', '9') < 0)
        {
            return;
        }

        var tokens = index.Tokens;
        var digits = new NextDigit(text);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!FoundTokens.IsCueBeforeDigit(index, i, ref digits, BedWords, maxLength: 9, window: 7))
            {
                continue;
            }

            var token = tokens[i];

            var at = token.End;
            while (at < text.Length && text[at] is ' ' or '#' or '.')
            {
                at++;
            }

            var end = WardShapeEnd(text, at);
            if (end > at)
            {
                found.Add(new Detection(at, end, PhiType.Address, 1));
            }
        }

        if (text.Contains('\n') && text.Contains(", ", StringComparison.Ordinal))
        {
            ListRows(text, found);
        }
    }

    // "5N03", "10W12": digits, capital letters, digits. "H4", "ICU 92", "ICU 06": capital letters, digits (a space only after two
    // letters or more). Never a word or number going on after it.
    private static int WardShapeEnd(string text, int at)
    {
        var letters = Count(text, at, char.IsAsciiLetterUpper);
        var digits = Count(text, at, char.IsAsciiDigit);
        int end;
        if (digits is >= 1 and <= 3)
        {
            var unit = Count(text, at + digits, char.IsAsciiLetterUpper);
            var after = unit is 1 or 2 ? Count(text, at + digits + unit, char.IsAsciiDigit) : 0;
            if (after is 0 or > 3)
            {
                return at;
            }

            end = at + digits + unit + after;
        }
        else if (letters is >= 1 and <= 4)
        {
            var gap = letters >= 2 && at + letters < text.Length && text[at + letters] == ' ' ? 1 : 0;
            var number = Count(text, at + letters + gap, char.IsAsciiDigit);
            if (number is 0 or > 3)
            {
                return at;
            }

            end = at + letters + gap + number;
        }
        else
        {
            return at;
        }

        return end < text.Length && char.IsLetterOrDigit(text[end]) ? at : end;
    }

    // A row of a pasted list: optional "Bed ", a room cell, a bar or a space, then "SURNAME, " in capitals.
    private static void ListRows(string text, List<Detection> found)
    {
        for (var lineStart = 0; lineStart < text.Length;)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0)
            {
                lineEnd = text.Length;
            }

            Row(text, lineStart, lineEnd, found);
            lineStart = lineEnd + 1;
        }
    }

    private static void Row(string text, int start, int end, List<Detection> found)
    {
        var at = start;
        if (text.AsSpan(at, end - at).StartsWith("Bed ", StringComparison.OrdinalIgnoreCase))
        {
            at += 4;
        }

        var cellEnd = RowRoomEnd(text, at, end);
        if (cellEnd <= at)
        {
            return;
        }

        var next = cellEnd;
        while (next < end && text[next] is ' ' or '|')
        {
            next++;
        }

        var surname = Count(text, next, c => char.IsAsciiLetterUpper(c) || c is '-' or '\'');
        if (surname < 2 || next + surname + 2 >= end || text[next + surname] != ',' || !char.IsAsciiLetterUpper(text[next + surname + 2]))
        {
            return;
        }

        found.Add(new Detection(at, cellEnd, PhiType.Address, 1));
        AgesOverEightyNine(text, next + surname, end, found);
    }

    // The room cell of a row: "412A", "301", "ICU 4", "ED 11", "H3": digits (and a letter) or capital letters, a space, digits.
    private static int RowRoomEnd(string text, int at, int end)
    {
        var digits = Count(text, at, char.IsAsciiDigit);
        if (digits is >= 1 and <= 4)
        {
            var cell = at + digits;
            if (cell < end && char.IsAsciiLetterUpper(text[cell]) && cell + 1 < end && !char.IsLetter(text[cell + 1]))
            {
                cell++;
            }

            return cell < end && text[cell] is ' ' or '|' ? cell : at;
        }

        var letters = Count(text, at, char.IsAsciiLetterUpper);
        if (letters is >= 1 and <= 4)
        {
            var gap = at + letters < end && text[at + letters] == ' ' ? 1 : 0;
            var number = Count(text, at + letters + gap, char.IsAsciiDigit);
            var cell = at + letters + gap + number;
            return number is >= 1 and <= 3 && cell < end && text[cell] is ' ' or '|' ? cell : at;
        }

        return at;
    }

    // "| 93 |", " 92   hyponatremia", " 90F ", " 90 fall": a whole number of 90-120 (a sex letter after it allowed) in the row.
    private static void AgesOverEightyNine(string text, int from, int end, List<Detection> found)
    {
        for (var at = from; at < end; at++)
        {
            if (!char.IsAsciiDigit(text[at]) || (at > 0 && (char.IsLetterOrDigit(text[at - 1]) || text[at - 1] is '.' or '-' or '/')))
            {
                continue;
            }

            var digits = Count(text, at, char.IsAsciiDigit);
            var close = at + digits;
            if (close < end && text[close] is 'F' or 'M')
            {
                close++;
            }

            if (digits is 2 or 3 && (close == end || text[close] is ' ' or '|') && int.Parse(text.AsSpan(at, digits)) is >= MinAgeOver89 and <= MaxAge)
            {
                found.Add(new Detection(at, close, PhiType.Age, 1));
            }

            at += digits;
        }
    }

    private static int Count(string text, int at, Func<char, bool> accept)
    {
        var n = 0;
        while (at + n < text.Length && accept(text[at + n]))
        {
            n++;
        }

        return n;
    }
}
