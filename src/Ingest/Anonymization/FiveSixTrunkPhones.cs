namespace Sermo.Ingest.Anonymization;

/// <summary>
/// Round 47 (decision 304): a phone number written as British and Irish ones are, a trunk "0", four digits, a space and six
/// digits: "01872 250000" (a town's code), "07700 914122" (a mobile). The phone rules read "0161 783 7639" and other groupings
/// but not this one, with no cue word needed ("rings on", "NOK son X"). Over every readable gold set 4 of 4 such numbers are
/// labelled (rounds 19 and 44), all missed before. Eleven digits in exactly these two groups are not a dose, a count or a
/// lab value; a longer run or a decimal beside them ("01872 2500001", "01872 250000.5") stays. Found by one vectorised search
/// for "0" per step, then a shape test at digit starts only.
/// </summary>
internal static class FiveSixTrunkPhones
{
    private const int FirstGroup = 5;

    private const int SecondGroup = 6;

    public static void Detect(string text, List<Detection> found)
    {
        var from = 0;
        while (from <= text.Length - (FirstGroup + 1 + SecondGroup))
        {
            var hit = text.AsSpan(from).IndexOf('0');
            if (hit < 0)
            {
                return;
            }

            var start = from + hit;
            from = start + 1;
            if (start > 0 && (RegexScan.IsWordChar(text, start - 1) || text[start - 1] is '+' or '-' or '.' or '/'))
            {
                continue; // inside a number or a word: "100", "+44 0", "2.05"
            }

            var end = start + FirstGroup + 1 + SecondGroup;
            if (end <= text.Length && IsShape(text.AsSpan(start, end - start)) && !RegexScan.IsWordChar(text, end)
                && !(end + 1 < text.Length && text[end] is '.' or ',' or '-' && char.IsAsciiDigit(text[end + 1])))
            {
                found.Add(new Detection(start, end, PhiType.Phone, 4));
                from = end;
            }
        }
    }

    // "ddddd dddddd" with the trunk "0" first.
    private static bool IsShape(ReadOnlySpan<char> run) =>
        run[FirstGroup] == ' ' && !run[..FirstGroup].ContainsAnyExceptInRange('0', '9') && !run[(FirstGroup + 1)..].ContainsAnyExceptInRange('0', '9');
}
