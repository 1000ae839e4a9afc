namespace Sermo.Ingest.Anonymization;

/// <summary>
/// A record number after a word that names it, in the shapes registries, courts, insurers and research sites print (round 23,
/// decision 159): groups of digits joined by hyphens, slashes, colons or single spaces, with a letter prefix or a letter group
/// between hyphens: "case no. 4:19-cv-02231-KMT", "claim no. B-31 662 018", "member ID XKP 552 10 4471", "docket 2024-0918",
/// "incident #4471-0093", "enc 88231-02", "subject 0311-0042", "donor # Q5518", "health card 4410 882 913", and a number
/// dictated digit by digit ("MRN 4 4 1 9 0 2 7 3"). Round 15's <see cref="CuedRecordNumbers"/> reads one unbroken run of five
/// digits after a shorter list of words; the pooled misses of rounds 10-22 had such numbers in every round. Four digits at
/// least; a bare year ("case 2024"), a span of years ("policy 2019-2021"), a decimal ("index 2.5") and a quantity ("claim
/// 12000 dollars") stay. After a cue that is also an ordinary noun ("Index 1250", "file 1024 x 768"), the number needs a label
/// mark or the look of a record (round 25, decision 167). The word "ID" is a cue of its own since round 27 (decision 175). Since
/// round 31 (decision 201) three digits are enough after "store" or "site" and after two to four capitals glued to them ("donor
/// KTR118"), and "flight" takes an airline's code and its number ("flight DL1449"). Since round 33 (decision 212) a phone's
/// extension or a pager's number standing alone ("ext 4471", "pager 3-8814": a phone), an employee number after "emp" ("emp
/// ZU0785"), the number a runner or player wears ("bib 1187", "jersey 27", "wristband KT4410": two digits are enough), and a
/// number after the name of a health-number scheme or a registration ("RAMQ TREM 5401 1512", "PHIN 118 447 902", "reg MP4242").
/// Since round 34 (decision 218) a requisition's, a study's, a log's, a pass's or a blood unit's number ("req 40917", "season pass
/// 771204", "unit W1234 25 118830") and a numbered crew or school bus ("crew 17", "bus 23"). Since round 35 (decision 224) a
/// national, insurance or custody number after its scheme's name ("CPF 047.338.912-60", "PhilHealth 19-025117342-6", "NHI
/// ZKT4419", "CDCR BF4471", "alien number 201 448 937"), the last four digits of a card ("last four 3600", "last4 9302") and a
/// postcode abroad after its label ("Eircode D02 XY45", "CEP 94636-058", "PIN code 680005": a ZIP).
/// </summary>
internal static partial class LabelledRecordNumbers
{
    private const int MinDigits = 4;

    private const int MaxLetterGroup = 4;

    // Round 15's words and the ones physicians use for encounters, members, courts, incidents, research subjects, donors,
    // students, bookings and cards; since round 27 (decision 175) "id" and "ids" themselves, whatever names the number before
    // them ("UNOS ID 55120", "interpreter id #30418", "sample ids 4471-A"): on every gold set a run of four digits or more
    // after the word was an identifier each time (162 of 162), and "ID" the specialty is not written before a four-digit run.
    // A pharmacy's store number and a trial's site number (round 31, decision 201): "CVS store #4471", "Walgreens store 0932",
    // "site 212 enrolled her". Shorter than a record: three digits are enough. On every gold set a number of three digits or more
    // after either word was an identifier (27 of 27); "store 2 vials", "site 1 of 3" and "store 500 ml" (a count or unit after it) stay,
    // and so does the verb ("we store 300 vials": no "#" and no shop's name before it).
    // Since round 39 (decision 243) a security officer's or worker's "badge" too ("badge #213", "badge S-118"): three digits are
    // enough, with a capital and a hyphen before them at most; on the pooled misses of rounds 10-35, 6 of 7 badges had three digits.
    private static readonly string[] BranchWords = ["store", "site", "badge"];

    private const int BranchMinDigits = 3;

    // An ambulance or fire crew named by its call sign (round 31, decision 201): "Medic 14", "Rescue 7", "Engine 3", "Squad M2". The
    // crew that brought one patient in finds the run as a run number does. Capitalised only (the call sign's own spelling: "the
    // medic 2 hours later" stays), one to three digits, one capital before them at most; on every gold set 16 of 17 were
    // identifiers (the other a call sign its author left unmarked).
    private static readonly string[] EmsUnitWords = ["medic", "rescue", "engine", "squad"];

