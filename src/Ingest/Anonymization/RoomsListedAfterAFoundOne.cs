namespace Sermo.Ingest.Anonymization;

/// <summary>
/// Round 51 (decision 354): a second room or bed number written in a list after one <see cref="RoomNumbers"/> found ("rooms 301
/// and 310", "beds 14 and 15", "beds H3 and H4", "room 4 then 6", "rms 402, 403 and 405"). The label is written once, so the later numbers had no
/// label before them and stayed. Decision 210 has the gold label every room and bed number, so each one after the first is the
/// same identifier. Only a number of the same kind runs on: a lone digit after a number of two or more digits is a count ("room
/// 412 and 2 nurses"), a lone digit after a lone digit only where the list or clause ends ("in bed 4 then 6."), and a unit or count
/// noun after the number ends the list ("bed 14 and 20 minutes later").
/// </summary>
internal static class RoomsListedAfterAFoundOne
{
    // The joins a list of rooms uses; "to" and "-" are ranges ("beds 3-5"), which the gold sets did not write after a label.
    private static readonly string[] Joins = [", and ", ", then ", ", ", " and ", " & ", " or ", " then "];

    /// <summary>Adds every number listed after the found one at <paramref name="start"/>..<paramref name="end"/>.</summary>
    public static void Detect(string text, int start, int end, List<Detection> found)
    {
        var loneDigit = end - start == 1;
        for (var guard = 0; guard < 8; guard++)
        {
            var at = JoinEnd(text, end, out var bareComma);
            if (at < 0)
            {
                return;
            }

            var lettered = char.IsAsciiLetterUpper(text[start]) && at < text.Length && char.IsAsciiLetterUpper(text[at]) ? 1 : 0; // "H3 and H4"
            var digits = RoomNumbers.Digits(text, at + lettered);
            var next = at + lettered + digits;
            if (next < text.Length && char.IsAsciiLetterUpper(text[next]) && !RegexScan.IsWordChar(text, next + 1))
            {
                next++; // "609A and 609B"
            }

            var wordAfter = AgeDetector.NextWord(text, next);
            if (digits is 0 or > 5 || (digits == 1 && lettered == 0 && !loneDigit) || RegexScan.IsWordChar(text, next)
                || (next + 1 < text.Length && text[next] is '.' or ',' or '-' or '/' or ':' && char.IsAsciiDigit(text[next + 1]))
                || RoomNumbers.UnitFollows(text, next) || AgeDetector.IsUnit(wordAfter) || IsAgeWord(wordAfter)
                || ((bareComma || (digits == 1 && lettered == 0)) && !ClauseOrListGoesOn(text, next)))
            {
                return;
            }

            found.Add(new Detection(at, next, PhiType.Address, 1));
            end = next;
        }
    }

    // The offset right after a join that follows the number, or -1: a span compare per join, no allocation.
    private static int JoinEnd(string text, int end, out bool bareComma)
    {
        var after = text.AsSpan(end);
        foreach (var join in Joins)
        {
            if (after.StartsWith(join, StringComparison.OrdinalIgnoreCase))
            {
                bareComma = join == ", ";
                return end + join.Length;
            }
        }

        bareComma = false;
        return -1;
    }

    // "rms 402, 403 and 405": a join and a number after it; "room 12, 95 and rising" is a vital that goes on in words.
    private static bool NumberAfterJoin(string text, int next)
    {
        var at = JoinEnd(text, next, out _);
        return at >= 0 && at < text.Length && char.IsAsciiDigit(text[at]);
    }

    // "room 412, 88 yo": an age, not a room, after a bare comma ("y", "yo", "yrs", "years").
    private static bool IsAgeWord(ReadOnlySpan<char> word) => word.Length is >= 1 and <= 5 && word[0] is 'y' or 'Y';

    // After a bare comma, and for a lone digit, a number is a room only when the list goes on or the clause ends right after it: "rms 402, 403 and 405",
    // "beds 14, 15." A comma alone says nothing of what follows ("bed 12, 40 F" is an age and a sex).
    private static bool ClauseOrListGoesOn(string text, int next) =>
        next >= text.Length || text[next] is '.' or ';' or ':' or ')' or '!' or '?' or '\n' || NumberAfterJoin(text, next);
}
