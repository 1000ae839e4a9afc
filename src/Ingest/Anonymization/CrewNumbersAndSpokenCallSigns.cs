using System.Buffers;

namespace Sermo.Ingest.Anonymization;

/// <summary>
/// Round 50 (decision 336): the numbers a fire, rescue or line crew goes by that the labelled record rules leave: a crew's number
/// in two groups or with a letter ("crew 3-41", "crew 12B", "line crew 40-K"), an engine's four-digit number ("engine 3390"), and
/// a radio call sign spoken as a word and a number ("call sign Echo 22", "callsign Summit 4"). With the day and the incident each
/// finds the one firefighter, searcher or lineman as a bed number finds a patient. Over every readable gold set these stand 21
/// times, all labelled and all missed before (rounds 35, 44 and 47); none stands unlabelled. `LabelledRecordNumbers` reads a
/// crew's or an engine's one to three digits and a call sign of letters and digits run together ("call sign W6EVH"); this rule
/// reads only the shapes it leaves. A crew's grouped number needs a mark after it (",", ".", ":", ";", ")" or the post's end), so
/// a count ("crew 2-3 days", "a crew 10-12 strong") stays; a number with a unit after it stays too. Found by one vectorised,
/// case-blind search of the post for the three cues.
/// </summary>
internal static class CrewNumbersAndSpokenCallSigns
{
    private const int MaxCallWordLength = 12;

    private const int MaxCallDigits = 3;

    private const int EngineDigits = 4;

    private static readonly SearchValues<string> CueValues = SearchValues.Create(["crew ", "engine ", "call sign ", "callsign "], StringComparison.OrdinalIgnoreCase);

    public static void Detect(string text, List<Detection> found)
    {
        var hits = new CueHits(text, CueValues);
        while (hits.Next(out var at))
        {
            // The cue's first two letters tell it: "cr" a crew, "en" an engine, "ca" a call sign (written as one word or two).
            var first = char.ToLowerInvariant(text[at]);
            var isCrew = first == 'c' && char.ToLowerInvariant(text[at + 1]) == 'r';
            var valueAt = first == 'e' ? at + "engine ".Length
                : isCrew ? at + "crew ".Length
                : text[at + 4] == ' ' ? at + "call sign ".Length : at + "callsign ".Length;
            hits.From = valueAt;
            if (RegexScan.IsWordChar(text, at - 1) || valueAt >= text.Length)
            {
                continue;
            }

            var end = first == 'e' ? EngineNumberEnd(text, valueAt)
                : isCrew ? GroupedCrewNumberEnd(text, valueAt)
                : SpokenCallSignEnd(text, valueAt);
            if (end < 0)
            {
                continue;
            }

            found.Add(new Detection(valueAt, end, PhiType.Account, 4));
            hits.From = end;
        }
    }

    // "3-41", "12-07", "40-K", "12B": one or two digits, then a hyphen and two digits, or a capital (after a hyphen or not); a mark after.
    private static int GroupedCrewNumberEnd(string text, int at)
    {
        var digits = RoomNumbers.Digits(text, at);
        if (digits is < 1 or > 2)
        {
            return -1;
        }

        var end = at + digits;
        if (end < text.Length && text[end] == '-')
        {
            end++;
        }

        if (end < text.Length && char.IsAsciiLetterUpper(text[end]))
        {
            end++;
        }
        else if (end > at + digits && RoomNumbers.Digits(text, end) == 2)
        {
            end += 2;
        }
        else
        {
            return -1;
        }

        return !RegexScan.IsWordChar(text, end) && IsMarkOrEnd(text, end) ? end : -1;
    }

    // "3390" ending the word, no decimal, time or unit after it ("engine 2000 rpm", "engine 1500.5").
    private static int EngineNumberEnd(string text, int at)
    {
        var end = at + RoomNumbers.Digits(text, at);
        return end - at == EngineDigits && !RegexScan.IsWordChar(text, end) && !IsDigitAfterMark(text, end) && !RoomNumbers.UnitFollows(text, end) ? end : -1;
    }

    // "Echo 22", "SAR 31": a capitalised word of letters alone, one space, one to three digits ending the word, no unit after them.
    private static int SpokenCallSignEnd(string text, int at)
    {
        if (!char.IsAsciiLetterUpper(text[at]))
        {
            return -1;
        }

        var wordEnd = at + 1;
        while (wordEnd < text.Length && char.IsAsciiLetter(text[wordEnd]))
        {
            wordEnd++;
        }

        if (wordEnd - at > MaxCallWordLength || wordEnd + 1 >= text.Length || text[wordEnd] != ' ')
        {
            return -1;
        }

        var digits = RoomNumbers.Digits(text, wordEnd + 1);
        var end = wordEnd + 1 + digits;
        return digits is >= 1 and <= MaxCallDigits && !RegexScan.IsWordChar(text, end) && !IsDigitAfterMark(text, end) && !RoomNumbers.UnitFollows(text, end) ? end : -1;
    }

    private static bool IsMarkOrEnd(string text, int end) => end >= text.Length || (text[end] is ',' or '.' or ':' or ';' or ')' && !IsDigitAfterMark(text, end));

    // "4412.5", "14:30", "3/4": a decimal, time or fraction, not a number that ends there.
    private static bool IsDigitAfterMark(string text, int end) =>
        end + 1 < text.Length && text[end] is '.' or ',' or ':' or '/' or '-' && char.IsAsciiDigit(text[end + 1]);
}
