namespace Sermo.Ingest.Anonymization;

/// <summary>
/// A facility's whole name when the finders took only some of its words (round 21, decision 150): in "Golden Meadows Care Center",
/// "Northern Navajo Medical Center", "Lutheran Home of Frostproof" or "Our Lady of Sorrows School" the detector or a rule finds the
/// name-like words as a person or a town and leaves the head noun and its neighbours, so "[CITY] Care [CITY]" gives the place away.
/// A run of capitalised words (joined by single spaces, "of", "the", "and", "&amp;" or "St."), with a head noun of a place of care,
/// school, church or home and at least one word already found as a name or town, is one place. Facilities with no found word are
/// <see cref="NamedFacilities"/>' (round 14); the pooled misses of rounds 10-20 had partly found ones in nine of eleven rounds.
/// </summary>
internal static class FacilitiesAroundFoundWords
{
    private const int MaxRun = 8;

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Heads = new HashSet<string>(
        ["Nursing", "Care", "Center", "Centre", "Medical", "Clinic", "Hospital", "Academy", "School", "College", "University", "Church",
         "Chapel", "Living", "Rehab", "Practice", "Surgery", "Memorial", "Regional", "Village", "Home", "Manor", "Mission", "Shelter",
         "Daycare", "Elementary", "Institute", "Hospice", "Baptist", "Methodist", "Lutheran", "Orthodox", "Works", "Acres", "Meadows",
         "Lodge", "Infirmary", "Sanatorium", "Parish", "Temple", "Mosque", "Synagogue",
         // Round 50 (decision 343): "[town] General", "[town] County Jail", "[town] State Prison" were left half found in rounds 30,
         // 40-42 and 45-46. "General" closes the run only ("[name] General Surgery" is a service), see Detect.
         "General", "Jail", "Prison"],
        StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Joiners = new HashSet<string>(
        ["of", "the", "and", "&"], StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    public static void Detect(TokenIndex index, List<Detection> found)
    {
        var tokens = index.Tokens;
        var count = found.Count;
        for (var h = 0; h < tokens.Count; h++)
        {
            if (!IsCapitalised(index, h) || !Heads.Contains(FoundTokens.Word(index, h)))
            {
                continue;
            }

            var (first, last) = Run(index, h);
            if (last > h && FoundTokens.Word(index, h) is "General")
            {
                continue; // "General Surgery", "Attorney General Paxton": a service or a title, not a hospital's name
            }

            // A run one detection already covers whole has nothing left to take.
            if (last - first < 1 || !HasFoundWord(index, first, last, found, count)
                || FoundTokens.CoveredByOne(found, count, tokens[first].Start, tokens[last].End))
            {
                continue;
            }

            found.Add(new Detection(tokens[first].Start, tokens[last].PossessiveEnd, PhiType.City, 1));
            h = last;
        }
    }

    private static (int First, int Last) Run(TokenIndex index, int h)
    {
        var first = h;
        while (first > 0 && h - first < MaxRun && Joined(index, first - 1, first))
        {
            first--;
        }

        while (first < h && !IsCapitalised(index, first))
        {
            first++; // a joiner never opens the run
        }

        var last = h;
        while (last + 1 < index.Tokens.Count && last - first < MaxRun && Joined(index, last, last + 1))
        {
            last++;
        }

        while (last > h && !IsCapitalised(index, last))
        {
            last--; // nor closes it
        }

        return (first, last);
    }

    // Two neighbours of one name: capitalised words or a joiner between capitalised words, a single space apart ("St. Jude's": a period too).
    private static bool Joined(TokenIndex index, int left, int right)
    {
        var gap = FoundTokens.Gap(index, left, right);
        if (gap is not " " && !(gap is ". " && FoundTokens.Word(index, left) is "St" or "Mt" or "Ft"))
        {
            return false;
        }

        return (IsCapitalised(index, left) || Joiners.Contains(FoundTokens.Word(index, left))) && (IsCapitalised(index, right) || Joiners.Contains(FoundTokens.Word(index, right)));
    }

    private static bool IsCapitalised(TokenIndex index, int i)
    {
        var word = FoundTokens.Word(index, i);
        return word.Length >= 2 && char.IsUpper(word[0]) && char.IsLetter(word[1]);
    }

    private static bool HasFoundWord(TokenIndex index, int first, int last, List<Detection> found, int count)
    {
        for (var c = 0; c < count; c++)
        {
            var d = found[c];
            if ((d.Type is PhiType.Name or PhiType.City or PhiType.Address) && d.Start < index.Tokens[last].End && index.Tokens[first].Start < d.End)
            {
                return true;
            }
        }

        return false;
    }
}
