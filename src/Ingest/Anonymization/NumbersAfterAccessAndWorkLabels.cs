using System.Buffers;

namespace Sermo.Ingest.Anonymization;

/// <summary>
/// Round 48 (decision 315): a number after a home visit's access word or a working physician's paperwork word that the labelled
/// record rules do not read: "lockbox 418", "gate 50917", "grievance 22-914", "assignment 310448-2", "contract K40219", "USDOT
/// 1180562", "AME # 55102B", "rabies tag 31-4406". A key-safe or gate code lets a stranger into a patient's home, and a carrier's
/// or examiner's number finds the one driver or pilot, as a record number finds the patient. Over every readable gold set each of
/// these words before a number of this shape is labelled, 34 of 34 (round 45's 32, 30 missed before; round 37's two rabies tags
/// already found); none is left unlabelled. Gate codes after "gate code" and airport gates ("gate C4", rounds 36-41) are other
/// rules'. The number: an optional capital, digits, hyphenated digit groups and an optional
/// capital last, three digits at least; a decimal, time, fraction or date after it ("gate 12:40", "contract 3/4") drops it, and a
/// bare year after the paperwork words ("contract 2026 rates") stays. Found by one vectorised search of the post for the words.
/// </summary>
internal static class NumbersAfterAccessAndWorkLabels
{
    private const int MinDigits = 3;

    private const int MaxLength = 16;

    private static readonly SearchValues<string> LabelValues = SearchValues.Create(
        ["lockbox ", "Lockbox ", "lock box ", "gate ", "Gate ", "grievance ", "Grievance ", "assignment ", "Assignment ", "contract ", "Contract ", "USDOT ", "AME #", "rabies tag ", "Rabies tag "],
        StringComparison.Ordinal);

    public static void Detect(string text, List<Detection> found)
    {
        var hits = new CueHits(text, LabelValues);
        while (hits.Next(out var at))
        {
            var labelEnd = LabelEnd(text, at);
            hits.From = labelEnd;
            if (RegexScan.IsWordChar(text, at - 1))
            {
                continue;
            }

            var start = SkipNumberSign(text, labelEnd);
            var end = NumberEnd(text, start);
            if (end < 0 || (IsPaperworkLabel(text, at) && IsBareYear(text.AsSpan(start, end - start))))
            {
                continue;
            }

            found.Add(new Detection(start, end, PhiType.Account, 4));
            hits.From = end;
        }
    }

    // The label's end: past its last space, or past "AME #".
    private static int LabelEnd(string text, int at)
    {
        var rest = text.AsSpan(at);
        if (rest.StartsWith("AME #", StringComparison.Ordinal))
        {
            return at + 5;
        }

        var end = rest.StartsWith("lock box ", StringComparison.Ordinal) || rest.StartsWith("rabies tag ", StringComparison.Ordinal) || rest.StartsWith("Rabies tag ", StringComparison.Ordinal)
            ? text.IndexOf(' ', text.IndexOf(' ', at) + 1)
            : text.IndexOf(' ', at);
        return end + 1;
    }

    // "gate #0419", "assignment # 58820", "AME # 19094": the sign and one space before the number are not part of it.
    private static int SkipNumberSign(string text, int at)
    {
        if (at < text.Length && text[at] == '#')
        {
            at++;
        }

        return at < text.Length && text[at] == ' ' ? at + 1 : at;
    }

    // The end of "N13522", "887432-3", "70823K"; -1 when the shape fails, when it has under three digits, or when it runs on
    // into a decimal, a time, a fraction or a date.
    private static int NumberEnd(string text, int start)
    {
        var at = start;
        if (at < text.Length && char.IsAsciiLetterUpper(text[at]))
        {
            at++;
        }

        var digits = 0;
        while (at < text.Length && at - start < MaxLength)
        {
            if (char.IsAsciiDigit(text[at]))
            {
                digits++;
                at++;
            }
            else if (text[at] == '-' && digits > 0 && at + 1 < text.Length && char.IsAsciiDigit(text[at + 1]))
            {
                at++;
            }
            else
            {
                break;
            }
        }

        if (at < text.Length && char.IsAsciiLetterUpper(text[at]) && digits > 0)
        {
            at++;
        }

        var runsOn = RegexScan.IsWordChar(text, at) || (at + 1 < text.Length && text[at] is '.' or ':' or '/' or ',' && char.IsAsciiDigit(text[at + 1]));
        return digits >= MinDigits && !runsOn ? at : -1;
    }

    // "grievance", "assignment" and "contract" may stand before a year ("contract 2026 rates"); a gate, a lockbox, a carrier and an
    // examiner do not.
    private static bool IsPaperworkLabel(string text, int at)
    {
        var rest = text.AsSpan(at + 1);
        return rest.StartsWith("rievance", StringComparison.Ordinal) || rest.StartsWith("ssignment", StringComparison.Ordinal) || rest.StartsWith("ontract", StringComparison.Ordinal);
    }

    private static bool IsBareYear(ReadOnlySpan<char> number) =>
        number.Length == 4 && int.TryParse(number, out var year) && year is >= 1950 and <= 2049;
}
