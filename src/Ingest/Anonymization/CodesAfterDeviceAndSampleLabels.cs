namespace Sermo.Ingest.Anonymization;

/// <summary>
/// Round 46 (decision 298): record, serial and device numbers after labels no earlier rule read, from the "record/claim/serial
/// numbers" misses pooled over rounds 10-42 (hand and generated posts, rounds 20-42): a workstation, a WOW or a printer
/// ("workstation MAT-NS207", "label printer ZEB-WT96"), an embryo ("embryos E3-114 and E3-115"), a lab notebook or sample
/// ("notebook NB75/p.186"), a rig, a call sheet or a radio call sign ("call sign N5YZG"), a pet's microchip ("microchip 985 112
/// 004 417"), a hull, a taxi medallion or cab, a truck or van, a registry's or screening number ("rescreened as SCR-9326"), an
/// HRN; a login or user name ("login tkhumant"); and a photo's file name ("IMG_0201"). After the label (and "#", "no.", "number",
/// "id", ":", "is", "as"), a code of letters and digits, or four digits and more that are no year, date or measure; a list of
/// codes of the same look goes whole. Lot numbers, doses, lab values, scores and times are not read: none of these labels
/// comes before them, and a measure ("tail 3cm", "truck 2 days") has no code's look. Found by one vectorised search of the post
/// for the labels in any case, an ordinal check of the listed capitalisations at each hit, then a few character tests.
/// </summary>
internal static class CodesAfterDeviceAndSampleLabels
{
    private const int MaxGap = 14;

    private const int MaxCode = 24;

    private static readonly string[] CodeLabels =
        ["workstation", "Workstation", "WOW", "printer", "Printer", "embryo", "Embryo", "notebook", "Notebook", "sample", "Sample", "rig", "call sheet",
         "Call sheet", "call sign", "Call sign", "callsign", "hull", "Hull", "medallion", "Medallion", "cab", "truck", "Truck", "van", "registry",
         "Registry", "rescreened as", "screening", "Screening", "HRN", "tail", "grower id", "expediente",
         // Round 49 (decision 332): labels the cue lists lacked before a case, legal, work or device number, pooled over rounds 10-46
         // ("petition 5150-26-77102", "ITA no. 26-6-01187-4", "CIS # 26-118402", "print server PRT-SVR-02", "wristband 4749926",
         // "crew no. 186404", "IVF cycle 60-882", "evidence bag E-7731"). Each names an identifier's slot and never a dose, a lab or a
         // score; a bare "cycle", "crew", "clock" or "rewards" does (chemotherapy cycles, crew counts, times, points), so those only
         // with the word or mark that makes them a number's label.
         "petition", "Petition", "ITA", "CIS", "wristband", "Wristband", "server", "Server", "crew no", "Crew no", "IVF cycle", "evidence bag",
         "Evidence bag", "contract", "Contract", "sid", "SID", "clock #", "rewards #"];

    // Labels whose number may be digits alone in spaced groups ("microchip 985 023 191 518 633").
    private static readonly string[] ChipLabels = ["microchip", "Microchip"];

    // Labels of a login: a lower-case name of no English list, or letters and digits.
    private static readonly string[] LoginLabels = ["login", "Login", "user", "User"];

    // A photo's file name as a phone or camera writes it: the label is part of the identifier.
    private static readonly string[] FileNamePrefixes = ["IMG_", "DSC_", "PXL_", "DSCN"];

    // Searched in any case, each label once (decisions 312 and 319); a hit no listed capitalisation matches ("SAMPLE", "wow") is skipped one on.
    private static readonly GroupedCueWords LabelGroups = new(CodeLabels, ChipLabels, LoginLabels, FileNamePrefixes);

    // The same labels in searches of eight or fewer (decision 390): one search of all 41 shared its buckets, and common openings
    // ("con", "res", "not", "use") fitting a bucket's masks were verified against each of its labels, 2 % of the scrub verb's profile.
    private static readonly SmallCueSearches LabelSearches = new(LabelGroups.WordsAnyCase, StringComparison.OrdinalIgnoreCase);

    private static readonly string[] Fillers = ["number", "numbers", "no", "id", "is", "as"];

