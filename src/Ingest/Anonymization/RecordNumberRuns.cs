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

    public static void Detect(string text, List<Detection> found)
    {
        var count = found.Count;
        for (var c = 0; c < count; c++)
        {
            var record = found[c];
            if (record.Type is not (PhiType.MedicalRecord or PhiType.Account or PhiType.License or PhiType.Serial or PhiType.Npi or PhiType.Ssn)
                || record.End >= text.Length || !char.IsAsciiDigit(text[record.End - 1]))
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

            var end = at;
            while (end < text.Length && char.IsAsciiDigit(text[end]))
            {
                end++;
            }

            var digits = end - at;
            end = Math.Max(end, SpacedGroups(text, end, out var more));
            if (digits + more >= MinDigitsAfterHash && (end == text.Length || !char.IsLetter(text[end])))
            {
                found.Add(new Detection(at, end, PhiType.MedicalRecord, 1));
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
}
