namespace Sermo.Ingest.Anonymization;

/// <summary>
/// Record numbers the labelled detectors read only in part or not at all (round 13, decision 100): the rest of a number written in
/// space-separated groups after a found record number ("MRN [7608] 55234 2"); a second number joined to a found one by "and", "or"
/// or a comma, with about as many digits ("MRN [number] and 7732544"); and six digits or more after a number sign ("Case #
/// 7296991", "ref #5838 03863 1"). "ticket #3", "#2 of 4" and a count after a found number ("MRN [number] and 2 allergies") stay.
/// </summary>
internal static class RecordNumberRuns
{
    private const int MinDigitsAfterHash = 6;

    private const int MinDigitsGluedToHash = 4;

    public static void Detect(string text, List<Detection> found)
    {
        var count = found.Count;
        for (var c = 0; c < count; c++)
        {
            var record = found[c];
            if (record.Type is not (PhiType.MedicalRecord or PhiType.Account or PhiType.License or PhiType.Serial or PhiType.Npi or PhiType.Ssn))
            {
                continue;
            }

            if (IsSerialLabelBefore(text, record.Start))
            {
                found.Add(record with { Start = record.Start - SerialLabel.Length });
            }

            if (record.End >= text.Length || !char.IsAsciiDigit(text[record.End - 1]))
            {
                continue;
            }

            var groupsEnd = SpacedGroups(text, record.End, out _);
            if (groupsEnd > record.End)
            {
                found.Add(record with { End = groupsEnd });
            }

            JoinedNumber(text, record, found);
        }

        for (var hash = text.IndexOf('#'); hash >= 0; hash = text.IndexOf('#', hash + 1))
        {
            var at = hash + 1 < text.Length && text[hash + 1] == ' ' ? hash + 2 : hash + 1;
            if (at >= text.Length || !char.IsAsciiDigit(text[at]))
            {
                continue;
            }

            if (IsAlienHash(text, hash))
            {
                // "A# 378-349-392" (round 39, decision 243): an immigration alien number after its scheme's letter.
                var alienEnd = LabelledRecordNumbers.AlienNumberEnd(text, at);
                if (alienEnd >= 0)
                {
                    found.Add(new Detection(at, alienEnd, PhiType.Account, 1));
                }

                continue;
            }

            var end = at;
            while (end < text.Length && char.IsAsciiDigit(text[end]))
            {
                end++;
            }

            var digits = end - at;
            if (digits is >= MinDigitsGluedToHash and < MinDigitsAfterHash && at == hash + 1 && ShortHashNumberEnd(text, hash, at, end) is var shortEnd and >= 0)
            {
                found.Add(new Detection(at, shortEnd, PhiType.Account, 1));
                continue;
            }

            end = Math.Max(end, SpacedGroups(text, end, out var more));
            if (digits + more >= MinDigitsAfterHash && (end == text.Length || !char.IsLetter(text[end])))
            {
                found.Add(new Detection(at, end, PhiType.MedicalRecord, 1));
            }
        }
    }

    // "A#": a capital A standing alone before the hash.
    private static bool IsAlienHash(string text, int hash) => hash >= 1 && text[hash - 1] == 'A' && !RegexScan.IsWordChar(text, hash - 2);

    /// <summary>
    /// Round 39 (decision 243): four or five digits glued to a hash that stands apart from the word before it, as a shop, a
    /// clinic or a worker's number is written ("Walgreens #07742", "Hy-Vee #5950", "longshore #8826", "(#40384)"), with one or
    /// two capitals after a hyphen at most ("pt #7684-V"). A year ("#2024"), a decimal or range ("#1200.5", "#1000-2000"), a
    /// count with its unit ("#1000 units") and a number glued to letters stay; one to three digits stay (WornNumbersBesideNames
    /// reads those beside a name). On the pooled rotation's misses of rounds 10-35 such numbers were shops' (11) and workers' (5).
    /// </summary>
    private static int ShortHashNumberEnd(string text, int hash, int at, int end)
    {
        if ((hash > 0 && char.IsLetterOrDigit(text[hash - 1])) || LabelledRecordNumbers.IsYear(text.AsSpan(at, end - at)))
        {
            return -1;
        }

        if (end + 1 < text.Length && text[end] == '-' && char.IsAsciiLetterUpper(text[end + 1]))
        {
            var letters = end + 1;
            while (letters < text.Length && letters - end <= 2 && char.IsAsciiLetterUpper(text[letters]))
            {
                letters++;
            }

            return !RegexScan.IsWordChar(text, letters) ? letters : -1;
        }

        return !RegexScan.IsWordChar(text, end) && !(end + 1 < text.Length && text[end] is '.' or ',' or '/' or '-' or ':' && char.IsAsciiDigit(text[end + 1]))
            && !RoomNumbers.UnitFollows(text, end) && !DateDetector.IsRangeOfCounts(text, end) ? end : -1;
    }

    /// <summary>
    /// A second number joined to one found at or after <paramref name="from"/> (round 39, decision 243): the labelled detectors
    /// that run after <see cref="Detect"/> ("line list ids LL-857 and LL-962", "sample ids FH-88-1 and FH-88-2") are joined as
    /// Detect joins the earlier ones.
    /// </summary>
    public static void JoinLists(string text, List<Detection> found, int from)
    {
        var count = found.Count;
        for (var c = from; c < count; c++)
        {
            var record = found[c];
            if (record.Type is PhiType.Account or PhiType.MedicalRecord && record.End < text.Length && char.IsAsciiDigit(text[record.End - 1]))
            {
                JoinedNumber(text, record, found);
            }
        }
    }

