namespace Sermo.Ingest.Anonymization;

/// <summary>
/// A town written before a state code where the town is also a clinical word, a country or an eponym ("Cushing, OK 74023",
/// "from Norway, ME", "in Finland, MN", "Truth or Consequences, NM"), which the place lists refuse on their own (round 10,
/// decision 073). A capitalised word before ", " and a two-capital state code is a town when a ZIP follows the code or a place
/// preposition stands before the town: "Cushing, MD" alone (a syndrome and a credential) stays. With no comma ("Sisters OR
/// 97759" after a street line, round 11) the ZIP must follow.
/// </summary>
internal static class TownBeforeStateCode
{
    private const int MaxTownWords = 3;

    public static void Detect(TokenIndex index, List<Detection> found)
    {
        var tokens = index.Tokens;
        var text = index.Text;
        for (var j = 1; j < tokens.Count; j++)
        {
            var code = Word(index, j);
            if (code.Length != 2 || !char.IsAsciiLetterUpper(code[0]) || !char.IsAsciiLetterUpper(code[1]) || !UsStates.IsState(code))
            {
                continue;
            }

            // "Sisters OR 97759" after a street line (round 11): with no comma the ZIP must follow, and a town may be a family word.
            var zipAfter = ZipAfter(text, tokens[j].End);
            var comma = Gap(index, j - 1, j) is ", ";
            if (!(comma || (zipAfter && Gap(index, j - 1, j) is " ")) || !IsTownWord(index, j - 1, strict: comma))
            {
                continue;
            }

            var first = j - 1;
            while (first > 0 && j - first < MaxTownWords && Gap(index, first - 1, first) is " "
                && (IsTownWord(index, first - 1, strict: comma) || (Word(index, first - 1) is "or" or "and" && first >= 2 && IsTownWord(index, first - 2, strict: comma))))
            {
                first--;
            }

            var prepositionBefore = first > 0 && (index.Kinds[first - 1] & WordKind.PlacePreposition) != 0 && Gap(index, first - 1, first) is " ";
            if (zipAfter || prepositionBefore)
            {
                found.Add(new Detection(tokens[first].Start, tokens[j - 1].End, PhiType.City, 4));
            }
        }
    }

    private static bool IsTownWord(TokenIndex index, int i, bool strict)
    {
        var word = Word(index, i);
        const WordKind notTown = WordKind.Month | WordKind.Holiday | WordKind.Title | WordKind.PersonCue | WordKind.State | WordKind.PlacePreposition | WordKind.TimePreposition;
        const WordKind notTownBeforeZip = WordKind.Month | WordKind.Holiday | WordKind.Title | WordKind.State | WordKind.PlacePreposition | WordKind.TimePreposition;
        return word.Length >= 3 && char.IsUpper(word[0]) && word[1..].ContainsAnyInRange('a', 'z') && (index.Kinds[i] & (strict ? notTown : notTownBeforeZip)) == 0;
    }

    // " 74023" or " 74023-1234" right after the state code.
    private static bool ZipAfter(string text, int position)
    {
        if (position + 6 > text.Length || text[position] != ' ')
        {
            return false;
        }

        for (var k = position + 1; k < position + 6; k++)
        {
            if (!char.IsAsciiDigit(text[k]))
            {
                return false;
            }
        }

        return position + 6 == text.Length || !char.IsAsciiDigit(text[position + 6]);
    }

    private static ReadOnlySpan<char> Gap(TokenIndex index, int left, int right) =>
        index.Text.AsSpan(index.Tokens[left].PossessiveEnd, index.Tokens[right].Start - index.Tokens[left].PossessiveEnd);

    private static ReadOnlySpan<char> Word(TokenIndex index, int i) => index.Text.AsSpan(index.Tokens[i].Start, index.Tokens[i].Length);
}
