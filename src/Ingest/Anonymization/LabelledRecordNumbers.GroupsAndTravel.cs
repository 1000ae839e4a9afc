namespace Sermo.Ingest.Anonymization;

/// <summary>
/// Round 42's cues (decision 263), read off round 39's misses with the pooled rotation beside them: the numbered group one child
/// or worker belongs to (a scout troop, den or pack, a youth team, a camp's cabin, a union local), an airport gate, a flight's
/// number after a travel verb, an account's last four after "ending" (a year of birth after "b." or "born" is <see cref="BirthYears"/>').
/// </summary>
internal static partial class LabelledRecordNumbers
{
    // In a class of their own: the cue set in the main file reads them in its static initialiser, and partial files' static
    // fields are initialised in no set order.
    private static class GroupAndTravelWords
    {
        // A scout troop's or a union local's number ("troop 212", "troop 60418", "Local 40", "ILA local 1235"), read as a worn number
        // (WornNumberEnd: two to five digits, no unit after them). With the post's town it finds the one child or worker as a crew's
        // number does. Pooled misses of rounds 10-39: local 3 (rounds 24, 37, 39), troop 4 (39). "local" is a word too ("local 10
        // mL", "local 25 patients"): only a capitalised "Local" or one after a union's name in capitals or "union" is read.
        public static readonly string[] TroopWords = ["troop", "local"];

        // A cub scout's den and pack ("den 4 of pack 3117"), a youth team ("u14 girls team 9", "little league team 22"), a camp's
        // cabin ("cabin 7 has 5 kids with impetigo") and an airport's gate ("gate A39", "gate D12"), read as a crew's number
        // (CallSignEnd: one capital at most, one to three digits, no unit after them). Pooled: gate 9 (rounds 36, 39), cabin 3
        // (23, 29, 39), team 4, den 1 (39). "den", "pack" and "team" are ordinary words ("smoked a pack 20 years", "the team 2
        // weeks ago", "medicine team 4"), so they are read only after a scouting or youth sports word (YouthWordBefore).
        public static readonly string[] YouthGroupWords = ["den", "pack", "team", "cabin", "gate"];

        public static readonly string[] ScoutWordsBeforeDenOrPack = ["cub", "scout", "scouts", "of"];

        public static readonly string[] SportsWordsBeforeTeam =
            ["league", "girls", "boys", "soccer", "hockey", "baseball", "softball", "basketball", "football", "lacrosse", "volleyball", "rugby", "travel", "varsity", "jv"];

        // A flight's number after a travel verb ("flying AA1000 from", "booked on DL1300 seat 14F", "seat 23C on UA871"), read as
        // after "flight" (FlightNumberEnd: two capitals and one to four digits). "on" only after "booked", "boarded" or a seat ("on
        // CD20 therapy" stays).
        public static readonly string[] FlightVerbs = ["flying", "boarded", "aboard", "on"];

        public static readonly string[] WordsBeforeFlightOn = ["booked", "rebooked", "boarded"];

        // A bank account's or card's last four after "ending" ("acct ending 8812", "acct at the credit union ending 0417"): read
        // as "last four" (exactly four digits, no year), with an account word at most 30 characters before it on the line ("shift
        // ending 0700" stays). Pooled: 3 (rounds 37, 39).
        public const string EndingWord = "ending";

        public static readonly string[] AccountWords = ["acct", "account", "card", "checking", "savings"];

        public const int AccountWordWindow = 30;

        public static readonly string[] CueWords = [.. TroopWords, .. YouthGroupWords, .. FlightVerbs, EndingWord];

