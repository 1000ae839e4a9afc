namespace Sermo.Ingest.Anonymization;

/// <summary>
/// Record-like numbers found by their shape, whatever label stands before them, or none (round 12, decision 091): a run of
/// letters and digits, joined by single hyphens or dots, that holds five digits or more and a letter ("S82-09590", "E-04302",
/// "WC26-118773", "NS57964237310", "MD.074412", "2TW7-KE9-PR61"), or four digits and three letters glued and mixed in seven or
/// eight characters, as number plates are ("9XGB102"; "CMS-1500", a form, is not). A clinical shape is never one: an ICD-10 code ("J45.909", "S72001A"), a dose or a
/// count with its unit ("10000units", "25000IU"), a trial registration ("NCT01234567"), a SNP ("rs429358"). A serial written in
/// two parts ("PJN 661204S") takes the unknown capitals before it. Pure digits stay with the labelled detectors: a bare number
/// is a phone, a date, a count or a code far more often than a record.
/// </summary>
internal static class RecordShapes
{
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> UnitSuffixes = new HashSet<string>(
        ["mg", "mcg", "ug", "g", "kg", "ml", "l", "u", "iu", "units", "unit", "meq", "mmol", "ng", "pg", "mm", "cm", "hr", "hrs", "h", "min", "x",
         "k", "cells", "copies", "lb", "lbs", "mosm", "pm", "am"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    // Trial registrations, SNPs and gene or allele names: "NCT01234567", "rs429358", "HLA-B5801", "JAK2V617F", "CYP2C19".
    private static readonly string[] ClinicalPrefixes = ["NCT", "rs", "ISRCTN", "EudraCT", "HLA", "JAK", "CYP", "UGT", "BRCA", "EGFR", "KRAS"];

    internal static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Vehicles = new HashSet<string>(
        ["car", "truck", "vehicle", "van", "suv", "pickup", "motorcycle"], StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    public static void Detect(TokenIndex index, List<Detection> found)
    {
        // "the car 454 PDC": a plate after a vehicle, as after "plate" (PlateAndSpacedSsnDetector's shapes: letters and digits both).
        var vehicles = (index.AnyCues & WordCue.Vehicle) != 0 ? index.Tokens.Count : 0; // no vehicle-shaped word: no plate after one
        for (var i = 0; i < vehicles; i++)
        {
            var token = index.Tokens[i];
            if (token.Length <= 10 && (index.Cues[i] & WordCue.Vehicle) != 0 && Vehicles.Contains(index.Text.AsSpan(token.Start, token.Length))
                && PlateAndSpacedSsnDetector.PlateAfter(index.Text, token.End) is { } plate)
            {
                found.Add(new Detection(plate.Start, plate.End, PhiType.License, 6));
            }
        }

        var text = index.Text;
        var span = text.AsSpan();
        var offset = 0;
        while (offset < span.Length)
        {
            var digit = span[offset..].IndexOfAnyInRange('0', '9');
            if (digit < 0)
            {
                return;
            }

            var start = offset + digit;
            while (start > 0 && IsRunChar(text, start - 1))
            {
                start--;
            }

            var end = offset + digit;
            while (end < text.Length && IsRunChar(text, end))
            {
                end++;
            }

            offset = end + 1;
            while (start < end && text[start] is '-' or '.')
            {
                start++;
            }

            while (end > start && text[end - 1] is '-' or '.')
            {
                end--;
            }

            if (start > 0 && text[start - 1] is '@' or '/' or ':' or '_' || end < text.Length && text[end] is '@' or '/' or '_')
            {
                continue; // inside an email, a URL, a path or a time: the contact detectors own those
            }

            if (IsRecordShape(span[start..end]))
            {
                found.Add(new Detection(CapitalsBefore(index, start), end, PhiType.Account, -1)); // a labelled detector's type wins a tie
            }
            else if (IsAircraftRegistration(span[start..end]))
            {
                found.Add(new Detection(start, end, PhiType.License, 6)); // a vehicle's identifier, as a plate after "plate"
            }
        }
    }

    internal static bool IsRecordShape(ReadOnlySpan<char> run)
    {
        int digits = 0, letters = 0, times = 0;
        foreach (var c in run)
        {
            if (char.IsAsciiDigit(c))
            {
                digits++;
            }
            else if (char.IsAsciiLetter(c))
            {
                letters++;
                times += c is 'x' or 'X' ? 1 : 0;
            }
        }

        // A plate is glued and mixed ("9XGB102", "7WRS113"): letters then digits alone ("CMS1500", a form) or a hyphen ("CMS-1500") is no plate.
        var plate = digits >= 4 && letters >= 3 && digits + letters == run.Length && run.Length is 7 or 8 && Transitions(run) >= 2;
        if (letters == times || (digits < 5 && !plate) || digits + letters > 20 || HasDoubleSeparator(run))
        {
            return false;
        }

        return !IsIcdCode(run) && !IsQuantity(run) && !StartsWithClinicalPrefix(run);
    }

    /// <summary>
    /// A US aircraft's registration, painted on the tail (round 31, decision 201): "N", a digit from 1, up to four more digits, and one
    /// or two capitals that are not I or O, six characters at most ("N612LF", "N21NM"): air ambulances, organ flights and
    /// charters are told by it as a car is by its plate. Two digits at least and a letter suffix: "N2O" (nitrous oxide), the TNM
    /// stage "N1", masks ("N95", "N100") and ICD codes ("N18.4", a dot joins it to its run) have none and stay.
    /// </summary>
    internal static bool IsAircraftRegistration(ReadOnlySpan<char> run)
    {
        if (run.Length is < 4 or > 6 || run[0] != 'N' || run[1] is < '1' or > '9')
        {
            return false;
        }

        var letters = run[2..].IndexOfAnyExceptInRange('0', '9');
        return letters >= 1 && run.Length - 2 - letters is 1 or 2 && !run[(2 + letters)..].ContainsAnyExceptInRange('A', 'Z') && !run[(2 + letters)..].ContainsAny('I', 'O');
    }

    // "J45.909", "S72.001A", "S72001A", "E11.649": a letter, a digit, a digit or letter, then up to four more after an optional dot.
    private static bool IsIcdCode(ReadOnlySpan<char> run)
    {
        if (run.Length < 3 || !char.IsAsciiLetterUpper(run[0]) || !char.IsAsciiDigit(run[1]) || !char.IsAsciiLetterOrDigit(run[2]))
        {
            return false;
        }

        var rest = run[3..];
        if (rest.Length > 0 && rest[0] == '.')
        {
            rest = rest[1..];
        }

        return rest.Length <= 4 && !rest.ContainsAnyExcept("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ");
    }

    // "10000units", "25000IU", "1.5mg", "3.5x2.1x1.8cm": a number or a size and a unit ("10x10x10", letters all "x", never gets here).
    private static bool IsQuantity(ReadOnlySpan<char> run)
    {
        var letters = run.Length;
        while (letters > 0 && char.IsAsciiLetter(run[letters - 1]))
        {
            letters--;
        }

        var number = run[..letters];
        return letters < run.Length && !number.ContainsAnyExcept("0123456789.,xX") && UnitSuffixes.Contains(run[letters..]);
    }

    private static bool StartsWithClinicalPrefix(ReadOnlySpan<char> run)
    {
        foreach (var prefix in ClinicalPrefixes)
        {
            if (run.StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static int Transitions(ReadOnlySpan<char> run)
    {
        var transitions = 0;
        for (var k = 1; k < run.Length; k++)
        {
            transitions += char.IsAsciiDigit(run[k]) != char.IsAsciiDigit(run[k - 1]) ? 1 : 0;
        }

        return transitions;
    }

    private static bool HasDoubleSeparator(ReadOnlySpan<char> run)
    {
        for (var k = 1; k < run.Length; k++)
        {
            if (!char.IsAsciiLetterOrDigit(run[k]) && !char.IsAsciiLetterOrDigit(run[k - 1]))
            {
                return true;
            }
        }

        return false;
    }

    // "PJN 661204S": two to four capitals that no list knows, one space before the record, are its first part.
    private static int CapitalsBefore(TokenIndex index, int start)
    {
        var text = index.Text;
        if (start < 3 || text[start - 1] != ' ')
        {
            return start;
        }

        var i = FoundTokens.EndingAt(index.Tokens, start - 1);
        if (i < 0 || index.Tokens[i].End != start - 1 || index.Tokens[i].Length is < 2 or > 4 || index.Kinds[i] != WordKind.None)
        {
            return start;
        }

        var word = FoundTokens.Word(index, i);
        return word.ContainsAnyExceptInRange('A', 'Z') || Vocabulary.Shared.Lookup(word).Anchors != Anchor.None ? start : index.Tokens[i].Start;
    }

    private static bool IsRunChar(string text, int at)
    {
        var c = text[at];
        if (char.IsAsciiLetterOrDigit(c))
        {
            return true;
        }

        // A hyphen or a dot joins only when a letter or digit stands on both sides ("S82-09590", "MD.074412"); "7.26." ends at the number.
        return c is '-' or '.' && at > 0 && at + 1 < text.Length && char.IsAsciiLetterOrDigit(text[at - 1]) && char.IsAsciiLetterOrDigit(text[at + 1]);
    }
}
