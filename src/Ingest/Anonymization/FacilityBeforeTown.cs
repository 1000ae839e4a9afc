namespace Sermo.Ingest.Anonymization;

/// <summary>
/// A facility named by a word and its town (round 13, decision 100): after "at", "from", "to" or "in", a capitalised word right
/// before a town the finders found is the facility's name ("transfer from Mercy [town]", "at Providence [town]"), and goes with
/// the town, whatever the word (Mercy, Providence, Baptist and Methodist are clinical or English words too). A state, month or
/// function word stays ("in West [town]" is still one place and goes; "in March [town]" keeps March).
/// </summary>
internal static class FacilityBeforeTown
{
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Prepositions = new HashSet<string>(
        ["at", "from", "to", "in"], StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    public static void Detect(TokenIndex index, List<Detection> found)
    {
        var tokens = index.Tokens;
        var count = found.Count;
        for (var c = 0; c < count; c++)
        {
            var town = found[c];
            if (town.Type != PhiType.City)
            {
                continue;
            }

            var first = FoundTokens.StartingAt(tokens, town.Start);
            var word = first - 1;
            if (word < 1 || FoundTokens.Gap(index, word, first) is not " " || FoundTokens.Gap(index, word - 1, word) is not " " || tokens[word].IsPossessive
                || !FoundTokens.IsTitleCase(FoundTokens.Word(index, word)) || !Prepositions.Contains(FoundTokens.Word(index, word - 1))
                || (index.Kinds[word] & (WordKind.State | WordKind.Month | WordKind.Holiday | WordKind.Title | WordKind.PersonCue)) != 0
                || ((index.Cues[word] & WordCue.FunctionWord) != 0 && FoundTokens.FunctionWords.Contains(FoundTokens.Word(index, word))))
            {
                continue;
            }

            found.Add(new Detection(tokens[word].Start, town.End, PhiType.City, town.Priority));
        }
    }
}