    private const int MaxCallSignDigits = 3;

    // A phone's extension or a pager's number written without the phone (round 33, decision 212): "(ext 4471)", "interpreter line
    // ext. 2290", "pager 3-8814". The number reaches one person's desk or belt as a phone does. Four digits at least, as any record
    // here: "ext 5/5" (extension strength) and "knee extension 90 degrees" stay. On every gold set a run of four digits or more
    // after these words was an identifier each time (24 of 24).
    private static readonly string[] ExtensionWords = ["ext", "extension", "pager"];

    // The number a runner, player or festival-goer wears (round 33, decision 212): "bib 1187", "jersey 27", "wristband KT4410".
    // With the event it finds the one person as a seat does. Two to five digits, up to two capitals glued before them; a lone
    // digit and a number with a unit after it ("jersey 12 hours a day") stay. Since round 37 (decision 233) a rodeo's or show's
    // "contestant # 52" too: the number the one rider is called by.
    private static readonly string[] WornNumberWords = ["bib", "jersey", "wristband", "contestant"];

    // The names of national and provincial health numbers and of registrations (round 33, decision 212): Quebec's "RAMQ TREM 5401
    // 1512", British Columbia's "PHN 9871 204 556", Manitoba's "PHIN 118 447 902", India's "Aadhaar 4821 7730 1952", Catalonia's
    // "CatSalut PUSE 1670 5120 03", a boat's or a dock worker's "reg WN-3363-KT" and a drug's "batch B94857". Each names one
    // person's (or one lot's) number as "card" or "member" does. "PHN" (post-herpetic neuralgia), "reg" (regular) and "batch" are
    // also words, so after them the number needs a label mark or the look of a record (OrdinaryNouns).
    // Since round 35 (decision 224) the national, insurance and custody numbers of patients from abroad and in custody: Brazil's
    // "CPF 047.338.912-60" (three-digit groups joined by dots, RunEnd), the Philippines' "PhilHealth 19-025117342-6" and "SSS no.
    // 34-2219087-4", Ireland's "PPS 7499217K", New Zealand's "NHI ZKT4419", a state prison's "CDCR BF4471", an immigration "alien
    // number 201 448 937" and a pilot's medical "MID 0562305". "SSS" (sick sinus syndrome), "PPS" (the palliative performance
    // scale, post-polio syndrome), "mid" and "alien" are words too, so after them the number needs a label mark or a record's look.
    // The name rules read "NHI ZKT" of "NHI ZKT4419" as a capitalised pair (decision 212 left NHI out for it): a scheme's number
    // wins a tie of lengths (SchemeNumberPriority).
    // Since round 37 (decision 233) a disaster survivor's FEMA registration ("FEMA # 811-661-031", "FEMA 98-4471920"), read as
    // the other schemes with a label mark or a record's look ("FEMA 2000 trailers" stays).
    private static readonly string[] SchemeWords =
        ["ramq", "phn", "phin", "aadhaar", "aadhar", "catsalut", "reg", "batch", "cpf", "philhealth", "sss", "pps", "nhi", "cdcr", "alien", "mid", "fema"];

    // The last four digits of a social security or card number, written for the one person they find (round 35, decision 224):
    // "last four 3600", "last4 9302", "last 4: 0193". Exactly four digits ending the word; "last four weeks", "last 4 1000 mL
    // bags" and a year ("the last four 2019 charts") stay.
    private const string LastWord = "last";

    private const string FourWord = "four";

    // A postcode abroad after the word that names it (round 35, decision 224): Ireland's "Eircode D02 XY45", Brazil's "CEP
    // 94636-058" and India's "PIN code 680005" (also "postal code", "post code" before four to six digits). With the street it
    // finds the home as a US ZIP does; the shapes below are the schemes' own, so "CEP" or "Eircode" before another number stays.
    private static readonly string[] PostcodeWords = ["eircode", "cep"];

    private const string CodeWord = "code";

    private static readonly string[] WordsBeforePostcode = ["pin", "postal", "post"];

