namespace Sermo.Ingest.Anonymization;

/// <summary>
/// Round 43's cues (decision 268), read off round 40's misses with the pooled rotation beside them: a flat's, storage unit's or
/// crew's "unit" number ("unit 314", "moving out of unit 285"), an entry code at a gated home ("gate code 4471", "door code
/// #2215"), and a pharmacy benefit's BIN and PCN ("BIN 610279 PCN 9999", "BIN 385051, PCN V00A").
/// </summary>
internal static partial class LabelledRecordNumbers
{
    // In a class of their own, as GroupAndTravelWords: the cue set in the main file reads them in its static initialiser.
    private static class HousingWords
    {
        // "unit 314, 77 Railroad Ave", "building G unit 758", "storage unit 417", "EMS unit 49", "handoff on unit 82": a flat, a
        // storage unit, an ambulance or a ward, each finding one person with the post's place. On every gold set (gold.jsonl,
        // Fresh, Independent, rounds 6-40) a number after "unit" was an identifier each time (120 of 120); pooled misses of rounds
        // 10-40 after the word: 18 (rounds 23, 35, 36, 40). Read as a worn number (WornNumberEnd: two to five digits, two
        // capitals before them at most, no unit or count after them): a lone digit ("unit 2 of PRBC"), "unit 12 of the course",
        // "unit 20 minutes" and a count before the word ("1 unit 50 mL/h") stay; a blood unit's grouped number is the main file's.
        public const string UnitWord = "unit";

        // The word before "code" that makes it a way into a home or building rather than a postcode, a billing code or a code
        // status: "gate code 4471", "door code 8812", "lockbox code 0924". Round 40's set (home health, locums' housing, gated
        // communities) labelled every one (8 of 8); the number is three to eight digits ending the word.
        public static readonly string[] EntryWordsBeforeCode = ["gate", "door", "lockbox", "keypad", "entry", "garage", "alarm"];

        public const int MinEntryCodeDigits = 3;

        public const int MaxEntryCodeDigits = 8;

        // A pharmacy benefit's routing numbers on a prior authorisation or a drug card ("BIN 610279 PCN 9999 group ..."): with the
        // member's group and id they find the one member's plan. "BIN" in capitals and exactly six digits; "PCN" (also penicillin)
        // only in capitals with a "BIN" at most 40 characters before it on its line ("PCN 500 mg" and "PCN allergy" stay).
        public const string BinWord = "BIN";

        public const string PcnWord = "PCN";

        public const int BinDigits = 6;

        public const int PcnBinWindow = 40;

        public const int MaxPcnLength = 10;

        public static readonly string[] CueWords = [UnitWord, BinWord, PcnWord];
    }

    // handled: whether the cue is one of this file's readings (an unread "unit" or "code" falls back to the main file's).
    private static int HousingOrBenefitEnd(string text, NameToken cue, int at, out bool handled)
    {
        var word = text.AsSpan(cue.Start, cue.Length);
        handled = true;
        if (word.Equals(HousingWords.BinWord, StringComparison.OrdinalIgnoreCase))
        {
            var end = at + RoomNumbers.Digits(text, at);
            return word.SequenceEqual(HousingWords.BinWord) && end - at == HousingWords.BinDigits && !RegexScan.IsWordChar(text, end) ? end : -1;
        }

        if (word.Equals(HousingWords.PcnWord, StringComparison.OrdinalIgnoreCase))
        {
            return word.SequenceEqual(HousingWords.PcnWord) && RegexScan.KeywordBefore(text, cue.Start, HousingWords.BinWord, HousingWords.PcnBinWindow)
                ? PcnEnd(text, at) : -1;
        }

        // A blood unit's grouped number ("unit W1234 25 118830") runs on past the worn number: the main file's record reading takes it whole.
        if (word.Equals(HousingWords.UnitWord, StringComparison.OrdinalIgnoreCase) && !CountBefore(text, cue.Start)
            && WornNumberEnd(text, at) is var unitEnd and >= 0 && RunEnd(text, at, out _) == unitEnd)
        {
            return unitEnd;
        }

        if (IsEntryCode(text, cue))
        {
            var end = at + RoomNumbers.Digits(text, at);
            return end - at is >= HousingWords.MinEntryCodeDigits and <= HousingWords.MaxEntryCodeDigits && !RegexScan.IsWordChar(text, end)
                && !RoomNumbers.UnitFollows(text, end) ? end : -1;
        }

        handled = false;
        return -1;
    }

    // "gate code", "door code": "code" after a way into a home (the cue set matched "code" case-blind).
    private static bool IsEntryCode(string text, NameToken cue) =>
        text.AsSpan(cue.Start, cue.Length).Equals(CodeWord, StringComparison.OrdinalIgnoreCase)
        && RegexScan.WordBeforeIsAny(text, cue.Start, HousingWords.EntryWordsBeforeCode);

    // "1 unit 50 mL/h", "2 unit 10": a count of units, not a numbered one.
    private static bool CountBefore(string text, int cueStart) =>
        cueStart >= 2 && text[cueStart - 1] == ' ' && char.IsAsciiDigit(text[cueStart - 2]);

    // "9999", "V00A", "G84H": capitals and digits with a digit in them, ending the word.
    private static int PcnEnd(string text, int at)
    {
        var digits = 0;
        var end = GroupEnd(text, at, ref digits);
        return digits > 0 && end - at <= HousingWords.MaxPcnLength && !text.AsSpan(at, end - at).ContainsAnyInRange('a', 'z') ? end : -1;
    }
}
