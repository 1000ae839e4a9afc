namespace Sermo.Ingest.Anonymization;

/// <summary>
/// The given name after a found surname and a comma, "Surname, Given", when the clause goes on in lower case or with a number
/// (round 40, decision 249): "reservist Okafor, Blessing back from ...", "jockey Lund, Meadow thrown at ...", "Kowal, Iryna rm 12".
/// Decision 091's list rule takes the given name only when a mark closes it. The surname is one found word that opens its name
/// (no capitalised word one space before it); the given name is a listed name, or a word of no English list when a mark or a digit
/// follows it; of no clinical, place, eponym or disease list, and not a word that opens a sentence as a verb ("Hope this helps").
/// </summary>
internal static class GivenNamesAfterFoundSurnames
{
    public static void Detect(TokenIndex index, List<Detection> found)
    {
        var text = index.Text;
        if (!text.Contains(", ", StringComparison.Ordinal))
        {
            return;
        }

        var tokens = index.Tokens;
        var count = found.Count;
        for (var c = 0; c < count; c++)
        {
            var name = found[c];
            if (name.Type != PhiType.Name)
            {
                continue;
            }

            var surname = FoundTokens.StartingAt(tokens, name.Start);
            if (surname < 0 || tokens[surname].End != name.End || surname + 1 >= tokens.Count || FoundTokens.Gap(index, surname, surname + 1) is not ", "
                || (surname > 0 && FoundTokens.Gap(index, surname - 1, surname) is " " && char.IsUpper(text[tokens[surname - 1].Start])))
            {
                continue;
            }

            var given = surname + 1;
            var listed = IsListedGivenName(index, given);
            if ((listed || IsUnlistedGivenName(index, given)) && ClauseGoesOn(text, tokens[given].PossessiveEnd, lowerCaseToo: listed)
                && !FoundAt(found, count, tokens[given].Start))
            {
                found.Add(new Detection(tokens[given].Start, tokens[given].End, PhiType.Name, 0));
            }
        }
    }

    private static bool IsListedGivenName(TokenIndex index, int i) =>
        (index.Kinds[i] & (WordKind.ListedName | WordKind.NameWord | WordKind.RarerNameWord)) != 0 && IsNameSlotWord(index, i);

    private static bool IsUnlistedGivenName(TokenIndex index, int i) => !index.IsEnglishWord(i) && IsNameSlotWord(index, i);

    private static bool IsNameSlotWord(TokenIndex index, int i)
    {
        var word = FoundTokens.Word(index, i);
        if (!FoundTokens.MayBeNamePart(index, i) || FoundNameNeighbours.SentenceVerbs.Contains(word)
            || ((index.Kinds[i] & (WordKind.City | WordKind.Holiday)) != 0 && !index.IsFirstName(i)))
        {
            return false;
        }

        var lexicon = NameLexicon.Shared;
        return !index.IsClinicalTerm(i) && !lexicon.Eponyms.Contains(word) && !lexicon.DiseaseWords.Contains(word);
    }

    // A mark, the end, or a space and then a digit ("rm 12" needs its lower-case word: listed names only; "57M"), or, after a listed
    // name, a lower-case word ("back from"). A word no list knows before a lower-case word may be a clinical adjective ("Cardiac
    // surgery"); a capitalised word after it ("Grace Hospital") is left to the other rules.
    private static bool ClauseGoesOn(string text, int end, bool lowerCaseToo) =>
        end == text.Length || text[end] is '.' or ',' or ';' or ':' or '!' or '?' or '\n' or ')'
        || (end + 1 < text.Length && text[end] == ' ' && ((lowerCaseToo && char.IsLower(text[end + 1])) || char.IsDigit(text[end + 1])));

    /// <summary>Whether a detection among the first <paramref name="count"/> covers <paramref name="start"/>.</summary>
    internal static bool FoundAt(List<Detection> found, int count, int start)
    {
        for (var c = 0; c < count; c++)
        {
            if (found[c].Start <= start && found[c].End > start)
            {
                return true;
            }
        }

        return false;
    }
}
