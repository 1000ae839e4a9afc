using System.Collections.Frozen;

namespace Sermo.Ingest.Anonymization;

/// <summary>
/// Round 49 (decision 331): two slots of ages over 89 that recur across the rotation's authors (rounds 10-46) and that no earlier
/// age rule reads. "is"/"was" between a person and the number, closed by a mark or a joining word ("Grandma Salote is 97, on
/// dialysis", "Davidson was 98 and died", "her sister is 98."; rounds 23, 26, 40-45), where the person is a name an earlier rule
/// found or a person word; and a cell of a pasted pipe table whose header names an "Age" column ("| Villanueva | 98 | PEG |";
/// rounds 15, 16, 18, 25). A vital or lab after "is" ("sat is 92.", "HR was 104 and") has no person before it, which both slots
/// refuse. Visits only the numbers of 90-130 the token index found.
/// </summary>
internal static class AgesAfterIsAndInAgeColumns
{
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PersonWords = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "she", "he", "pt", "patient", "grandma", "grandpa", "granny", "grandmother", "grandfather", "mom", "mum", "mother", "dad", "father",
        "sister", "brother", "aunt", "uncle", "husband", "wife", "lady", "man", "woman", "gentleman", "who").GetAlternateLookup<ReadOnlySpan<char>>();

    // What may follow the age: a mark or a word that joins the next clause ("is 97 and on O2", "was 99 when they died", "is 91 now").
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ClosingWords = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "and", "now", "when", "but").GetAlternateLookup<ReadOnlySpan<char>>();

    public static void Detect(TokenIndex index, List<Detection> found)
    {
        var text = index.Text;
        int? ageColumn = null; // searched once per post, only when a number sits in a pipe cell
        foreach (var (start, end) in index.Of(Anchor.OldAgeNumber))
        {
            if (start == 0 || RegexScan.IsWordChar(text, start - 1) || RegexScan.IsWordChar(text, end))
            {
                continue;
            }

            if (IsPipeCell(text, start, end))
            {
                ageColumn ??= text.IndexOf("Age |", StringComparison.Ordinal);
                if (ageColumn >= 0 && ageColumn < start)
                {
                    found.Add(new Detection(start, end, PhiType.Age, 4));
                }
            }
            else if (IsClosed(text, end) && PersonIsBefore(text, start, found))
            {
                found.Add(new Detection(start, end, PhiType.Age, 4));
            }
        }
    }

    private static bool IsPipeCell(string text, int start, int end) =>
        start >= 2 && text[start - 1] == ' ' && text[start - 2] == '|' && end + 1 < text.Length && text[end] == ' ' && text[end + 1] == '|';

    private static bool IsClosed(string text, int end)
    {
        if (end >= text.Length || text[end] is '.' or ',' or '!' or ';' or ')')
        {
            return end + 1 >= text.Length || !char.IsAsciiDigit(text[end + 1]); // not "is 98.6" or "was 100,000"
        }

        return text[end] == ' ' && ClosingWords.Contains(AgeDetector.NextWord(text, end));
    }

    // "<person> is 97", "<person>, was 99": a person word or a name an earlier rule found right before the verb.
    private static bool PersonIsBefore(string text, int start, List<Detection> found)
    {
        var verb = RegexScan.WordBefore(text, start);
        if (!(verb.Equals("is", StringComparison.OrdinalIgnoreCase) || verb.Equals("was", StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        var subjectEnd = start - 1 - verb.Length;
        while (subjectEnd > 0 && text[subjectEnd - 1] is ' ' or ',')
        {
            subjectEnd--;
        }

        if (PersonWords.Contains(RegexScan.WordBefore(text, subjectEnd)))
        {
            return true;
        }

        foreach (var d in found)
        {
            if (d.Type == PhiType.Name && d.End == subjectEnd)
            {
                return true;
            }
        }

        return false;
    }
}
