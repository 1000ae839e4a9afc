namespace Sermo.Ingest.Anonymization;

/// <summary>
/// Beds and rooms as sign-outs, handovers and ward chat write them (round 20, decision 145). <see cref="RoomNumbers"/> keeps a
/// lone digit after "bed" or "bay" (decision 091: "bay 4" of an ED board is no place anyone can be found by). In a post that
/// hands over two or more labelled beds ("Bay 3 bed 2 ..., Bay 3 bed 5 ...", "ICU bed 4 ... ICU bed 5 ...", "cubicle 6 ...
/// cubicle 8") with a found name beside the bed, or where a found name follows the bed ("bed 9 ([name])"), each bed is where a
/// listed patient lies, and goes; a board that names no one ("bay 3 chest pain, bay 6 syncope") keeps its beds.
/// A room after a person and "in" ("the lady in 4-27", "the guy in 5B", "[name] in 17?") and a room in brackets after a found
/// name ("[name] (5-16) acute pancreatitis", "[name] (831)") go too, when the number has a room's shape and no unit follows.
/// </summary>
internal static class SignOutRooms
{
    private const int NameReach = 40;

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> BedLabels = new HashSet<string>(
        ["bed", "bay", "cubicle", "cubicles"], StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    // Who a sign-out or chat puts in a room: "the lady in 32", "pt in 5B-22".
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PersonNouns = new HashSet<string>(
        ["lady", "guy", "man", "woman", "kid", "boy", "girl", "pt", "patient", "gent", "gentleman", "fella", "chap", "baby"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    // Words after "in N" that make N a time or an amount, which RoomNumbers' units do not hold.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TimeWords = new HashSet<string>(
        ["weeks", "wks", "week", "months", "mos", "month", "years", "yrs", "year", "y", "yo", "h", "hr", "hour", "day", "am", "pm",
         "seconds", "secs", "sec", "minute", "kg", "lbs", "lb", "units", "doses", "of", "out", "to", "and", "or", "more", "other"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    public static void Detect(TokenIndex index, List<Detection> found)
    {
        BedsInLists(index, found);
        var text = index.Text;
        var tokens = index.Tokens;
        var count = found.Count;
        for (var i = 1; i + 1 < tokens.Count; i++)
        {
            if (!FoundTokens.Word(index, i).Equals("in", StringComparison.OrdinalIgnoreCase) || !PersonBefore(index, i, found, count))
            {
                continue;
            }

            var at = tokens[i].End + 1;
            var end = RoomEnd(text, at, allowLoneDigit: false);
            if (end > at && !TimeOrUnitFollows(text, end))
            {
                Add(found, at, end);
            }
        }

        for (var c = 0; c < count; c++)
        {
            var open = found[c].End + 1;
            if (found[c].Type == PhiType.Name && open + 2 < text.Length && text[open - 1] == ' ' && text[open] == '(')
            {
                var end = RoomEnd(text, open + 1, allowLoneDigit: false);
                if (end > open + 1 && end < text.Length && text[end] == ')' && (HasRoomMark(text.AsSpan(open + 1, end - open - 1)) || IsThreeDigitRoom(text.AsSpan(open + 1, end - open - 1))))
                {
                    Add(found, open + 1, end);
                }
            }
        }
    }

    // Two or more labelled beds in one post make it a list of patients: every labelled bed goes, lone digits included.
    private static void BedsInLists(TokenIndex index, List<Detection> found)
    {
        var text = index.Text;
        var tokens = index.Tokens;
        List<(int Start, int End)>? beds = null;
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (tokens[i].Length is < 3 or > 8)
            {
                continue;
            }

            var at = tokens[i].End;
            while (at < text.Length && text[at] is ' ' or '#')
            {
                at++;
            }

            // RoomEnd finds no bed without a digit here: tested before the label's lookup, which most words of a post reach (decision 152).
            if (!RegexScan.IsDigit(text, at) || !BedLabels.Contains(FoundTokens.Word(index, i)))
            {
                continue;
            }

            var end = RoomEnd(text, at, allowLoneDigit: true);
            if (end > at && !TimeOrUnitFollows(text, end))
            {
                (beds ??= []).Add((at, end));
            }
        }

        if (beds is null)
        {
            return;
        }

        foreach (var (start, end) in beds)
        {
            if ((beds.Count >= 2 && NameNear(start, end, found)) || NameFollows(text, end, found))
            {
                Add(found, start, end);
            }
        }
    }

    // A found name within a list item's reach of the bed: an ED board's "bay 3 chest pain, bay 6 syncope" names no one and stays.
    private static bool NameNear(int start, int end, List<Detection> found) =>
        found.Exists(d => d.Type == PhiType.Name && d.End > start - NameReach && d.Start < end + NameReach);

    // A found name right after the bed, with at most a bracket, a colon or a title between ("bed 9 ([name])", "bed 5 Mrs. [name]").
    private static bool NameFollows(string text, int end, List<Detection> found) => found.Exists(d =>
    {
        if (d.Type != PhiType.Name || d.Start <= end || d.Start - end > 8)
        {
            return false;
        }

        var between = text.AsSpan(end, d.Start - end).Trim(" (:");
        return between.IsEmpty || between is "Mr." or "Mrs." or "Ms." or "Mr" or "Mrs" or "Ms" or "Dr." or "Dr";
    });

    // A person noun right before "in" ("the lady in"), or a found name ending there, with or without a comma ("hank, in 14").
    private static bool PersonBefore(TokenIndex index, int i, List<Detection> found, int count)
    {
        if (PersonNouns.Contains(FoundTokens.Word(index, i - 1)))
        {
            return true;
        }

        var previousEnd = index.Tokens[i - 1].End;
        for (var c = 0; c < count; c++)
        {
            if (found[c].Type == PhiType.Name && found[c].End == previousEnd)
            {
                return true;
            }
        }

        return false;
    }

    // A room: 1-3 digits, then an optional capital ("5B"), hyphen and 1-3 digits ("4-27"), or both ("5B-22"); nothing
    // letter- or digit-like straight after. A lone digit with nothing after it only where a bed label stands before it.
    private static int RoomEnd(string text, int at, bool allowLoneDigit)
    {
        var digits = RoomNumbers.Digits(text, at);
        if (digits is 0 or > 3)
        {
            return at;
        }

        var end = at + digits;
        if (end < text.Length && char.IsAsciiLetterUpper(text[end]))
        {
            end++;
        }

        if (end + 1 < text.Length && text[end] == '-' && RoomNumbers.Digits(text, end + 1) is >= 1 and <= 3 and var more)
        {
            end += 1 + more;
        }

        if (end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] is '/' or '.' && end + 1 < text.Length && char.IsAsciiDigit(text[end + 1])
            || text[end] == ':' && end + 1 < text.Length && char.IsAsciiDigit(text[end + 1])))
        {
            return at;
        }

        return !allowLoneDigit && end - at == 1 ? at : end;
    }

    private static bool HasRoomMark(ReadOnlySpan<char> room) => room.IndexOfAnyInRange('A', 'Z') >= 0 || room.Contains('-');

    // "(831)": three digits over 130 are no age in brackets after a name (ages over 89 are round 15's, 90-130).
    private static bool IsThreeDigitRoom(ReadOnlySpan<char> room) =>
        room.Length == 3 && int.Parse(room, System.Globalization.CultureInfo.InvariantCulture) > 130;

    private static bool TimeOrUnitFollows(string text, int end)
    {
        if (RoomNumbers.UnitFollows(text, end))
        {
            return true;
        }

        if (end >= text.Length || text[end] != ' ')
        {
            return false;
        }

        var start = end + 1;
        var stop = start;
        while (stop < text.Length && char.IsAsciiLetter(text[stop]))
        {
            stop++;
        }

        return stop > start && TimeWords.Contains(text.AsSpan(start, stop - start));
    }

    private static void Add(List<Detection> found, int start, int end) => found.AddIfFree(new Detection(start, end, PhiType.Address, 1));
}
