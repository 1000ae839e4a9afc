namespace Sermo.Analytics.Tagging;

/// <summary>
/// A supplement or electrolyte word right after a checking word is the lab, not the drug (round 47, decision 305):
/// "checked magnesium and zinc, both low", "checking iron every month", "checked her vitamin D". Physicians write a
/// test as "check" and the analyte; the readable sets leave the word after "check", "checked" or "checking" bare ten times
/// in twelve. A second analyte joined to a checked one by "and" or a comma is checked too. LabValueMentions reads the
/// other shape, the analyte and its number, and drops both in its one pass over the hits.
/// </summary>
internal static class CheckedLabMentions
{
    // Only the bare analyte names: "IV iron", "magnesium oxide" or "zinc sulfate" are written for the drug.
    private static readonly HashSet<string> AnalyteWords = new(StringComparer.Ordinal)
    {
        "iron", "magnesium", "mag", "zinc", "copper", "calcium", "potassium", "phosphorus", "folate", "b12", "vitamin b12",
        "vitamin d", "thiamine",
    };

    private static readonly HashSet<string> CheckingWords = new(StringComparer.Ordinal)
    {
        "check", "checked", "checking", "checks", "recheck", "rechecked", "rechecking",
    };

    // Words between the checking word and the analyte: "checked her iron", "check a magnesium".
    private static readonly HashSet<string> Determiners = new(StringComparer.Ordinal) { "a", "the", "her", "his", "their" };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AnalyteWord = AnalyteWords.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CheckingWord = CheckingWords.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Determiner = Determiners.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether the drug hit from start to end is a bare analyte word a checking word (or a checked analyte and "and") precedes.</summary>
    public static bool IsCheckedAnalyte(ReadOnlySpan<char> chars, int start, int end) =>
        AnalyteWord.Contains(chars[start..end]) && IsChecked(chars, start, joinsLeft: 1);

    // Whether the analyte starting at start follows a checking word, or follows "and"/"," after a checked analyte
    // (at most joinsLeft such joins back, so a long list is not walked).
    private static bool IsChecked(ReadOnlySpan<char> chars, int start, int joinsLeft)
    {
        var word = GivenBareDrugs.WordBefore(chars, start, out var wordStart);
        if (Determiner.Contains(word))
        {
            word = GivenBareDrugs.WordBefore(chars, wordStart, out wordStart);
        }

        if (CheckingWord.Contains(word))
        {
            return true;
        }

        if (joinsLeft == 0 || !(word.SequenceEqual("and") || word.SequenceEqual(",")))
        {
            return false;
        }

        var previous = GivenBareDrugs.WordBefore(chars, wordStart, out var previousStart);
        return AnalyteWord.Contains(previous) && IsChecked(chars, previousStart, joinsLeft - 1);
    }
}