    public static void Detect(string text, List<Detection> found)
    {
        var hits = new SmallCueSearchHits(text, LabelSearches);
        while (hits.Next(out var start))
        {
            if (RegexScan.IsWordChar(text, start - 1) || !LabelGroups.TryAt(text, start, out var label, out var group))
            {
                // Inside a word ("drug", "caravan", "superuser") or in no listed capitalisation: no label is named, and the next
                // search starts one on, as no other label starts at a word start inside a label (their inner words, "sheet",
                // "sign", "as", "id", are none).
                hits.From = start + 1;
                continue;
            }

            var labelEnd = start + label.Length;
            hits.From = labelEnd;

            if (LabelGroups[group] == FileNamePrefixes)
            {
                hits.From = AddFileName(text, start, labelEnd, found);
                continue;
            }

            var login = LabelGroups[group] == LoginLabels;
            var afterLabel = !login && labelEnd < text.Length && text[labelEnd] == 's' ? labelEnd + 1 : labelEnd; // "embryos"; never "logins", "users"
            if (RegexScan.IsWordChar(text, afterLabel))
            {
                continue; // "samples" read, "sampled", "trucking", "username" not
            }

            var at = Gap(text, afterLabel);
            if (at < 0)
            {
                continue;
            }

            hits.From = LabelGroups[group] == ChipLabels ? Add(text, at, ChipEnd(text, at), found, PhiType.Serial)
                : login ? Add(text, at, LoginEnd(text, at), found, PhiType.Mention)
                : List(text, at, found);
        }
    }

    // Past spaces, "#", ":", "(", "." and filler words; -1 when nothing that could be a code is near.
    private static int Gap(string text, int at)
    {
        var limit = Math.Min(text.Length, at + MaxGap);
        while (at < limit)
        {
            var c = text[at];
            if (c is ' ' or '#' or ':' or '(' or '.' or '=')
            {
                at++;
                continue;
            }

            var filler = FillerAt(text, at);
            if (filler == 0)
            {
                return at;
            }

            at += filler;
        }

        return -1;
    }

    private static int FillerAt(string text, int at)
    {
        foreach (var filler in Fillers)
        {
            var end = at + filler.Length;
            if (end <= text.Length && !RegexScan.IsWordChar(text, end) && text.AsSpan(at, filler.Length).Equals(filler, StringComparison.OrdinalIgnoreCase))
            {
                return filler.Length;
            }
        }

        return 0;
    }

    // The code at `at` and any codes of the same look after ",", "and", "or" or "&"; returns where reading stopped.
    private static int List(string text, int at, List<Detection> found)
    {
        var end = CodeEnd(text, at);
        if (end < 0)
        {
            return at;
        }

        found.Add(new Detection(at, end, PhiType.Serial, 1));
        while (true)
        {
            var next = NextInList(text, end);
            var nextEnd = next < 0 || char.IsAsciiDigit(text[next]) != char.IsAsciiDigit(text[at]) ? -1 : CodeEnd(text, next);
            if (nextEnd < 0)
            {
                return end;
            }

            found.Add(new Detection(next, nextEnd, PhiType.Serial, 1));
            end = nextEnd;
        }
    }

    private static int NextInList(string text, int end)
    {
        var span = text.AsSpan(end);
        var skip = span.StartsWith(", ") ? 2 : span.StartsWith(" and ") ? 5 : span.StartsWith(" or ") ? 4 : span.StartsWith(" & ") ? 3 : -1;
        return skip < 0 || end + skip >= text.Length ? -1 : end + skip;
    }

    // Letters and digits with "-", "/", ".", "@" or "_" inside: two digits and a letter at least ("ZEB-4N07", "E3-114", "7J42",
    // "10-T") or one digit and three letters ("N5YZG"), never a number and its unit ("3cm", "26B", "2x"); or four digits and more that are no year, date or measure.
    private static int CodeEnd(string text, int at)
    {
        var end = at;
        var digits = 0;
        var letters = 0;
        var inner = false;
        var lettersAfterLastDigit = 0;
        while (end < text.Length && end - at < MaxCode)
        {
            var c = text[end];
            if (char.IsAsciiDigit(c))
            {
                digits++;
                lettersAfterLastDigit = 0;
            }
            else if (char.IsAsciiLetter(c))
            {
                letters++;
                lettersAfterLastDigit++;
            }
            else if (c is '-' or '/' or '.' or '@' or '_' && end + 1 < text.Length && char.IsAsciiLetterOrDigit(text[end + 1]) && end > at)
            {
                inner = true;
            }
            else
            {
                break;
            }

            end++;
        }

        // One digit is enough among three letters and more: a radio call sign ("KD9XQM", "W6EVH").
        if (end == at || RegexScan.IsWordChar(text, end) || digits == 0 || (digits == 1 && letters < 3))
        {
            return -1;
        }

        if (letters > 0)
        {
            // "3cm", "26B", "12mg": digits first and letters only after them is a measure or a room, not a code.
            var digitsFirst = char.IsAsciiDigit(text[at]) && !inner && letters == lettersAfterLastDigit;
            return digitsFirst || end - at < 4 ? -1 : end;
        }

        var span = text.AsSpan(at, end - at);
        var isYear = digits == 4 && !inner && (span.StartsWith("19") || span.StartsWith("20"));
        return digits < 4 || isYear || span.Contains('/') || span.Contains('.') || IsDateOrYearSpan(span) || RoomNumbers.UnitFollows(text, end) ? -1 : end;
    }

