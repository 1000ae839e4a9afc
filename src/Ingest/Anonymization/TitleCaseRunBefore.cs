namespace Sermo.Ingest.Anonymization;

/// <summary>
/// Round 51 (decision 348): where the run of one to three capitalised words before a head word starts ("Buttermilk Hollow" of
/// "Buttermilk Hollow Rd", "Greater Bethel" of "Greater Bethel AME"), single spaces between, "Mt." and "St." read as words.
/// Openers, articles and greetings at the front end the run ("the Baptist church", "Dear Dr", "My Dr"): they are never the name.
/// Shared by <see cref="StreetsWithoutNumber"/> and <see cref="ChurchesByDenomination"/>.
/// </summary>
internal static class TitleCaseRunBefore
{
    public const int MaxWords = 3;

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Openers = new HashSet<string>(
        ["A", "An", "The", "This", "That", "Our", "Their", "His", "Her", "My", "Your", "At", "From", "To", "In", "On", "Of", "By", "For",
         "With", "Re", "Dear", "Sorry", "No", "Hi", "Hello", "Hey", "Thanks", "Thank", "Which", "Per", "Ask", "Call", "See", "Attn", "And", "Or"],
        StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// The start of the run ending at the space <paramref name="space"/> and how many words it holds (0: none, start is the
    /// space). A word in capitals ("MLK") counts only when <paramref name="capitalsToo"/>; any other word needs a capital and a
    /// lower-case letter next ("Mt." too).
    /// </summary>
    public static (int Start, int Words) Find(string text, int space, bool capitalsToo)
    {
        var start = space;
        var words = 0;
        var cursor = space;
        while (words < MaxWords && cursor > 0 && text[cursor] == ' ')
        {
            var wordStart = RegexScan.NameWordStartBefore(text, cursor, withDots: true);
            var word = text.AsSpan(wordStart, cursor - wordStart);
            if (word.Length < 2 || !char.IsUpper(word[0]) || Openers.Contains(word) || !(char.IsLower(word[1]) || (capitalsToo && IsCapitals(word)))
                || (word[^1] == '.' && word.Length > 3))
            {
                break; // "Fort McCoy. Lutheran": a dot after more than "Mt"/"St" ends a sentence, not a word
            }

            start = wordStart;
            words++;
            cursor = wordStart - 1;
        }

        return (start, words);
    }

    private static bool IsCapitals(ReadOnlySpan<char> word) => word.Length <= 4 && !word.ContainsAnyExceptInRange('A', 'Z');
}
