namespace Sermo.Ingest.Anonymization;

/// <summary>
/// A worker's, donor's or patient's id in parentheses right after their name (round 39, decision 243): "miner Ana Ruiz (#40384)",
/// "donor Tomas Ek (BE5298)", "a picker, Lee Wu (AS4693)", "Pt Diaz, Joao (4410-2283)". On the pooled rotation's misses of rounds
/// 10-35 these were the ids written with no label at all (about ten, in mine, warehouse, organ-donor and discharge posts). The
/// parentheses hold only the id: four digits or more, or two capitals or more glued or hyphened to three digits or more, a "#"
/// before them at most; a year or span of years ("(2019)", "(2019-2021)"), an age ("(45)") and anything with a space or a
/// unit inside stay. Only the text's "(" characters after a found name are visited.
/// </summary>
internal static class IdsInParenthesesAfterNames
{
    private const int MinDigits = 4;

    private const int MinDigitsAfterCapitals = 3;

    public static void Detect(string text, List<Detection> found)
    {
        var count = found.Count;
        for (var d = 0; d < count; d++)
        {
            var name = found[d];
            if (name.Type != PhiType.Name || name.End + 2 >= text.Length || text[name.End] != ' ' || text[name.End + 1] != '(')
            {
                continue;
            }

            var at = name.End + 2;
            var start = text[at] == '#' ? at + 1 : at;
            var end = start;
            int capitals = 0, digits = 0;
            while (end < text.Length && (char.IsAsciiLetterUpper(text[end]) || char.IsAsciiDigit(text[end]) || (text[end] == '-' && end > start)))
            {
                capitals += char.IsAsciiLetterUpper(text[end]) ? 1 : 0;
                digits += char.IsAsciiDigit(text[end]) ? 1 : 0;
                end++;
            }

            if (end < text.Length && text[end] == ')' && text[end - 1] != '-' && IsId(text.AsSpan(start, end - start), capitals, digits))
            {
                found.Add(new Detection(start, end, PhiType.Account, 1));
            }
        }
    }

    private static bool IsId(ReadOnlySpan<char> run, int capitals, int digits) =>
        capitals == 0 ? digits >= MinDigits && !IsYearOrSpan(run) : capitals >= 2 && digits >= MinDigitsAfterCapitals && char.IsAsciiLetterUpper(run[0]);

    // "2019", "2019-2021", "1998-02": a year, or a year first.
    private static bool IsYearOrSpan(ReadOnlySpan<char> run) =>
        run.Length >= 4 && LabelledRecordNumbers.IsYear(run[..4]) && (run.Length == 4 || run[4] == '-');
}