    // Decision 332: digits in dashed groups that read as a date ("2026-04-12", "12-04-2026") or a span of years ("2024-2025") are
    // no code after any label ("contract 2024-2025"); case numbers keep their year ("2026-004417": a group of six).
    private static bool IsDateOrYearSpan(ReadOnlySpan<char> span)
    {
        var dash = span.IndexOf('-');
        if (dash < 0)
        {
            return false;
        }

        var first = span[..dash];
        var rest = span[(dash + 1)..];
        var second = rest.IndexOf('-');
        if (second < 0)
        {
            return IsYear(first) && IsYear(rest);
        }

        var middle = rest[..second];
        var last = rest[(second + 1)..];
        if (last.Contains('-') || middle.Length is < 1 or > 2)
        {
            return false;
        }

        return (first.Length == 4 && last.Length is 1 or 2) || (first.Length is 1 or 2 && last.Length is 2 or 4);
    }

    private static bool IsYear(ReadOnlySpan<char> group) => group.Length == 4 && (group.StartsWith("19") || group.StartsWith("20"));

    // "985 023 191 518 633", "985112004417729": groups of three digits and more, spaced, nine digits in all at least.
    private static int ChipEnd(string text, int at)
    {
        var end = at;
        var digits = 0;
        while (end < text.Length)
        {
            var group = end;
            while (group < text.Length && char.IsAsciiDigit(text[group]))
            {
                group++;
            }

            if (group - end < 3)
            {
                break;
            }

            digits += group - end;
            end = group;
            if (end + 1 < text.Length && text[end] == ' ' && char.IsAsciiDigit(text[end + 1]))
            {
                end++;
                continue;
            }

            break;
        }

        while (end > at && text[end - 1] == ' ')
        {
            end--;
        }

        return digits >= 9 && !RegexScan.IsWordChar(text, end) ? end : -1;
    }

    // "login tkhumant", "User rquishpe.", "my login wvoyage27": lower-case letters and digits, five to 20, of no English list.
    private static int LoginEnd(string text, int at)
    {
        var end = at;
        while (end < text.Length && (char.IsAsciiLetterLower(text[end]) || char.IsAsciiDigit(text[end])))
        {
            end++;
        }

        var length = end - at;
        if (length < 5 || length > 20 || !char.IsAsciiLetterLower(text[at]) || RegexScan.IsWordChar(text, end) || (end < text.Length && text[end] is '@' or '.' && RegexScan.IsWordChar(text, end + 1)))
        {
            return -1;
        }

        var name = text.AsSpan(at, length);
        return NameLexicon.Shared.EnglishWords.Contains(name) || NameLexicon.Shared.ClinicalTerms.Contains(name) ? -1 : end;
    }

    // "IMG_0201", "DSC_04471": the prefix and three digits and more.
    private static int AddFileName(string text, int start, int afterPrefix, List<Detection> found)
    {
        var end = afterPrefix;
        while (end < text.Length && char.IsAsciiDigit(text[end]))
        {
            end++;
        }

        return end - afterPrefix >= 3 && !RegexScan.IsWordChar(text, end) ? Add(text, start, end, found, PhiType.Serial) : afterPrefix;
    }

    private static int Add(string text, int start, int end, List<Detection> found, PhiType type)
    {
        if (end < 0)
        {
            return start;
        }

        found.Add(new Detection(start, end, type, 1));
        return end;
    }
}
