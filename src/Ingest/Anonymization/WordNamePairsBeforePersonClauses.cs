namespace Sermo.Ingest.Anonymization;

/// <summary>
/// A given name and a surname that are both words, opening a post, a sentence or a line before a person's clause (round 43,
/// decision 273): "Honey Baker, 88, giant cell", "Summer Rain refuses blood", "Duke Bright relapsed", "Faith Brown who runs the
/// desk". The name lists hold both parts, but as English words at a sentence start the learned detector scores them low and the
/// rules leave them; across rounds 10-40 such pairs recur by hand and generated. The clause is decision 258's
/// (<see cref="LowerCaseNamesBeforePersonClauses.ClauseAt"/>: a set-off age, a person's verb, a return) or one of a few verbs a
/// case opens with. Both words title case, the first a listed given name, the second a listed surname, neither of a kind a name
/// part never has (clinical, eponym, month, title...), a function word or a given name that opens a sentence as a verb ("Will").
/// </summary>
internal static class WordNamePairsBeforePersonClauses
{
    // Verbs a case opens with after the patient's name, beyond the person verbs decision 258 reads: "Dusty Wolf presented with".
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CaseVerbs = new HashSet<string>(
        ["who", "presented", "relapsed", "ran", "collapsed", "fell", "walked"], StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    // Given names that open a sentence as a verb or a modal ("Will Ward be there", "Grant Park is closed"): FoundNameExtensions'
    // list and these.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SentenceVerbs = new HashSet<string>(
        [.. FoundNameExtensions.SentenceVerbs, "Bill", "Pat", "Rob", "Art", "Jack", "Buck", "Hope", "Trust", "Drew"],
        StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    public static void Detect(TokenIndex index, List<Detection> found)
    {
        var tokens = index.Tokens;
        var text = index.Text;
        for (var first = 0; first + 1 < tokens.Count; first++)
        {
            // Per word a flag and a first letter (decision 093); the lists and the clause only for an opening capital pair.
            if (!tokens[first].SentenceStart || !char.IsUpper(text[tokens[first].Start]) || tokens[first].IsPossessive)
            {
                continue;
            }

            var last = first + 1;
            if (FoundTokens.Gap(index, first, last) is not " " || !IsWordNamePart(index, first) || !IsWordNamePart(index, last)
                || SentenceVerbs.Contains(FoundTokens.Word(index, first)) || !index.IsFirstName(first) || !index.IsSurname(last)
                || !ClauseFollows(index, last))
            {
                continue;
            }

            found.AddIfFree(new Detection(tokens[first].Start, tokens[last].End, PhiType.Name, 1));
            first = last;
        }
    }

    private static bool IsWordNamePart(TokenIndex index, int i) =>
        FoundTokens.MayBeNamePart(index, i) && (index.Kinds[i] & (WordKind.City | WordKind.Institution)) == 0 && !index.IsClinicalTerm(i);

    private static bool ClauseFollows(TokenIndex index, int last)
    {
        if (LowerCaseNamesBeforePersonClauses.ClauseAt(index, last) != LowerCaseNamesBeforePersonClauses.Clause.None)
        {
            return true;
        }

        var next = last + 1;
        return !index.Tokens[last].IsPossessive && next < index.Tokens.Count && FoundTokens.Gap(index, last, next) is " "
            && CaseVerbs.Contains(FoundTokens.Word(index, next));
    }
}
