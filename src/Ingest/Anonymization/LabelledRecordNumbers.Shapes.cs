namespace Sermo.Ingest.Anonymization;

/// <summary>
/// The number shapes <see cref="LabelledRecordNumbers"/> reads after cues that take a short or schemed number rather than a
/// record's run: call signs and numbered crews, worn numbers, postcodes abroad, last fours and flight numbers (moved here
/// unchanged in round 37, decision 233, to keep each file under 400 lines).
/// </summary>
internal static partial class LabelledRecordNumbers
{
    // "14", "M2", "E-19": one capital at most, a hyphen after it at most, then one to three digits that end the word.
    private static int CallSignEnd(string text, int at)
    {
        var digitsAt = at;
        if (char.IsAsciiLetterUpper(text[digitsAt]))
        {
            digitsAt += digitsAt + 1 < text.Length && text[digitsAt + 1] == '-' ? 2 : 1;
        }

        var end = digitsAt + RoomNumbers.Digits(text, digitsAt);
        return end - digitsAt is >= 1 and <= MaxCallSignDigits && !RegexScan.IsWordChar(text, end) && !(end + 1 < text.Length && text[end] is '.' or ',' or ':' or '/' && char.IsAsciiDigit(text[end + 1]))
            && !DateDetector.IsRangeOfCounts(text, end) ? end : -1;
    }

    // "1187", "F1041", "KT4410": up to two capitals, then two to five digits that end the word, with no unit or range after them.
    private static int WornNumberEnd(string text, int at)
    {
        var digitsAt = at;
        while (digitsAt < text.Length && digitsAt - at < 2 && char.IsAsciiLetterUpper(text[digitsAt]))
        {
            digitsAt++;
        }

        var end = digitsAt + RoomNumbers.Digits(text, digitsAt);
        return end - digitsAt is >= WornMinDigits and <= WornMaxDigits && !RegexScan.IsWordChar(text, end) && !RoomNumbers.UnitFollows(text, end)
            && !DateDetector.IsRangeOfCounts(text, end) ? end : -1;
    }

    // "Eircode D02 XY45" (a capital, two digits or a digit and W, a space at most, four capitals or digits), "CEP 94636-058"
    // (five digits, a hyphen, three), "PIN code 680005" (after pin, postal or post: four to six digits); each ending the word.
    private static int PostcodeEnd(string text, NameToken cue, int at)
    {
        var word = text.AsSpan(cue.Start, cue.Length);
        int end;
        if (word.Equals("eircode", StringComparison.OrdinalIgnoreCase))
        {
            if (at + 3 > text.Length || !char.IsAsciiLetterUpper(text[at]) || !char.IsAsciiDigit(text[at + 1]) || !(char.IsAsciiDigit(text[at + 2]) || text[at + 2] == 'W'))
            {
                return -1;
            }

            var unique = at + 3 < text.Length && text[at + 3] == ' ' ? at + 4 : at + 3;
            end = unique;
            while (end < text.Length && end - unique < 4 && (char.IsAsciiLetterUpper(text[end]) || char.IsAsciiDigit(text[end])))
            {
                end++;
            }

            return end - unique == 4 && !RegexScan.IsWordChar(text, end) ? end : -1;
        }

        var digits = RoomNumbers.Digits(text, at);
        if (word.Equals("cep", StringComparison.OrdinalIgnoreCase))
        {
            end = at + digits;
            return digits == 5 && end + 4 <= text.Length && text[end] == '-' && RoomNumbers.Digits(text, end + 1) == 3 && !RegexScan.IsWordChar(text, end + 4) ? end + 4 : -1;
        }

        end = at + digits;
        return RegexScan.WordBeforeIsAny(text, cue.Start, WordsBeforePostcode) && digits is >= 4 and <= 6 && !RegexScan.IsWordChar(text, end)
            && !RoomNumbers.UnitFollows(text, end) ? end : -1;
    }

    // "last four 3600" (cue "four" after "last"), "last4 9302" and "last 4: 0193" (cue "last", then the digit 4 and the number):
    // exactly four digits ending the word, no year, no unit or range after them.
    private static int LastFourEnd(string text, NameToken cue, int at)
    {
        if (text.AsSpan(cue.Start, cue.Length).Equals(FourWord, StringComparison.OrdinalIgnoreCase))
        {
            if (!RegexScan.WordBefore(text, cue.Start).Equals(LastWord, StringComparison.OrdinalIgnoreCase))
            {
                return -1;
            }
        }
        else
        {
            // "last4 9302", "last 4: 0193": the digit 4 names the count; the number comes after it.
            if (text[at] != '4' || RegexScan.IsWordChar(text, at + 1))
            {
                return -1;
            }

            at++;
            while (at < text.Length && text[at] is ' ' or ':' or '#')
            {
                at++;
            }
        }

        var end = at + RoomNumbers.Digits(text, at);
        return end - at == MinDigits && !RegexScan.IsWordChar(text, end) && !IsYear(text.AsSpan(at, MinDigits))
            && !RoomNumbers.UnitFollows(text, end) && !DateDetector.IsRangeOfCounts(text, end) ? end : -1;
    }

    /// <summary>
    /// A flight's number after "flight" (round 31, decision 201): an airline's two-capital code and one to four digits, glued or
    /// one space apart ("flight DL1449", "flight AS 61"): with the day it finds the passenger as a seat does. A bare count ("flight
    /// 3 of stairs") has no code and stays; a tail registration ("flight N417MT") is <see cref="RecordShapes"/>' own.
    /// </summary>
    private static int FlightNumberEnd(string text, int at)
    {
        if (at + 2 >= text.Length || !char.IsAsciiLetterUpper(text[at]) || !char.IsAsciiLetterUpper(text[at + 1]))
        {
            return -1;
        }

        var digitsAt = text[at + 2] == ' ' ? at + 3 : at + 2;
        var end = digitsAt + RoomNumbers.Digits(text, digitsAt);
        return end - digitsAt is >= 1 and <= 4 && !RegexScan.IsWordChar(text, end) && !DateDetector.IsRangeOfCounts(text, end) ? end : -1;
    }
}
