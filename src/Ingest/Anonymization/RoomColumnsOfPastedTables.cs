namespace Sermo.Ingest.Anonymization;

/// <summary>
/// The cells of a "Bed" or "Room" column in a pasted sign-out table (round 53, decision 380): "| Bed | Name | Age | Dx |" then
/// "| 4A | Lindqvist | 71 | DKA |", or "Pt | Age | Room | Issue" then "Okonkwo, Ada | 77 | 412B | delirium". The header
/// says what the column holds, so a lone digit there is a bed as surely as "bed 4" is (decision 210's rule), where no label sits
/// beside the number for <see cref="RoomNumbers"/> to read. Rows are read in order, one header's width at a time, so rows
/// flattened onto one line ("| Dx | | 3 | HOLLIS, R | 61 | ... | | 4 | ...") are read as rows on their own lines are. Only a
/// room's shape is taken ("7", "635A", "2W-39", "B-12"), and only in a row with a letter in it (a name, a problem: a row of digits
/// alone is weights or labs); the age and problem cells are never read. Pooled over rounds 10-50's gold posts the column's cells
/// were an identifier 34 times of 34 (rounds 14-24).
/// </summary>
internal static class RoomColumnsOfPastedTables
{
    private const int MaxHeaderCells = 8;

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> RoomHeaders = new HashSet<string>(
        ["bed", "room", "rm", "bay"], StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    public static void Detect(string text, List<Detection> found)
    {
        // One vectorised search: a post without a pipe has no table and nothing else is read.
        var pipe = text.IndexOf('|');
        while (pipe >= 0)
        {
            var lineStart = text.LastIndexOf('\n', pipe) + 1;
            var lineEnd = text.IndexOf('\n', pipe);
            lineEnd = lineEnd < 0 ? text.Length : lineEnd;
            if (Header(text, lineStart, lineEnd) is { Width: >= 3 } header)
            {
                ReadColumn(text, header.End, header.Width, header.Column, found);
                return;
            }

            pipe = lineEnd < text.Length ? text.IndexOf('|', lineEnd) : -1;
        }
    }

    // The header: three to eight short word cells in a row, one of them a room or bed word. A first cell of prose ending in a
    // colon ("Pasted from our ICU list: | bed | pt | dx |") is passed over.
    private static (int Width, int Column, int End) Header(string text, int lineStart, int lineEnd)
    {
        var width = 0;
        var column = -1;
        var end = lineStart;
        var first = true;
        for (var at = lineStart; at <= lineEnd;)
        {
            var stop = text.IndexOf('|', at, lineEnd - at);
            stop = stop < 0 ? lineEnd : stop;
            var cell = text.AsSpan(at, stop - at).Trim();
            if (!cell.IsEmpty)
            {
                if (IsHeaderWord(cell))
                {
                    column = column < 0 && RoomHeaders.Contains(cell) ? width : column;
                    width++;
                    end = stop;
                }
                else if (!(first && cell[^1] == ':'))
                {
                    break;
                }

                first = false;
            }

            at = stop + 1;
        }

        return column >= 0 && width <= MaxHeaderCells ? (width, column, end) : (0, -1, lineStart);
    }

    private static bool IsHeaderWord(ReadOnlySpan<char> cell)
    {
        if (cell.Length > 15 || !char.IsAsciiLetter(cell[0]))
        {
            return false;
        }

        foreach (var c in cell)
        {
            if (!(char.IsAsciiLetter(c) || c is ' ' or '.' or '#' or '/' or '\''))
            {
                return false;
            }
        }

        return true;
    }

    // The body's cells, split at pipes and line ends; a blank cell (between "| |" of flattened rows) or a markdown rule
    // ("|---|") is no cell. Every width-th cell from the room column is read, and taken once its row is read whole and some
    // cell of it holds a letter (a name, a problem): a row of digits alone ("| 4 | 96 | 12 |") is a row of measurements.
    private static void ReadColumn(string text, int from, int width, int column, List<Detection> found)
    {
        var cellIndex = 0;
        var room = (Start: -1, End: -1);
        var rowHasLetter = false;
        for (var at = from; at < text.Length;)
        {
            var stop = text.AsSpan(at).IndexOfAny('|', '\n');
            stop = stop < 0 ? text.Length : at + stop;
            var cell = text.AsSpan(at, stop - at);
            var trimmed = cell.Trim();
            if (!trimmed.IsEmpty && trimmed.ContainsAnyExcept('-', ':', ' '))
            {
                if (cellIndex % width == column)
                {
                    room = RoomIn(cell, at);
                }
                else
                {
                    rowHasLetter |= trimmed.ContainsAnyInRange('A', 'Z') || trimmed.ContainsAnyInRange('a', 'z');
                }

                if (++cellIndex % width == 0)
                {
                    AddRoom(room, rowHasLetter, found);
                    (room, rowHasLetter) = ((-1, -1), false);
                }
            }

            at = stop + 1;
        }

        AddRoom(room, rowHasLetter, found);
    }

    private static void AddRoom((int Start, int End) room, bool rowHasLetter, List<Detection> found)
    {
        if (room.Start >= 0 && rowHasLetter)
        {
            found.Add(new Detection(room.Start, room.End, PhiType.Address, 1));
        }
    }

    // The room in a cell starting at offset at, or (-1, -1): "— 7 " opens with a dash of the pasted row.
    private static (int Start, int End) RoomIn(ReadOnlySpan<char> cell, int at)
    {
        var trimmed = cell.Trim();
        var start = at + (cell.Length - cell.TrimStart().Length);
        var dash = trimmed[0] is '-' or '\u2013' or '\u2014' ? 1 : 0;
        var room = trimmed[dash..].TrimStart();
        start += trimmed.Length - room.Length;
        return IsRoomShape(room) ? (start, start + room.Length) : (-1, -1);
    }

    // "7", "635A", "2W-39", "8F-25", "B-12", "C4": one to four digits and a capital, a unit-bed, or a capital and digits.
    private static bool IsRoomShape(ReadOnlySpan<char> cell)
    {
        var digits = cell.IndexOfAnyExceptInRange('0', '9');
        digits = digits < 0 ? cell.Length : digits;
        if (digits is >= 1 and <= 4)
        {
            var rest = cell[digits..];
            return rest.IsEmpty || (rest.Length == 1 && char.IsAsciiLetterUpper(rest[0]))
                || (digits <= 2 && rest.Length is >= 3 and <= 5 && char.IsAsciiLetterUpper(rest[0]) && rest[1] == '-'
                    && !rest[2..].ContainsAnyExceptInRange('0', '9'));
        }

        if (digits == 0 && cell.Length >= 2 && char.IsAsciiLetterUpper(cell[0]))
        {
            var number = cell[1] == '-' ? cell[2..] : cell[1..];
            return number.Length is >= 1 and <= 4 && !number.ContainsAnyExceptInRange('0', '9');
        }

        return false;
    }
}