    // A number a form, a log or a pass prints for one person (round 34, decision 218): a lab's requisition ("req 40917"), a
    // sleep or imaging study's accession ("study 551208"), a workplace injury log's entry ("OSHA log 330871"), a season or
    // visitor pass ("season pass 771204") and a blood bank's donation unit ("unit W1234 25 118830"). Each finds the one
    // person's record as "claim" or "case" does. All five are ordinary nouns too ("study 2000 patients", "unit 1000"), so the
    // number needs a label mark or a record's look (OrdinaryNouns): five digits or more, a letter or zero first, or groups.
    // Since round 37 (decision 233) a newborn's or inpatient's identity band ("baby boy, band 66103", "band 44817-2"): "band" is an
    // ordinary noun ("IT band", "band 3 of the gel"), so only a record's look is read after it.
    private static readonly string[] FormWords = ["req", "requisition", "study", "log", "pass", "unit", "band"];

    // A numbered crew or school bus a person belongs to (round 34, decision 218): "crew 17", "bus 23". With the day and the place
    // it finds the one worker or pupil as a bed number does. One to three digits, case-blind, read as a call sign's
    // (CallSignEnd); a number with a unit after it ("bus 2 hours") stays. On every gold set a number after either word was an
    // identifier each time (9 of 9). A ski "lift 6" was left out: "can't lift 20 lbs" is too common in work notes.
    // Since round 37 (decision 233) the numbered vehicle a worker drives or rides, read the same way: "lineman on truck 30",
    // "conductor on train 607", "bus driver, route 17", "van T-12", "cab 41". "train" is a verb too ("we train 12 residents a
    // year"), so it is read only after "on", "in", "off" or "the"; "route" only in lower case (a capitalised "Route 66" is a road,
    // NumberedRoadsAlone's). A count with a unit after it ("truck 2 days") stays.
    private static readonly string[] GroupNumberWords = ["crew", "bus", "truck", "train", "van", "cab", "route"];

    private static readonly string[] WordsBeforeTrain = ["on", "in", "off", "the"];

    // The numbered place one worker or client is found at (round 41, decision 256), read as a crew's number (CallSignEnd, no unit
    // after it): a dialysis unit's or a salon's "chair 17", a nail bar's "booth 3", a mobile-home park's "lot 62", a housing
    // block's "bldg 9", a warehouse's "dock 12" and "door 207". Pooled misses of rounds 10-38 after these words: chair 12 (dialysis
    // chairs in round 33, salons in 38), lot 8 (28's drug lots are longer and stay the other rules'), bldg 3, door 3, booth 2, dock 1.
    // "a lot 3 times", "chair 2 hours" and a chair's number with no mark after it stay.
    private static readonly string[] SpotWords = ["chair", "booth", "lot", "bldg", "dock", "door"];

    // A fire company or an ambulance written in lower case or by its house (round 41, decision 256): "engine 7", "medic 9",
    // "ladder 31", "station 41". The capitalised call sign is EmsUnitWords'; in lower case "medic" and "engine" need no unit
    // after the number ("the medic 2 hours later" stays), as a crew's number; "engine" in lower case a mark too (NeedsMarkAfter).
    private static readonly string[] FireCompanyWords = ["ladder", "station", "medic", "engine"];

    // A chair's number that opens a clause ("dialysis chair 9 had a cramp") tells of the chair: round 27's author left it
    // unmarked in an identifier-free post. Set off by a mark ("chair 17, MWF second shift", "chair 8, tinea capitis") it labels
    // the person, as rounds 33 and 38's authors marked it.
    private const string ChairWord = "chair";

    // "a lot 3 times", "quite a lot 2 weeks ago": the quantity, not a park's lot.
    private static readonly string[] WordsBeforeALot = ["a", "whole"];

    // "OSCE station 2", "nurses station 3", "the charting station 4": a room's fixture or an exam's bench, not a fire company's
    // house (decision 256's over-scrub, fixed in round 42). "fire station 41" and a bare "station 41" stay the company's.
    private static readonly string[] WordsBeforeAStationNotAHouse =
        ["osce", "nurses", "nurse", "nursing", "charge", "charting", "work", "skills", "exam", "testing", "triage", "screening",
         "vaccine", "vaccination", "docking", "dressing", "eyewash", "charging"];

    // "door 3 on the left", "chair 2 to your right": a direction inside one building, not where one person is found.
    private static readonly string[] DirectionsAfterASpot = [" on the left", " on the right", " on your left", " on your right",
        " to the left", " to the right", " to your left", " to your right"];

    private const int WornMinDigits = 2;

