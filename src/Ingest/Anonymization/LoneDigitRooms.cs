namespace Sermo.Ingest.Anonymization;

/// <summary>
/// A one-digit room, bed or bay that places a person (round 44, decision 284). <see cref="RoomNumbers"/> keeps a lone digit after
/// a bed word (decision 091: "bay 4" of an ED board is no place anyone can be found by), but every readable set labels "rm 7",
/// "bed 4" and "bay 6" as `ID` where a person lies in them (decision 210's rule, applied to the older sets by decision 282), and
/// those were the scrubber's commonest room misses over the rotation. The digit goes when the words around it say a person is
/// there: a locative before the label ("in bed 1", "to room 2", "floor of bay 4", "in ICU bed 4"), a name after the number
/// ("rm 7 Guo, Honey", "bed 4 is Kowalczyk", "bed 4: NOGUEIRA, THAÍS"), a sign-out heading ("Handoff bed 5:"), a bay before its
/// bed ("bay 6 bed 4"), a bed set off by dashes ("- bed 7 -") or closing a clause after a comma (", bed 6."). A lower-case noun
/// right before the label makes it equipment or a place's part ("scanner room 3", "trauma bay 2", "sick bay"), and a time or
/// count after it a duration ("in bed 3 weeks"); both stay.
/// </summary>
internal static class LoneDigitRooms
{
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> LoneDigitLabels = new HashSet<string>(
        ["room", "rm", "bed", "bay"], StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    // Where a person is: "in rm 6", "to room 2", "from bed 3", "out of bed 2", "at bay 4".
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Locatives = new HashSet<string>(
        ["in", "into", "to", "from", "of", "at", "on"], StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    // No one placed there: "Nobody in bed 4 needs telemetry" (decision 091's test) keeps its bed.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NoOne = new HashSet<string>(
        ["nobody", "none", "no", "noone", "anyone", "anybody", "nothing"], StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    // Words after the digit that make it a duration or a count, beyond RoomNumbers' units ("in bed 3 weeks", "bed 2 more", "in bay 4
    // for an hour").
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CountWords = new HashSet<string>(
        ["week", "weeks", "wks", "wk", "month", "months", "mos", "year", "years", "yrs", "day", "d", "hour", "hr", "h", "am", "pm",
         "more", "other", "others", "nights", "night", "units", "doses", "people", "beds", "rooms", "bays", "for"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether the lone digit at [at, end) after the label token <paramref name="label"/> places a person.</summary>
    public static bool PlacesAPerson(TokenIndex index, int label, int at, int end)
    {
        var text = index.Text;
        if (!LoneDigitLabels.Contains(FoundTokens.Word(index, label)) || at != index.Tokens[label].End + 1 || CountFollows(text, end))
        {
            return false;
        }

        var before = label - 1;
        if (before >= 0 && IsCompoundNoun(index, before, label))
        {
            return false;
        }

        return LocativeBefore(index, label) || NameAfter(index, end) || HeadingColon(text, end) || BedAfterBay(index, end)
            || SetOffByDashes(index, label, end) || ClosesClauseAfterComma(index, label, end);
    }

    // "scanner room 3", "trauma bay 2": a lower-case word other than a locative or an article right before the label.
    private static bool IsCompoundNoun(TokenIndex index, int before, int label)
    {
        var word = FoundTokens.Word(index, before);
        return FoundTokens.Gap(index, before, label) is " " && word.Length >= 3 && char.IsAsciiLetterLower(word[0])
            && !Locatives.Contains(word) && !word.Equals("the", StringComparison.Ordinal) && !word.Equals("her", StringComparison.Ordinal)
            && !word.Equals("his", StringComparison.Ordinal);
    }

    // "in bed 1", "in ICU bed 4", "in PACU bay 2": a locative, an optional unit in capitals between.
    private static bool LocativeBefore(TokenIndex index, int label)
    {
        var before = label - 1;
        if (before >= 0 && IsUnitInCapitals(FoundTokens.Word(index, before)))
        {
            before--;
        }

        return before >= 0 && Locatives.Contains(FoundTokens.Word(index, before)) && !(before >= 1 && NoOne.Contains(FoundTokens.Word(index, before - 1)));
    }

    private static bool IsUnitInCapitals(ReadOnlySpan<char> word) =>
        word.Length is >= 2 and <= 5 && !word.ContainsAnyExceptInRange('A', 'Z');

    // "rm 7 Guo, Honey", "bed 3 Rivers", "bed 4 is Kowalczyk", "bed 4: NOGUEIRA, THAÍS", "bed 9 (Dunmore, Agnes)".
    private static bool NameAfter(TokenIndex index, int end)
    {
        var text = index.Text;
        var at = end;
        while (at < text.Length && at - end < 3 && text[at] is ' ' or ':' or '(')
        {
            at++;
        }

        var next = at > end ? FoundTokens.StartingAt(index.Tokens, at) : -1;
        if (next < 0)
        {
            return false;
        }

        if (FoundTokens.Word(index, next).Equals("is", StringComparison.Ordinal) && next + 1 < index.Tokens.Count
            && FoundTokens.Gap(index, next, next + 1) is " ")
        {
            next++;
        }

        return FoundTokens.MayBeNamePart(index, next) || IsSurnameInCapitalsBeforeComma(index, next);
    }

    private static bool IsSurnameInCapitalsBeforeComma(TokenIndex index, int i)
    {
        var word = FoundTokens.Word(index, i);
        var end = index.Tokens[i].End;
        return word.Length >= 3 && end < index.Text.Length && index.Text[end] == ',' && !word.ContainsAnyInRange('a', 'z')
            && char.IsUpper(word[0]) && char.IsUpper(word[^1]);
    }

    // "Handoff bed 5:", "L&D room 3:": the number heads a line of a list.
    private static bool HeadingColon(string text, int end) => end < text.Length && text[end] == ':';

    // "bay 6 bed 4": a bay with its bed.
    private static bool BedAfterBay(TokenIndex index, int end)
    {
        var next = end + 1 < index.Text.Length && index.Text[end] == ' ' ? FoundTokens.StartingAt(index.Tokens, end + 1) : -1;
        return next >= 0 && FoundTokens.Word(index, next).Equals("bed", StringComparison.OrdinalIgnoreCase);
    }

    // "Tuilagi, Sione - bed 7 - DKA".
    private static bool SetOffByDashes(TokenIndex index, int label, int end)
    {
        var text = index.Text;
        var start = index.Tokens[label].Start;
        return start >= 2 && text[start - 1] == ' ' && text[start - 2] is '-' or '\u2013' or '\u2014'
            && end + 1 < text.Length && text[end] == ' ' && text[end + 1] is '-' or '\u2013' or '\u2014';
    }

    // "transferred to St. Luke's on 2026-09-04, bed 2.", "burn unit, bed 5.": a bed closing the clause that named the place.
    private static bool ClosesClauseAfterComma(TokenIndex index, int label, int end)
    {
        var text = index.Text;
        var start = index.Tokens[label].Start;
        return start >= 2 && text[start - 1] == ' ' && text[start - 2] == ',' && (end == text.Length || text[end] is '.' or ';');
    }

    private static bool CountFollows(string text, int end)
    {
        if (end + 1 >= text.Length || text[end] != ' ')
        {
            return end < text.Length && text[end] is '%' or '-' or '/' or '.' && end + 1 < text.Length && char.IsAsciiDigit(text[end + 1]);
        }

        var stop = end + 1;
        while (stop < text.Length && char.IsAsciiLetter(text[stop]))
        {
            stop++;
        }

        return stop > end + 1 && CountWords.Contains(text.AsSpan(end + 1, stop - end - 1));
    }
}
