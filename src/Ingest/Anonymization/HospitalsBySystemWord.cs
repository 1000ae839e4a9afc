namespace Sermo.Ingest.Anonymization;

/// <summary>
/// A hospital named by one saint's or one faith system's word with no head noun (round 25, decision 167): "sent her to St.
/// Ansgar's", "admitted at Methodist", "transferred from Sacred Heart", "a nurse at Mercy North". <see cref="NamedFacilities"/>
/// needs a head noun ("Mercy Hospital"); physicians drop it, and the pooled misses of rounds 10-24 hold such hospitals in most
/// rounds. After a place preposition ("at", "to", "from", "into"), which with the short closed list of system words is the cue:
/// the words are English ("mercy", "providence") but after a place preposition and capitalised they name a place. A saint's
/// name followed by a clinical word is an eponym ("St. Vitus dance", "St. John's wort") and stays; a head noun of care after the
/// name is taken with it ("Mercy Health").
/// </summary>
internal static class HospitalsBySystemWord
{
    // The faith and charity words US hospital systems carry alone ("at Baptist", "to Presbyterian").
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SystemWords = WordLookups.Ordinal(
        "Mercy", "Providence", "Baptist", "Methodist", "Presbyterian", "Lutheran", "Adventist", "Episcopal", "Christus");

    // The first word of a two-word system name, with its second: "Sacred Heart", "Good Samaritan", "Holy Cross", "Bon Secours".
    private static readonly Dictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> PairedWords = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["Sacred"] = ["Heart"],
        ["Good"] = ["Samaritan", "Shepherd"],
        ["Holy"] = ["Cross", "Family", "Name", "Redeemer", "Spirit", "Rosary", "Trinity"],
        ["Bon"] = ["Secours"],
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    // A campus after the name: "Mercy West", "Baptist East", "St. Joseph's Downtown".
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Campuses = WordLookups.Ordinal(
        "West", "East", "North", "South", "Downtown", "Central", "Main");

    internal static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Slots = WordLookups.Ordinal("at", "to", "from", "into");

    public static void Detect(TokenIndex index, List<Detection> found)
    {
        var tokens = index.Tokens;
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if ((index.Cues[i] & WordCue.PlaceSlot) == 0 || FoundTokens.Gap(index, i, i + 1) is not " " || !Slots.Contains(FoundTokens.Word(index, i)))
            {
                continue;
            }

            var last = NameEnd(index, i + 1);
            if (last < 0)
            {
                continue;
            }

            var saint = FoundTokens.Word(index, i + 1) is "St" or "Saint";
            last = HeadEnd(index, CampusEnd(index, last));
            if (!IsFollowedByEponymWord(index, last, saint))
            {
                found.Add(new Detection(tokens[i + 1].Start, tokens[last].PossessiveEnd, PhiType.City, 1));
                i = last;
            }
        }
    }

    // The last token of a system word, a two-word system name, or "St."/"Saint" and a title-case name, from <paramref name="first"/>; or -1.
    private static int NameEnd(TokenIndex index, int first)
    {
        var word = FoundTokens.Word(index, first);
        if (word is "St" or "Saint")
        {
            var gap = first + 1 < index.Tokens.Count ? FoundTokens.Gap(index, first, first + 1) : default;
            return gap is " " or ". " && !index.Tokens[first].IsPossessive && FoundTokens.IsTitleCase(FoundTokens.Word(index, first + 1))
                && index.Tokens[first + 1].Length >= 3 && (index.Kinds[first + 1] & WordKind.Clinical) == 0 ? first + 1 : -1;
        }

        if (SystemWords.Contains(word))
        {
            return first;
        }

        if (!PairedWords.TryGetValue(word, out var seconds) || first + 1 >= index.Tokens.Count || index.Tokens[first].IsPossessive
            || FoundTokens.Gap(index, first, first + 1) is not " ")
        {
            return -1;
        }

        var second = FoundTokens.Word(index, first + 1);
        foreach (var candidate in seconds)
        {
            if (second.SequenceEqual(candidate))
            {
                return first + 1;
            }
        }

        return -1;
    }

    private static int CampusEnd(TokenIndex index, int last) =>
        last + 1 < index.Tokens.Count && !index.Tokens[last].IsPossessive && FoundTokens.Gap(index, last, last + 1) is " "
        && Campuses.Contains(FoundTokens.Word(index, last + 1)) ? last + 1 : last;

    // A head noun of care after the name is part of it ("Mercy Health", "Good Shepherd Rehab", "Baptist Medical Center"), which
    // NamedFacilities leaves when every word before the head is a generic or function word to it.
    private static int HeadEnd(TokenIndex index, int last)
    {
        if (last + 1 >= index.Tokens.Count || index.Tokens[last].IsPossessive || FoundTokens.Gap(index, last, last + 1) is not " "
            || !NamedFacilities.Heads.Contains(FoundTokens.Word(index, last + 1)))
        {
            return last;
        }

        return FoundTokens.Word(index, last + 1) is "Medical" && last + 2 < index.Tokens.Count && FoundTokens.Gap(index, last + 1, last + 2) is " "
            && FoundTokens.Word(index, last + 2) is "Center" or "Centre" ? last + 2 : last + 1;
    }

    // An eponym's head noun after the name ("Baptist syndrome"), or after a saint a clinical word ("to St. Vitus dance", "from St.
    // Louis encephalitis", "switched to St. John's wort"): no hospital.
    private static bool IsFollowedByEponymWord(TokenIndex index, int last, bool saint)
    {
        if (last + 1 >= index.Tokens.Count || FoundTokens.Gap(index, last, last + 1) is not " ")
        {
            return false;
        }

        var kinds = index.Kinds[last + 1];
        return (kinds & WordKind.HeadNoun) != 0 || (saint && ((kinds & WordKind.Clinical) != 0 || FoundTokens.Word(index, last + 1) is "wort" or "dance" or "fire"));
    }
}
