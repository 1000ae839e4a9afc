namespace Sermo.Ingest.Anonymization;

/// <summary>
/// A US town the gazetteer holds, read by what follows it where no preposition comes before (round 42, decision 265): a state
/// code with no comma between ("8 months, Embarrass MN.", "RR 1 Box 22, Due West SC but") and a place of care opening a post,
/// line or clause ("Nome ED, brought him in", "Pine Ridge hospital: called", "Strasburg clinic"). <see cref="LocationDetector"/>
/// reads a town before ", ST" and <see cref="TownDetector"/> a town before a place of care after "the" or a lower-case word;
/// neither reads these. Only towns no list calls a word, a name, a clinical or a state word when one word ("Mayo clinic",
/// "Smith clinic", "Providence hospital" stay); a state code that is also a word ("OK", "IN", "OR", "ME") only before the end,
/// punctuation or a ZIP.
/// Cost (decision 093): per token its length and two capitals (a code) or the institution flag of the token after it first.
/// </summary>
internal static class ListedTownsBeforeCodesOrCare
{
    private const int MaxWords = 3;

    private const WordKind NeverAOneWordTown = WordKind.Clinical | WordKind.Eponym | WordKind.Month | WordKind.Holiday | WordKind.State | WordKind.Title
        | WordKind.PersonCue | WordKind.PlacePreposition | WordKind.TimePreposition | WordKind.HeadNoun | WordKind.Institution | WordKind.ListedName;

    public static void Detect(TokenIndex index, List<Detection> found)
    {
        var tokens = index.Tokens;
        for (var k = 1; k < tokens.Count; k++)
        {
            var closer = IsStateCodeAfterTown(index, k) || IsCareAfterOpeningTown(index, k);
            var stateCode = closer && IsStateCode(index, k);
            if (closer && ListedRunStart(index, k - 1, stateCode) is { } first && IsOpening(index, first, stateCode))
            {
                FoundTokens.AddUncut(found, new Detection(tokens[first].Start, tokens[k - 1].End, PhiType.City, 6));
            }
        }
    }

    // "Embarrass MN.", "Due West SC but", "Slapout OK 73848": two capitals of a state code one space after a title-case word;
    // a code that is a word too only before the end, punctuation or digits.
    private static bool IsStateCodeAfterTown(TokenIndex index, int k)
    {
        var word = FoundTokens.Word(index, k);
        if (word.Length != 2 || !char.IsAsciiLetterUpper(word[0]) || !char.IsAsciiLetterUpper(word[1]) || !UsStates.IsState(word)
            || FoundTokens.Gap(index, k - 1, k) is not " " || !FoundTokens.IsTitleCase(FoundTokens.Word(index, k - 1)))
        {
            return false;
        }

        if (word is not ("OK" or "IN" or "OR" or "ME" or "HI" or "OH" or "AL" or "LA" or "PA" or "MA" or "DE" or "CO" or "ID"))
        {
            return true;
        }

        var end = index.Tokens[k].End;
        var text = index.Text;
        return end >= text.Length || text[end] is '.' or ',' or ';' or ':' or ')' or '\n' || (end + 1 < text.Length && text[end] == ' ' && char.IsAsciiDigit(text[end + 1]));
    }

    private static bool IsStateCode(TokenIndex index, int k) => index.Tokens[k].Length == 2 && char.IsAsciiLetterUpper(index.Text[index.Tokens[k].Start]);

    // "Nome ED", "Pine Ridge hospital", "Strasburg clinic": a place-of-care word one space after a title-case word.
    private static bool IsCareAfterOpeningTown(TokenIndex index, int k) =>
        (index.Kinds[k] & WordKind.Institution) != 0 && FoundTokens.Gap(index, k - 1, k) is " " && FoundTokens.IsTitleCase(FoundTokens.Word(index, k - 1));

    // The first token of the longest run ending at <paramref name="last"/> that us-cities.txt holds whole (us-word-cities.txt
    // too for one word before a state code), its words title case one space apart; a one-word town of no name or clinical kind,
    // and before a place of care no English word.
    private static int? ListedRunStart(TokenIndex index, int last, bool stateCode)
    {
        var text = index.Text;
        var tokens = index.Tokens;
        var lexicon = NameLexicon.Shared;
        int? start = null;
        for (var first = last; first >= 0 && last - first < MaxWords; first--)
        {
            if (first < last && (FoundTokens.Gap(index, first, first + 1) is not " " || tokens[first].IsPossessive || !FoundTokens.IsTitleCase(FoundTokens.Word(index, first))))
            {
                break;
            }

            var run = text.AsSpan(tokens[first].Start, tokens[last].End - tokens[first].Start);
            var listed = first < last ? lexicon.Cities.Contains(run) && !UsStates.IsState(run)
                : (index.Kinds[first] & NeverAOneWordTown) == 0
                    && (stateCode ? lexicon.Cities.Contains(run) || lexicon.WordCities.Contains(run) : !index.IsEnglishWord(first) && lexicon.Cities.Contains(run));
            if (listed)
            {
                start = first;
            }
        }

        return start;
    }

    // Nothing capitalised joined before the town (a longer name: "Lincoln Elementary Nome ED" is not read); before a place of
    // care or a state code, the town opens the post, a line or a clause (after ", ", ": ", ". ", "(" or a line break), where TownDetector's
    // determiner is missing.
    private static bool IsOpening(TokenIndex index, int first, bool stateCode)
    {
        if (first == 0)
        {
            return true;
        }

        var gap = FoundTokens.Gap(index, first - 1, first);
        if (gap is " ")
        {
            return stateCode && !char.IsUpper(index.Text[index.Tokens[first - 1].Start]);
        }

        // Digits are no tokens: ", 88, Embarrass MN" has the gap ", 88, ".
        return gap.EndsWith(", ", StringComparison.Ordinal) || gap.EndsWith(": ", StringComparison.Ordinal) || gap.EndsWith(". ", StringComparison.Ordinal)
            || gap.EndsWith('(') || gap.Contains('\n');
    }
}
