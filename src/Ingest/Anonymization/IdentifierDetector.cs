using System.Text.RegularExpressions;

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

    private const string Value = @"(?<id>[A-Za-z0-9][A-Za-z0-9-]{2,24})";

    private static readonly Regex DashedSsn = RegexScan.Create(@"\d{3}-\d{2}-\d{4}|\d{3} \d{2} \d{4}");

    private static readonly (Regex Pattern, PhiType Type)[] Labelled =
    [
        (Label(@"ssn|social security"), PhiType.Ssn),
        (Label(@"mrn|medical record|med rec|chart|hospital number|patient id|pt id"), PhiType.MedicalRecord),
        (Label(@"acct|account|member id|policy number|policy no|insurance id|health plan|beneficiary|subscriber id"), PhiType.Account),
        (Label(@"licen[cs]e|lic|dea|plate|certificate|cert"), PhiType.License),
        (RegexScan.Create(@"\bnpi\b" + Glue + @"(?<id>\d{10})", RegexScan.LinearIgnoreCase), PhiType.Npi),
        (Label(@"s/n|sn|serial|lot|vin|device id|udi|imei"), PhiType.Serial),
    ];

    public static void Detect(string text, List<Detection> found)
    {
        if (!RegexScan.ContainsDigit(text))
        {
            return;
        }

        foreach (Match m in DashedSsn.Matches(text))
        {
            if (!RegexScan.IsWordChar(text, m.Index - 1) && !RegexScan.IsWordChar(text, m.Index + m.Length)
                && !(m.Index + m.Length < text.Length && text[m.Index + m.Length] == '-'))
            {
                found.Add(new Detection(m.Index, m.Index + m.Length, PhiType.Ssn, 5));
            }
        }

        foreach (var (pattern, type) in Labelled)
        {
            foreach (Match m in pattern.Matches(text))
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

    private static Regex Label(string labels) =>
        RegexScan.Create($@"\b(?:{labels})\b" + Glue + Value, RegexScan.LinearIgnoreCase);
}