    // " 55234 2" after a number: groups of one to six digits after single spaces, each ending at a word end; none when a unit or
    // a letter follows the last (then the digits are a quantity).
    private static int SpacedGroups(string text, int end, out int digits)
    {
        digits = 0;
        var last = end;
        var k = end;
        while (k + 1 < text.Length && text[k] == ' ' && char.IsAsciiDigit(text[k + 1]))
        {
            var start = k + 1;
            var stop = start;
            while (stop < text.Length && char.IsAsciiDigit(text[stop]))
            {
                stop++;
            }

            if (stop - start > 6 || (stop < text.Length && (char.IsLetter(text[stop]) || text[stop] is '.' or ',' && stop + 1 < text.Length && char.IsAsciiDigit(text[stop + 1]))))
            {
                break;
            }

            if (stop + 1 < text.Length && text[stop] == ' ' && char.IsAsciiLetterLower(text[stop + 1]) && !char.IsAsciiDigit(text[stop + 1]) && UnitAt(text, stop + 1))
            {
                break;
            }

            digits += stop - start;
            last = stop;
            k = stop;
        }

        return last;
    }

    private static bool UnitAt(string text, int at)
    {
        var rest = text.AsSpan(at);
        return rest.StartsWith("mg") || rest.StartsWith("ml") || rest.StartsWith("units") || rest.StartsWith("days") || rest.StartsWith("weeks")
            || rest.StartsWith("hours") || rest.StartsWith("times") || rest.StartsWith("pts") || rest.StartsWith("patients");
    }

    // "MRN [number] and 7732544": a digit run joined to a found one, within two digits of its length and at least five long.
    private static void JoinedNumber(string text, Detection record, List<Detection> found)
    {
        var rest = text.AsSpan(record.End);
        var joiner = rest.StartsWith(" and ") ? 5 : rest.StartsWith(" or ") ? 4 : rest.StartsWith(", ") ? 2 : rest.StartsWith(" & ") ? 3 : 0;
        if (joiner == 0)
        {
            return;
        }

        var at = record.End + joiner;
        if (SameLetterPrefix(text, record, at) is var lettered and > 0)
        {
            found.Add(new Detection(at, lettered, record.Type, record.Priority));
            return;
        }

        var end = at;
        while (end < text.Length && char.IsAsciiDigit(text[end]))
        {
            end++;
        }

        var recordDigits = 0;
        for (var k = record.Start; k < record.End; k++)
        {
            recordDigits += char.IsAsciiDigit(text[k]) ? 1 : 0;
        }

        if (end - at >= 5 && Math.Abs((end - at) - recordDigits) <= 2 && (end == text.Length || !char.IsLetterOrDigit(text[end])))
        {
            found.Add(new Detection(at, end, record.Type, record.Priority));
        }
    }

    // "SN " (serial number) right before a found number, as a device prints it: "serial SN JUV122999", "(SN LT-873258)". Round 39
    // (decision 243): the gold sets take the label into the serial, and it says nothing a reader needs once the number is gone.
    private const string SerialLabel = "SN ";

    private static bool IsSerialLabelBefore(string text, int start) =>
        start >= SerialLabel.Length && text.AsSpan(start - SerialLabel.Length, SerialLabel.Length).SequenceEqual(SerialLabel)
        && !RegexScan.IsWordChar(text, start - SerialLabel.Length - 1);

    /// <summary>
    /// "LL-857 and LL-962", "FH-88-1 and FH-88-2" (round 39, decision 243): a second id after a joiner with the found one's letter
    /// prefix, its separator and digits within one of its count; the end of it, or -1.
    /// </summary>
    private static int SameLetterPrefix(string text, Detection record, int at)
    {
        var prefix = 0;
        while (record.Start + prefix < record.End && char.IsAsciiLetterUpper(text[record.Start + prefix]))
        {
            prefix++;
        }

        if (prefix == 0 || at + prefix >= text.Length || !text.AsSpan(at, prefix).SequenceEqual(text.AsSpan(record.Start, prefix))
            || !(text[at + prefix] == text[record.Start + prefix] || (char.IsAsciiDigit(text[at + prefix]) && char.IsAsciiDigit(text[record.Start + prefix]))))
        {
            return -1;
        }

        var end = at + prefix;
        var digits = 0;
        while (end < text.Length && (char.IsAsciiDigit(text[end]) || (text[end] == '-' && end + 1 < text.Length && char.IsAsciiLetterOrDigit(text[end + 1]))))
        {
            digits += char.IsAsciiDigit(text[end]) ? 1 : 0;
            end++;
        }

        var recordDigits = 0;
        for (var k = record.Start; k < record.End; k++)
        {
            recordDigits += char.IsAsciiDigit(text[k]) ? 1 : 0;
        }

        return digits >= 2 && Math.Abs(digits - recordDigits) <= 1 && !RegexScan.IsWordChar(text, end) ? end : -1;
    }
}
