namespace Sermo.Ingest.Anonymization;

/// <summary>
/// Round 54 (decision 385): a bed named by a lone digit or letter where the words beside it say whose bed it is: right after a
/// room number the rules found ("room 513 bed 2", "room 161A bed A", "rm 22, bed B") or before the place it belongs to ("bed 3 of
/// Hawthorn House", "bed 7 in the CCU", "bunk 4 at Camp Ridge"). <see cref="RoomNumbers"/> leaves a lone digit after "bed" (an ED
/// board's "bed 2" places no one) and never reads a lone letter; beside a found room or a named place the bed narrows the patient
/// to one bed of one room, as the room number does. Over the readable gold sets (rounds 10-51) a bed of that shape after a found
/// room stands 16 times (rounds 22, 34, 43, 46, 49) and before "of", "in", "at" or "on" and a capitalised place 18 times (rounds
/// 22-51), every one labelled.
/// Taken as the found room's type after a room, as an address (as <see cref="RoomNumbers"/> takes "rm 512") before a place; a
/// weekday or month after the preposition ("bed 2 on Monday") is no place.
/// Cost (decisions 093, 300, 312): nothing in a post without a room-label-shaped word (the token index's cue flag); then one set
/// lookup per flagged word and character tests around the few bed words.
/// </summary>
internal static class BedsBesideARoomOrPlace
{
    // The words before a bed's own number (a subset of RoomNumbers.Labels, which the cue flag is built from).
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> BedLabels = new HashSet<string>(
        ["bed", "bunk", "cot"], StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly string[] PlacePrepositions = [" of ", " in ", " at ", " on "];

    public static void Detect(TokenIndex index, List<Detection> found)
    {
        if ((index.AnyCues & WordCue.RoomLabel) == 0)
        {
            return;
        }

        var text = index.Text;
        var tokens = index.Tokens;
        var foundByRules = found.Count;
        for (var i = 0; i < tokens.Count; i++)
        {
            if ((index.Cues[i] & WordCue.RoomLabel) == 0 || !BedLabels.Contains(FoundTokens.Word(index, i)))
            {
                continue;
            }

            var at = tokens[i].End;
            while (at < text.Length && text[at] is ' ' or '#')
            {
                at++;
            }

            var end = BedNumberEnd(text, at);
            if (end == at || RoomNumbers.UnitFollows(text, end))
            {
                continue;
            }

            if (RoomJustBefore(text, found, foundByRules, tokens[i].Start) is { } room)
            {
                found.AddIfFree(new Detection(at, end, room.Type, 1));
            }
            else if (NamedPlaceAfter(text, end))
            {
                found.AddIfFree(new Detection(at, end, PhiType.Address, 1));
            }
        }
    }

    // "2", "14", "3B", "A": one or two digits and an optional capital, or one capital alone; whole. Longer numbers are RoomNumbers'.
    private static int BedNumberEnd(string text, int at)
    {
        var digits = RoomNumbers.Digits(text, at);
        var end = at + digits;
        if (digits > 2)
        {
            return at;
        }

        if (end < text.Length && char.IsAsciiLetterUpper(text[end]))
        {
            end++;
        }

        return end > at && !RegexScan.IsWordChar(text, end) ? end : at;
    }

    // A found room number ending just before the bed word ("room 513 bed", "rm 22, bed", "Room 4/bed"): the detection's own text or
    // the word before it is a room label.
    private static Detection? RoomJustBefore(string text, List<Detection> found, int count, int bedWord)
    {
        var gap = bedWord;
        while (gap > 0 && bedWord - gap < 3 && text[gap - 1] is ' ' or ',' or '/' or '-')
        {
            gap--;
        }

        if (gap == bedWord)
        {
            return null;
        }

        for (var c = 0; c < count; c++)
        {
            var room = found[c];
            if (room.End == gap && (IsRoomLabel(RegexScan.WordBefore(text, TrimmedStart(text, room.Start))) || IsRoomLabel(FirstWord(text, room))))
            {
                return room;
            }
        }

        return null;
    }

    // Past a '#' or '.' between the label and the number ("rm. 512", "room #14").
    private static int TrimmedStart(string text, int start)
    {
        while (start > 0 && text[start - 1] is '#' or '.' or ' ')
        {
            start--;
        }

        return start;
    }

    private static ReadOnlySpan<char> FirstWord(string text, Detection room)
    {
        var span = text.AsSpan(room.Start, room.Length);
        var stop = 0;
        while (stop < span.Length && char.IsLetter(span[stop]))
        {
            stop++;
        }

        return span[..stop];
    }

    private static bool IsRoomLabel(ReadOnlySpan<char> word) =>
        word.Equals("room", StringComparison.OrdinalIgnoreCase) || word.Equals("rm", StringComparison.OrdinalIgnoreCase);

    // " of Hawthorn House", " in the CCU", " at Camp Ridge": a preposition, an optional "the" and a capitalised word that is no
    // weekday or month.
    private static bool NamedPlaceAfter(string text, int end)
    {
        var rest = text.AsSpan(end);
        var preposition = -1;
        foreach (var candidate in PlacePrepositions)
        {
            if (rest.StartsWith(candidate, StringComparison.Ordinal))
            {
                preposition = candidate.Length;
                break;
            }
        }

        if (preposition < 0)
        {
            return false;
        }

        rest = rest[preposition..];
        if (rest.StartsWith("the ", StringComparison.Ordinal))
        {
            rest = rest[4..];
        }

        var stop = 0;
        while (stop < rest.Length && char.IsLetter(rest[stop]))
        {
            stop++;
        }

        var word = rest[..stop];
        return word.Length >= 2 && char.IsUpper(word[0]) && !CalendarWords.Weekdays.Contains(word) && !IsMonth(word);
    }

    private static bool IsMonth(ReadOnlySpan<char> word)
    {
        foreach (var month in CalendarWords.Months)
        {
            if (word.Equals(month, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
