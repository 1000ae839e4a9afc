namespace Sermo.Ingest.Anonymization;

/// <summary>
/// The labels <see cref="LabelledRecordNumbers"/> reads since round 39 (decision 243), found by reading every missed record
/// number of rounds 10-35 pooled: a video meeting's number ("zoom meeting 122 6531 8623"), an imaging accession ("Accession=
/// 692025050"), an ethics board's or trial's protocol ("IRB 2025-0813", "protocol NVL-3301"), an applicant's or exam candidate's
/// number ("applicant AAMC 08175943"), a transplant listing ("UNOS KDF4418", "UNet 7730-19"), a referral, a court or health
/// officer's order ("order # PO 44871"), a client's number, a family's pedigree number ("family F5703"), an immigration
/// "A-number" ("A-number A 214 889 607"), and a flight by its airline's name or after "flew" or "flt" ("Delta 1943", "flew UA 1187", "flt 6307").
/// </summary>
internal static partial class LabelledRecordNumbers
{
    // The words live in a nested class: the static fields of a partial class's other files are set in no fixed order, and the cue
    // sets in LabelledRecordNumbers.cs read these when they are built.
    private static class RegistrationLabels
    {
        // Labels read as the record cues before them: the general path (four digits at least, no year, no unit after it). "zoom",
        // "meeting", "protocol", "eras" (the residency application service beside "applicant" and "ecfmg"), "applicant", "candidate", "referral", "order" and "client" are ordinary words too ("meeting 2000
        // people", "order 1000 units"), so after them the number needs a label mark or a record's look (OrdinaryNouns).
        internal static readonly string[] RegistrationWords =
            ["zoom", "meeting", "accession", "irb", "protocol", "eras", "applicant", "candidate", "ecfmg", "unos", "unet", "referral", "order", "client"];

        internal static readonly string[] OrdinaryRegistrationWords =
            ["zoom", "meeting", "protocol", "eras", "applicant", "candidate", "referral", "order", "client"];

        // A family's number in a pedigree or registry ("family F5703", "family HCM-0417"): only a number that starts with a capital,
        // so "family 2", "family of 4" and a year stay.
        internal const string FamilyWord = "family";

        // An immigration alien number after "A-number" ("A-number A 214 889 607"), one hyphened word to the tokenizer ("A#
        // 378-349-392" is RecordNumberRuns': a one-letter word is no cue).
        internal const string AlienNumberWord = "a-number";

        // Airlines whose name is no English word or is read capitalised only ("Delta 1943", "Emirates 2643"), and "flew" before an
        // airline's two-capital code ("flew KL 1216"); "flt" is "flight" shortened.
        internal static readonly string[] AirlineWords =
            ["delta", "emirates", "icelandair", "lufthansa", "jetblue", "qantas", "ryanair", "easyjet", "aeromexico", "avianca", "ravn", "klm", "westjet"];

        internal const string FlewWord = "flew";

        internal const string FltWord = "flt";

        internal static readonly string[] AddedCueWords =
            [.. RegistrationWords, FamilyWord, AlienNumberWord, .. AirlineWords, FlewWord, FltWord];
    }

    /// <summary>
    /// The end of the number after one of this file's cues, or -1 when the cue is not one of them (<paramref name="handled"/> false)
    /// or its number is not read.
    /// </summary>
    private static int RegistrationEnd(string text, NameToken cue, int at, out bool handled)
    {
        handled = true;
        var word = text.AsSpan(cue.Start, cue.Length);
        if (word.Equals(RegistrationLabels.AlienNumberWord, StringComparison.OrdinalIgnoreCase))
        {
            return AlienNumberEnd(text, at);
        }

        if (word.Equals(RegistrationLabels.FamilyWord, StringComparison.OrdinalIgnoreCase))
        {
            var end = RunEnd(text, at, out var digits);
            return char.IsAsciiLetterUpper(text[at]) && digits >= BranchMinDigits && !RoomNumbers.UnitFollows(text, end) ? end : -1;
        }

        if (word.Equals(RegistrationLabels.FlewWord, StringComparison.OrdinalIgnoreCase))
        {
            return FlightNumberEnd(text, at);
        }

        var airline = IsOneOf(word, RegistrationLabels.AirlineWords);
        if (airline || word.Equals(RegistrationLabels.FltWord, StringComparison.OrdinalIgnoreCase))
        {
            // An airline's name is read capitalised only ("delta 2" of a wave or a change stays).
            return airline && !char.IsAsciiLetterUpper(word[0]) ? -1
                : FlightNumberEnd(text, at) is var coded and >= 0 ? coded : BareFlightNumberEnd(text, at);
        }

        handled = false;
        return -1;
    }

    /// <summary>"378-349-392", "A 214 889 607": eight or nine digits in groups, with the scheme's "A" before them at most.</summary>
    internal static int AlienNumberEnd(string text, int at)
    {
        var end = RunEnd(text, at, out var digits);
        return digits is 8 or 9 ? end : -1;
    }

    // "flt 6307", "Delta 1943": three or four digits ending the word, no year, no unit or range after them.
    private static int BareFlightNumberEnd(string text, int at)
    {
        var end = at + RoomNumbers.Digits(text, at);
        return end - at is 3 or 4 && !RegexScan.IsWordChar(text, end) && !IsYear(text.AsSpan(at, end - at)) && !RoomNumbers.UnitFollows(text, end)
            && !DateDetector.IsRangeOfCounts(text, end) && !(end + 1 < text.Length && text[end] is '.' or ',' or ':' or '/' && char.IsAsciiDigit(text[end + 1])) ? end : -1;
    }
}
