using System.Collections.Frozen;

namespace Sermo.Ingest.Anonymization;

/// <summary>
/// Numbers that identify a person or a thing: SSN, medical record, account, licence/DEA, NPI,
/// device serial/lot/VIN. Apart from the dashed SSN shape these are found by their label
/// ("MRN 12345678", "acct #: 99-1234"), and only the number is replaced, so the reader still
/// sees what kind of number was there.
/// </summary>
internal static class IdentifierDetector
{
    // Between label and value: optional "number"/"no."/"#", "is"/"was", and ':' '#' '='.
    private const string Glue = @"\.?(?: ?(?:number|num|no\.?|nr|#|id))?(?: ?(?:is|was|of))?[ \t]*[:#=]?[ \t]*#?[ \t]*";

    private const string Value = @"[A-Za-z0-9][A-Za-z0-9-]{2,24}";

    private static readonly LinearRegex DashedSsn = RegexScan.Create(@"\d{3}-\d{2}-\d{4}");

    private static readonly (LinearRegex Pattern, PhiType Type, Anchor Label)[] Labelled =
    [
        (Label(@"ssn|social security", @"\d{3}[ -]?\d{2}[ -]?\d{4}|"), PhiType.Ssn, Anchor.SsnLabel),
        (Label(@"mrn|medical record|med rec|chart|hospital number|patient id|pt id"), PhiType.MedicalRecord, Anchor.MrnLabel),
        (RegexScan.Create(@"\bmr ?#" + Glue + $"(?<id>{Value})", RegexScan.LinearIgnoreCase), PhiType.MedicalRecord, Anchor.MrnLabel), // "MR# 5094620", never "Mr. Chen"
        (Label(@"medicare(?: id| number| no\.?| mbi)?|medicaid(?: id| number)?|mbi|acct|account|member id|member|policy number|policy no|insurance id|health plan|beneficiary|subscriber id"), PhiType.Account, Anchor.AccountLabel),
        (Label(@"licen[cs]e plate|plate|licen[cs]e|lic|dea|certificate|cert"), PhiType.License, Anchor.LicenseLabel),
        (RegexScan.Create(@"\bnpi\b" + Glue + @"(?<id>\d{10})", RegexScan.LinearIgnoreCase), PhiType.Npi, Anchor.NpiLabel),
        (Label(@"s/n|sn|serial|lot|vin|device id|device|udi|imei"), PhiType.Serial, Anchor.SerialLabel),
    ];

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FirstWordsOfLabels = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "patient", "pt", "medical", "med", "hospital", "health", "member", "policy", "insurance", "subscriber", "social", "device").GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SecondWordsOfLabels = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "id", "record", "records", "rec", "number", "num", "no", "plan", "security").GetAlternateLookup<ReadOnlySpan<char>>();

    // Words that name what a long bare number is when it is no person's: literature and trial ids, drug and procedure codes.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PublicNumberLabels = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "pmid", "pmcid", "doi", "nct", "ndc", "isbn", "issn", "cpt", "hcpcs", "icd", "pubmed", "ref", "reference", "trial", "study", "protocol", "code",
        "loinc", "snomed", "rxnorm", "version", "build", "order", "ticket", "case").GetAlternateLookup<ReadOnlySpan<char>>();

    public static void Detect(TokenIndex index, List<Detection> found)
    {
        var text = index.Text;
        if (!RegexScan.ContainsDigit(text))
        {
            return;
        }

        foreach (var m in WindowedRegex.MatchesNear(DashedSsn, text, index.Of(Anchor.DigitSeparator), 8, 8, minDigits: 1))
        {
            if (!RegexScan.IsWordChar(text, m.Index - 1) && !RegexScan.IsWordChar(text, m.Index + m.Length)
                && !(m.Index + m.Length < text.Length && text[m.Index + m.Length] == '-'))
            {
                found.Add(new Detection(m.Index, m.Index + m.Length, PhiType.Ssn, 5));
            }
        }

        DetectRecordFields(index, found);
        foreach (var (pattern, type, label) in Labelled)
        {
            foreach (var m in WindowedRegex.MatchesNear(pattern, text, CompleteLabels(text, index.Of(label)), 0, 48, minDigits: 1))
            {
                var (start, end) = RegexScan.IdentifierOf(m);
                if (RegexScan.ContainsDigit(text.AsSpan(start, end - start)) && !RegexScan.IsWordChar(text, end))
                {
                    (start, end) = RegexScan.TrimTrailing(text, start, end, "-");
                    found.Add(new Detection(start, end, type, 10));
                }
            }
        }
    }

    // "Wade, Lorelei - 00481733 - K 6.1", "Doe, Jane | 10442871 | CHF": a bare number of 7 to 12 digits set off as a field of a
    // record line by dashes or pipes is the record's number, though no label names it. Lab values carry a name and a unit.
    private static void DetectRecordFields(TokenIndex index, List<Detection> found)
    {
        var text = index.Text;
        foreach (var (start, end) in index.Of(Anchor.DigitRun))
        {
            if (end - start is >= 7 and <= 12 && IsFieldSeparator(text.AsSpan(0, start), before: true) && IsFieldSeparator(text.AsSpan(end), before: false))
            {
                found.Add(new Detection(start, end, PhiType.MedicalRecord, 3));
            }
            else if (AlphanumericRecordStart(text, start, end) is { } recordStart)
            {
                found.Add(new Detection(recordStart, end, PhiType.MedicalRecord, 3));
            }
            else if (LetterDashedRecord(text, start, end) is { } dashed)
            {
                found.Add(new Detection(dashed.Start, dashed.End, PhiType.MedicalRecord, 3));
            }
            else if (end - start is >= 8 and <= 12 && !IsPhoneLength(text, start, end) && StandsAlone(text, start, end))
            {
                // "DOB 07141925": eight digits after a birth label that read as a calendar date are the date itself.
                var type = end - start == 8 && AfterBirthLabel(text, start) && IsCompactDate(text.AsSpan(start, 8)) ? PhiType.Date : PhiType.MedicalRecord;
                found.Add(new Detection(start, end, type, 3));
            }
        }
    }

    // "820132260" in a census line, "old chart # 48807133": eight to twelve digits standing alone are a record number. No clinical
    // value is written that way (counts carry commas or units, dates separators, phones separators or a leading 1 and ten digits,
    // which the phone rules read first); public ids keep their label ("PMID 31415926").
    private static bool StandsAlone(string text, int start, int end)
    {
        if (start > 0 && (char.IsLetterOrDigit(text[start - 1]) || text[start - 1] is '$' or '.' or ',' or '-' or '/' or '+' or '_' or '@' or '='))
        {
            return false;
        }

        if (end < text.Length && (char.IsLetterOrDigit(text[end]) || (text[end] is '.' or ',' or '-' or '/' && RegexScan.IsWordChar(text, end + 1)) || text[end] is '%' or '@' or '_'))
        {
            return false;
        }

        var before = text.AsSpan(0, start).TrimEnd(" #:");
        var wordStart = before.Length;
        while (wordStart > 0 && char.IsAsciiLetter(before[wordStart - 1]))
        {
            wordStart--;
        }

        return !PublicNumberLabels.Contains(before[wordStart..]);
    }

    // Ten digits, or eleven opening with the country code 1, are how a phone is typed without separators ("call 5551234567").
    private static bool IsPhoneLength(string text, int start, int end) => end - start == 10 || (end - start == 11 && text[start] == '1');

    private static bool AfterBirthLabel(string text, int start)
    {
        var before = text.AsSpan(0, start).TrimEnd(" :#");
        return before.EndsWith("dob", StringComparison.OrdinalIgnoreCase) || before.EndsWith("d.o.b", StringComparison.OrdinalIgnoreCase)
            || before.EndsWith("born", StringComparison.OrdinalIgnoreCase) || before.EndsWith("birth", StringComparison.OrdinalIgnoreCase);
    }

    // MMDDYYYY, DDMMYYYY or YYYYMMDD with a year of the last two centuries.
    private static bool IsCompactDate(ReadOnlySpan<char> digits)
    {
        int a = int.Parse(digits[..2]), b = int.Parse(digits[2..4]), lastYear = int.Parse(digits[4..]), firstYear = int.Parse(digits[..4]);
        int c = int.Parse(digits[4..6]), d = int.Parse(digits[6..]);
        var yearLast = lastYear is >= 1880 and <= 2100 && ((a is >= 1 and <= 12 && b is >= 1 and <= 31) || (b is >= 1 and <= 12 && a is >= 1 and <= 31));
        var yearFirst = firstYear is >= 1880 and <= 2100 && c is >= 1 and <= 12 && d is >= 1 and <= 31;
        return yearLast || yearFirst;
    }

    // "W373-7927", "KB762-4282": one or two capitals glued to three digits, a hyphen and four digits are a record number; a
    // local phone number never carries a letter.
    private static (int Start, int End)? LetterDashedRecord(string text, int start, int end)
    {
        if (end - start != 3 || start == 0 || !char.IsAsciiLetterUpper(text[start - 1]) || end + 5 > text.Length || text[end] != '-')
        {
            return null;
        }

        var letters = start - 1;
        if (letters > 0 && char.IsAsciiLetterUpper(text[letters - 1]))
        {
            letters--;
        }

        var glued = letters > 0 && (char.IsLetterOrDigit(text[letters - 1]) || text[letters - 1] is '-' or '/' or '.' or '_');
        var digits = text.AsSpan(end + 1, 4);
        var closed = digits.IndexOfAnyExceptInRange('0', '9') < 0 && !RegexScan.IsWordChar(text, end + 5)
            && !(end + 5 < text.Length && text[end + 5] is '-' or '.' && RegexScan.IsWordChar(text, end + 6));
        return !glued && closed ? (letters, end + 5) : null;
    }

    // "KT4402918", "E0932284", "18K204417": capital letters and at least six digits, the shape hospital systems give their
    // record numbers, are one whatever stands around them. No word has that shape; trial and drug-code numbers are named
    // by their prefix (NCT, NDC) and stay. A letter or hyphen glued on either side ("HLA-B2705", "I48.91") is a code.
    private static int? AlphanumericRecordStart(string text, int digitsStart, int digitsEnd)
    {
        if (digitsEnd - digitsStart is < 6 or > 10 || RegexScan.IsWordChar(text, digitsEnd) || (digitsEnd < text.Length && text[digitsEnd] is '-' or '.' && RegexScan.IsWordChar(text, digitsEnd + 1)))
        {
            return null;
        }

        var start = digitsStart;
        while (start > 0 && digitsStart - start < 3 && char.IsAsciiLetterUpper(text[start - 1]))
        {
            start--;
        }

        if (start == digitsStart)
        {
            return null;
        }

        // "18K204417": a short number before one letter belongs to the same record number.
        if (digitsStart - start == 1 && start > 0 && char.IsAsciiDigit(text[start - 1]))
        {
            var digitStart = start - 1;
            while (digitStart > 0 && start - digitStart < 2 && char.IsAsciiDigit(text[digitStart - 1]))
            {
                digitStart--;
            }

            start = digitStart;
        }

        var prefix = text.AsSpan(start, digitsStart - start);
        var glued = start > 0 && (char.IsLetterOrDigit(text[start - 1]) || text[start - 1] is '-' or '/' or '.' or '_');
        return glued || prefix is "NCT" or "NDC" or "ISBN" ? null : start;
    }

    private static bool IsFieldSeparator(ReadOnlySpan<char> side, bool before)
    {
        var trimmed = before ? side.TrimEnd(' ') : side.TrimStart(' ');
        if (trimmed.Length == side.Length)
        {
            return !before && (side.IsEmpty || (side[0] is ',' or ';' or '.' && (side.Length == 1 || side[1] == ' ')));
        }

        if (trimmed.IsEmpty)
        {
            return !before;
        }

        var mark = before ? trimmed[^1] : trimmed[0];
        return mark is '-' or '\u2013' or '\u2014' or '|' && (before ? trimmed.Length > 1 && trimmed[^2] == ' ' : trimmed.Length == 1 || trimmed[1] == ' ');
    }

    // "patient", "medical", "health"... are labels only as the first word of "patient id", "medical record", "health
    // plan": without the second word they open no regex window, which spares the windows after every "patient".
    private static List<(int Start, int End)> CompleteLabels(string text, List<(int Start, int End)> anchors)
    {
        List<(int Start, int End)>? complete = null;
        foreach (var anchor in anchors)
        {
            var word = text.AsSpan(anchor.Start, anchor.End - anchor.Start);
            if (!FirstWordsOfLabels.Contains(word) || SecondWordsOfLabels.Contains(NextWord(text, anchor.End)) || ValueFollows(text, anchor.End))
            {
                (complete ??= []).Add(anchor);
            }
        }

        return complete ?? RegexScan.NoAnchors;
    }

    // "Member #: W229184410", "device BSC4410782": a first word alone labels what follows when a number sign or a value with a
    // digit comes right after it ("patient 2 of 3" opens no pattern, none of which takes "patient" alone).
    private static bool ValueFollows(string text, int index)
    {
        var rest = text.AsSpan(index).TrimStart(' ');
        var length = 0;
        while (length < rest.Length && char.IsAsciiLetterOrDigit(rest[length]))
        {
            length++;
        }

        var token = rest[..length];
        return (!rest.IsEmpty && rest[0] == '#') || (token.Length >= 5 && RegexScan.ContainsDigit(token) && token.ContainsAnyInRange('A', 'Z'));
    }

    private static ReadOnlySpan<char> NextWord(string text, int index)
    {
        var rest = text.AsSpan(index).TrimStart(' ');
        var length = 0;
        while (length < rest.Length && char.IsAsciiLetter(rest[length]))
        {
            length++;
        }

        return rest[..length];
    }

    // The value group opens with an optional type-specific shape tried first (an SSN may contain spaces).
    private static LinearRegex Label(string labels, string preferredValue = "") =>
        RegexScan.Create($@"\b(?:{labels})\b" + Glue + $"(?<id>{preferredValue}{Value})", RegexScan.LinearIgnoreCase);
}