        public static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CueSet =
            new HashSet<string>(CueWords, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    private static int GroupOrTravelEnd(string text, NameToken cue, int at)
    {
        var word = text.AsSpan(cue.Start, cue.Length);
        if (IsOneOf(word, GroupAndTravelWords.FlightVerbs))
        {
            return !word.Equals("on", StringComparison.OrdinalIgnoreCase) || IsFlightOn(text, cue) ? FlightNumberEnd(text, at) : -1;
        }

        if (word.Equals(GroupAndTravelWords.EndingWord, StringComparison.OrdinalIgnoreCase))
        {
            return AccountEndingEnd(text, cue, at);
        }

        if (IsOneOf(word, GroupAndTravelWords.TroopWords))
        {
            return word.Equals("local", StringComparison.OrdinalIgnoreCase) && !IsUnionLocal(text, cue) ? -1 : WornNumberEnd(text, at);
        }

        if (word.Equals("pack", StringComparison.OrdinalIgnoreCase))
        {
            // A cub scout pack's number is a troop's: up to five digits ("pack 3117").
            return YouthWordBefore(text, cue, word) ? WornNumberEnd(text, at) : -1;
        }

        if (!YouthWordBefore(text, cue, word))
        {
            return -1;
        }

        var end = CallSignEnd(text, at);
        return end >= 0 && !RoomNumbers.UnitFollows(text, end) ? end : -1;
    }

    // One lookup, not a dozen comparisons: every cue word with a digit after it asks.
    private static bool IsGroupOrTravelCue(ReadOnlySpan<char> word) => GroupAndTravelWords.CueSet.Contains(word);

    // "acct ending 8812": exactly four digits, no year, no unit or range after them, an account word shortly before.
    private static int AccountEndingEnd(string text, NameToken cue, int at)
    {
        var end = at + RoomNumbers.Digits(text, at);
        if (end - at != MinDigits || RegexScan.IsWordChar(text, end) || IsYear(text.AsSpan(at, MinDigits)) || RoomNumbers.UnitFollows(text, end))
        {
            return -1;
        }

        foreach (var account in GroupAndTravelWords.AccountWords)
        {
            if (RegexScan.KeywordBefore(text, cue.Start, account, GroupAndTravelWords.AccountWordWindow))
            {
                return end;
            }
        }

        return -1;
    }

    // "Local 40", "ILA local 1413", "union local 12": not "local 10 mL".
    private static bool IsUnionLocal(string text, NameToken cue)
    {
        if (char.IsAsciiLetterUpper(text[cue.Start]))
        {
            return true;
        }

        var before = RegexScan.WordBefore(text, cue.Start);
        return before.Equals("union", StringComparison.OrdinalIgnoreCase)
            || (before.Length is >= 2 and <= 5 && !before.ContainsAnyExceptInRange('A', 'Z'));
    }

    // "u14 girls team 9", "cub scout den 4 of pack 3117"; "cabin" and "gate" need no word before them.
    private static bool YouthWordBefore(string text, NameToken cue, ReadOnlySpan<char> word)
    {
        if (word.Equals("team", StringComparison.OrdinalIgnoreCase))
        {
            return RegexScan.WordBeforeIsAny(text, cue.Start, GroupAndTravelWords.SportsWordsBeforeTeam) || IsAgeGroup(text, cue.Start);
        }

        return !(word.Equals("den", StringComparison.OrdinalIgnoreCase) || word.Equals("pack", StringComparison.OrdinalIgnoreCase))
            || RegexScan.WordBeforeIsAny(text, cue.Start, GroupAndTravelWords.ScoutWordsBeforeDenOrPack);
    }

    // "u12 team 14", "U10 team 3": an age group ("u" and one or two digits) right before the word.
    private static bool IsAgeGroup(string text, int cueStart)
    {
        var end = cueStart - 1;
        if (end < 0 || text[end] != ' ')
        {
            return false;
        }

        var start = end;
        while (start > 0 && char.IsAsciiDigit(text[start - 1]))
        {
            start--;
        }

        return end - start is 1 or 2 && start > 0 && text[start - 1] is 'u' or 'U' && !RegexScan.IsWordChar(text, start - 2);
    }

    // "booked on DL1300", "seat 23C on UA871": the word before "on" is a booking verb, or the one before that is "seat".
    private static bool IsFlightOn(string text, NameToken cue)
    {
        if (RegexScan.WordBeforeIsAny(text, cue.Start, GroupAndTravelWords.WordsBeforeFlightOn))
        {
            return true;
        }

        var before = text.AsSpan(0, cue.Start).TrimEnd(' ');
        var seatNumber = before.LastIndexOf(' ');
        return seatNumber > 0 && RegexScan.ContainsDigit(before[(seatNumber + 1)..])
            && RegexScan.WordBefore(text, seatNumber + 1).Equals("seat", StringComparison.OrdinalIgnoreCase);
    }
}