    private const int WornMaxDigits = 5;

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Cues = new HashSet<string>(
        CuedRecordNumbers.CueWords.Concat(
        ["enc", "encounter", "member", "docket", "incident", "run", "complaint", "index", "booking", "subject", "student", "donor", "fin",
         "csn", "inmate", "detainee", "permit", "passport", "license", "licence", "card", "insurance", "service", "mrn", "account",
         "file", "registration", "enrollment", "enrolment", "beneficiary", "subscriber", "id", "ids", "report", "hold", .. BranchWords,
         "flight", .. EmsUnitWords, .. SpotWords, .. FireCompanyWords, .. ExtensionWords, .. WornNumberWords, "emp", .. SchemeWords, .. FormWords, .. GroupNumberWords, LastWord, FourWord, .. PostcodeWords, CodeWord,
         .. RegistrationLabels.AddedCueWords, .. GroupAndTravelWords.CueWords, .. HousingWords.CueWords]),
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    // Cues that are also ordinary nouns before a number that counts or measures ("Index 1250", "file 1024 x 768", "run 5000",
    // "group 1200", "case 1024 of the series"): a record after them is labelled or shaped like one (round 25, decision 167).
    // "report" and "hold" (a police or incident report's number, a psychiatric hold's: "report 24-11873", "Hold #25-0031") are
    // cues since round 27 (decision 175) and ordinary nouns too ("hold 1500 of the heparin", "report 2000 steps").
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> OrdinaryNouns = new HashSet<string>(
        ["index", "file", "run", "service", "card", "group", "case", "member", "student", "insurance", "registration", "complaint",
         "booking", "reference", "ref", "policy", "account", "incident", "report", "hold", "phn", "reg", "batch", "sss", "pps", "mid", "alien", "fema",
         .. FormWords, .. RegistrationLabels.OrdinaryRegistrationWords],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    public static void Detect(TokenIndex index, List<Detection> found) =>
        CuedRecordNumbers.ReadAfterCues(index, found, Cues, spacedPrefix: true, static (text, cue, at) =>
        {
            var word = text.AsSpan(cue.Start, cue.Length);
            if (word.Equals("flight", StringComparison.OrdinalIgnoreCase))
            {
                // "flight DL1449"; since round 39 (decision 243) also "United flight 1437": three or four digits alone.
                return FlightNumberEnd(text, at) is var coded and >= 0 ? coded : BareFlightNumberEnd(text, at);
            }

            if (IsGroupOrTravelCue(word))
            {
                return GroupOrTravelEnd(text, cue, at); // round 42 (decision 263): "troop 212", "gate D12", "flying AA1000"
            }

            if (RegistrationEnd(text, cue, at, out var handled) is var registered && handled)
            {
                return registered;
            }

            if (HousingOrBenefitEnd(text, cue, at, out var housing) is var housed && housing)
            {
                return housed; // round 43 (decision 268): "unit 314", "gate code 4471", "BIN 610279 PCN 9999"
            }

            if (IsOneOf(word, EmsUnitWords) && (char.IsAsciiLetterUpper(word[0]) || !IsOneOf(word, FireCompanyWords)))
            {
                return char.IsAsciiLetterUpper(word[0]) ? CallSignEnd(text, at) : -1;
            }

            if ((word.Equals("lot", StringComparison.OrdinalIgnoreCase) && RegexScan.WordBeforeIsAny(text, cue.Start, WordsBeforeALot))
                || (word.Equals("station", StringComparison.OrdinalIgnoreCase) && RegexScan.WordBeforeIsAny(text, cue.Start, WordsBeforeAStationNotAHouse)))
            {
                return -1;
            }

            if (IsOneOf(word, GroupNumberWords) || IsOneOf(word, SpotWords) || IsOneOf(word, FireCompanyWords))
            {
                if ((word.Equals("train", StringComparison.OrdinalIgnoreCase) && !RegexScan.WordBeforeIsAny(text, cue.Start, WordsBeforeTrain))
                    || (word.Equals("route", StringComparison.OrdinalIgnoreCase) && char.IsUpper(word[0])))
                {
                    return -1;
                }

                var groupEnd = CallSignEnd(text, at);
                return groupEnd >= 0 && !RoomNumbers.UnitFollows(text, groupEnd) && (!NeedsMarkAfter(word) || IsSetOff(text, groupEnd))
                    && !(IsOneOf(word, SpotWords) && DirectionFollows(text, groupEnd))
                    ? groupEnd : -1;
            }

            if (IsOneOf(word, WornNumberWords))
            {
                return WornNumberEnd(text, at);
            }

            if (IsOneOf(word, PostcodeWords) || word.Equals(CodeWord, StringComparison.OrdinalIgnoreCase))
            {
                return PostcodeEnd(text, cue, at);
            }

            if (word.Equals(LastWord, StringComparison.OrdinalIgnoreCase) || word.Equals(FourWord, StringComparison.OrdinalIgnoreCase))
            {
                return LastFourEnd(text, cue, at);
            }

            var end = RunEnd(text, at, out var digits);
            var run = text.AsSpan(at, end - at);
            var branch = IsOneOf(word, BranchWords);
            if (branch && IsStoreAsVerb(text, cue, at))
            {
                return -1;
            }

            if (digits is >= BranchMinDigits and < MinDigits)
            {
                // Three digits: a branch's number, or a registry's letters glued to their digits ("donor KTR118", "ID AB512").
                return (branch || CapitalPrefix(run) >= 2) && !DateDetector.IsRangeOfCounts(text, end) ? end : -1;
            }

            return digits >= MinDigits && !IsYearOrSpanOfYears(run) && !(branch && DateDetector.IsRangeOfCounts(text, end))
                && (!OrdinaryNouns.Contains(word) || IsMarked(text.AsSpan(cue.End, at - cue.End)) || LooksLikeRecord(run, digits))
                ? end : -1;
        }, static (text, cue) => IsOneOf(text.AsSpan(cue.Start, cue.Length), ExtensionWords) ? PhiType.Phone
            : IsOneOf(text.AsSpan(cue.Start, cue.Length), PostcodeWords) || (text.AsSpan(cue.Start, cue.Length).Equals(CodeWord, StringComparison.OrdinalIgnoreCase) && !IsEntryCode(text, cue)) ? PhiType.Zip
            : PhiType.Account,
        static (text, cue) => IsOneOf(text.AsSpan(cue.Start, cue.Length), SchemeWords) ? SchemeNumberPriority : 1);

    // A scheme's number holds against a name of the same length read over the scheme's name and the number's letters ("NHI ZKT"
    // of "NHI ZKT4419", a capitalised pair to the name rules): above the name rules' 5.
    private const int SchemeNumberPriority = 6;

    // Which of a few cue words a matched cue is; the cue set already matched it case-blind, so only these few are compared.
    private static bool IsOneOf(ReadOnlySpan<char> word, string[] words)
    {
        foreach (var candidate in words)
        {
            if (word.Equals(candidate, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    // "we store 300 vials": the verb. A store's number follows a "#" or the shop's name ("CVS store 3316", "Hy-Vee store #0932").
    private static bool IsStoreAsVerb(string text, NameToken cue, int at) =>
        text.AsSpan(cue.Start, cue.Length).Equals("store", StringComparison.OrdinalIgnoreCase) && !IsMarked(text.AsSpan(cue.End, at - cue.End))
        && !(RegexScan.WordBefore(text, cue.Start) is [var first, ..] && char.IsUpper(first));

    // A chair, or an engine in lower case ("the engine 4 cylinder exhaust" is a car's, decision 201's test): the number is a
    // company's or a client's only when a mark sets it off ("engine 7, cardiac arrest at the station").
    private static bool NeedsMarkAfter(ReadOnlySpan<char> word) =>
        word.Equals(ChairWord, StringComparison.OrdinalIgnoreCase) || word.SequenceEqual("engine");

    private static bool DirectionFollows(string text, int end)
    {
        var rest = text.AsSpan(end);
        foreach (var direction in DirectionsAfterASpot)
        {
            if (rest.StartsWith(direction, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    // A mark or the end of the text right after the number: "chair 17, MWF", "chair 8."
    private static bool IsSetOff(string text, int end) => end == text.Length || text[end] is ',' or ';' or '.' or ')' or ':';

    // "DAA041" has three leading capitals; "4471-A" none.
    private static int CapitalPrefix(ReadOnlySpan<char> run)
    {
        var capitals = run.IndexOfAnyExceptInRange('A', 'Z');
        return capitals < 0 ? run.Length : capitals;
    }

    // "#", ":" or a filler word ("no.", "number", "id") between cue and number: the only letters CuedRecordNumbers lets stand there.
    private static bool IsMarked(ReadOnlySpan<char> gap) => gap.ContainsAny('#', ':') || gap.ContainsAnyInRange('a', 'z') || gap.ContainsAnyInRange('A', 'Z');

    // Five digits or more (CuedRecordNumbers' bar for its own words), a letter or zero first ("C-28 771", "00874"), or groups
    // joined ("4410 882 913", "2231-04"); not a size ("1024x768").
    private static bool LooksLikeRecord(ReadOnlySpan<char> run, int digits) =>
        !IsDimensions(run) && (digits > MinDigits || char.IsAsciiLetter(run[0]) || run[0] == '0' || run.ContainsAny("-/: "));

    private static bool IsDimensions(ReadOnlySpan<char> run) =>
        run.IndexOfAny('x', 'X') is var x and > 0 && x < run.Length - 1 && !run[..x].ContainsAnyExceptInRange('0', '9') && !run[(x + 1)..].ContainsAnyExceptInRange('0', '9');

    /// <summary>
    /// The end of a run of letter and digit groups from <paramref name="at"/>: a hyphen, slash or colon joins any group with a
    /// digit or of up to four letters; a single space joins a group of two digits or more, or one digit when the run so far is
    /// digits read one by one.
    /// </summary>
    internal static int RunEnd(string text, int at, out int digits)
    {
        digits = 0;
        var end = GroupEnd(text, at, ref digits);
        var oneByOne = end - at == 1 && digits == 1;
        var groups = 1;
        while (end + 1 < text.Length)
        {
            var separator = text[end];
            var groupDigits = 0;
            var groupEnd = GroupEnd(text, end + 1, ref groupDigits);
            var length = groupEnd - end - 1;
            var joins = separator switch
            {
                '-' or '/' or ':' => length > 0 && (groupDigits > 0 || length <= MaxLetterGroup),
                // "047.338.912-60" (Brazil's CPF, round 35): three-digit groups joined by dots; "2.5" and "12.75" do not join.
                '.' => length == 3 && groupDigits == 3 && end - at >= 3 && IsDigitGroupOfThree(text, end),
                ' ' => length > 0 && groupDigits == length && (oneByOne ? length == 1 : length >= 2 || (groups >= 2 && length == 1 && IsCheckDigitEnd(text, groupEnd))),
                _ => false,
            };
            if (!joins)
            {
                break;
            }

            digits += groupDigits;
            end = groupEnd;
            groups++;
        }

        return end;
    }

    // "2953 71648 2." or "7781 0044 2 kicked back" (round 39, decision 243): a lone check digit after two groups or more ends the
    // run when the text, a mark or a word that is no unit follows it ("4410 882 913 2 weeks" stays).
    private static bool IsCheckDigitEnd(string text, int end) =>
        end == text.Length || (text[end] is '.' or ',' or ';' or ')' && !RegexScan.IsDigit(text, end + 1))
        || (text[end] == ' ' && end + 1 < text.Length && char.IsAsciiLetterLower(text[end + 1]) && !RoomNumbers.UnitFollows(text, end) && !DateDetector.IsRangeOfCounts(text, end));

    // The three characters before a dot are digits and start their group ("475.944", not "1475.944" or "x75.944").
    private static bool IsDigitGroupOfThree(string text, int dot) =>
        char.IsAsciiDigit(text[dot - 1]) && char.IsAsciiDigit(text[dot - 2]) && char.IsAsciiDigit(text[dot - 3])
        && (dot - 4 < 0 || !char.IsAsciiLetterOrDigit(text[dot - 4]));

    // A group of ASCII letters and digits; a letter group ends the run unless a separator and digits follow, as RunEnd decides.
    private static int GroupEnd(string text, int at, ref int digits)
    {
        var end = at;
        while (end < text.Length && char.IsAsciiLetterOrDigit(text[end]))
        {
            digits += char.IsAsciiDigit(text[end]) ? 1 : 0;
            end++;
        }

        return end;
    }

    // "2024", "2019-2021", "2019/20": a year or a span of years, not a record.
    private static bool IsYearOrSpanOfYears(ReadOnlySpan<char> run) =>
        IsYear(run) || (run.Length is 7 or 9 && run[4] is '-' or '/' && IsYear(run[..4]) && (run.Length == 7 ? int.TryParse(run[5..], out _) : IsYear(run[5..])));

    // A year of 1900-2099 in four ASCII digits (no culture's parsing, no trailing space); RecordNumberRuns, IdsInParenthesesAfterNames and PostcodesAfterFoundPlaces read years by it too.
    internal static bool IsYear(ReadOnlySpan<char> run) =>
        run.Length == 4 && ((run[0] == '1' && run[1] == '9') || (run[0] == '2' && run[1] == '0')) && !run.ContainsAnyExceptInRange('0', '9');
}
