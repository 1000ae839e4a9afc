namespace Sermo.Ingest.Anonymization;

/// <summary>
/// A workplace, school or business named in a place slot (round 16, decision 124): after "at" or "from" (and "the"), one to four
/// capitalised words and then a kind of workplace ("at Koch Foods plant", "from Lincoln Elementary", "at Nucor steel mill" is not
/// one: a lower-case word breaks the run), with " in Town" after it when there is one ("at the Perdue plant in Salisbury");
/// or those words and " in " a town the rules found ("at St. Agnes in Fond du Lac"). Where a patient works or a child goes to
/// school narrows them as a town does, and the slot and the head noun carry the cue, as for the facilities of decision 111. No
/// word of the run may be clinical, an eponym, a month, a holiday, a title, a state or a place of care (those are other rules').
/// </summary>
internal static class WorkplacesInPlaceSlots
{
    private const int MaxWords = 4;

    private const int MaxTownWords = 3;

    /// <summary>
    /// Kinds of workplace, school or church that close a name ("Crestline plant", "Harbor Iron Works"). Strong enough to make a
    /// place of the capitalised words before them with no town after; <see cref="PlacesAroundFoundTowns"/> reads them too, with
    /// the shops and halls that are places only before a found town.
    /// </summary>
    internal static readonly string[] HeadNouns =
        ["plant", "mill", "mine", "warehouse", "factory", "refinery", "shipyard", "works", "distribution", "cannery", "foundry", "quarry",
         "school", "academy", "campus", "church", "parish", "mosque", "temple", "synagogue"];

    // Lower case or capitalised after the run: "Crestline plant", "Harbor Iron Works", "Lincoln Elementary".
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Heads = new HashSet<string>(HeadNouns, StringComparer.OrdinalIgnoreCase)
        .GetAlternateLookup<ReadOnlySpan<char>>();

    // Round 54 (decision 387): kinds of workplace, venue and lodging read only in lower case right after the run ("at Greyhound
    // station", "lives at Rancho Verde camp", "at the Pell County fairgrounds"), and only when a word of the run names the
    // place: "at the Fire station" and "from Summer camp" stay. Capitalised, they are WorkplacesAndVenuesByHead's, which has the
    // same kind words; a capitalised run closed by one of them ("at the Bus Station") is not read here.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> LowerCaseHeads = WordLookups.Ordinal(
        "sawmill", "smelter", "boatyard", "dockyard", "railyard", "lumberyard", "depot", "terminal", "wharf", "pier", "docks", "hangar",
        "helipad", "airfield", "airstrip", "marina", "station", "stables", "kennels", "cattery", "apiary", "vineyard", "orchard",
        "winery", "hatchery", "sanctuary", "rescue", "speedway", "raceway", "racetrack", "rink", "arena", "stadium", "ballpark",
        "fairgrounds", "studio", "gallery", "theatre", "theater", "playhouse", "casino", "bakery", "creamery", "brewery",
        "distillery", "diner", "tavern", "saloon", "firehouse", "outpost", "observatory", "hostel", "motel", "campground", "camp");

    // Heads only in capitals, closing a run ("Roosevelt Middle"): in lower case they are words ("high", "middle of the night").
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SchoolLevels = new HashSet<string>(
        ["Elementary", "Middle", "High"], StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private const WordKind NeverAWorkplaceWord = WordKind.Clinical | WordKind.Eponym | WordKind.Month | WordKind.Holiday | WordKind.Title
        | WordKind.State | WordKind.Institution | WordKind.PersonCue | WordKind.TimePreposition;

    public static void Detect(TokenIndex index, List<Detection> found)
    {
        var tokens = index.Tokens;
        var text = index.Text;
        var count = found.Count;
        for (var i = 0; i + 2 < tokens.Count; i++)
        {
            // Cheap shape first: a two- or four-letter lower-case word, then the two slot words.
            var slot = tokens[i];
            if (slot.Length is not (2 or 4) || !char.IsLower(text[slot.Start]) || FoundTokens.Word(index, i) is not ("at" or "from")
                || FoundTokens.Gap(index, i, i + 1) is not " ")
            {
                continue;
            }

            var first = i + 1;
            if (FoundTokens.Word(index, first) is "the" && first + 1 < tokens.Count && FoundTokens.Gap(index, first, first + 1) is " ")
            {
                first++;
            }

            var after = RunEnd(index, first, MaxWords);
            if (after == first)
            {
                continue;
            }

            var last = HeadAt(index, after, out var lastOfHead) || LowerCaseHeadAt(index, first, after, out lastOfHead) ? lastOfHead : HeadClosesRun(index, first, after) ? after - 1 : -1;
            if (last >= 0)
            {
                last = TownAfter(index, last, found, count, requireFound: false);
            }
            else
            {
                var town = TownAfter(index, after - 1, found, count, requireFound: true);
                last = town > after - 1 ? town : -1;
            }

            if (last >= 0)
            {
                found.Add(new Detection(tokens[first].Start, tokens[last].End, PhiType.City, 1));
                i = last;
            }
        }
    }

    // The token after a run of up to <paramref name="max"/> capitalised words joined by single spaces from <paramref name="first"/>.
    private static int RunEnd(TokenIndex index, int first, int max)
    {
        var k = first;
        while (k < index.Tokens.Count && k - first < max && (k == first || FoundTokens.Gap(index, k - 1, k) is " " || (IsSaint(index, k - 1) && FoundTokens.Gap(index, k - 1, k) is ". "))
            && char.IsUpper(index.Text[index.Tokens[k].Start]) && (index.Kinds[k] & NeverAWorkplaceWord) == 0)
        {
            k++;
        }

        return k;
    }

    private static bool IsSaint(TokenIndex index, int k) => FoundTokens.Word(index, k) is "St" or "Ste" or "Mt" or "Ft";

    // A head noun right after the run ("plant", "distribution center", "truck stop"); its last token.
    private static bool HeadAt(TokenIndex index, int at, out int last)
    {
        last = at;
        if (at >= index.Tokens.Count || FoundTokens.Gap(index, at - 1, at) is not " ")
        {
            return false;
        }

        var word = FoundTokens.Word(index, at);
        if (word.Equals("truck", StringComparison.OrdinalIgnoreCase))
        {
            var stop = at + 1 < index.Tokens.Count && FoundTokens.Word(index, at + 1).Equals("stop", StringComparison.OrdinalIgnoreCase);
            last = at + 1;
            return stop;
        }

        if (!Heads.Contains(word))
        {
            return false;
        }

        if (word.Equals("distribution", StringComparison.OrdinalIgnoreCase) && at + 1 < index.Tokens.Count
            && FoundTokens.Word(index, at + 1).Equals("center", StringComparison.OrdinalIgnoreCase))
        {
            last = at + 1;
        }

        return true;
    }

    // A lower-case head of <see cref="LowerCaseHeads"/> right after the run, when a word of the run names the place.
    private static bool LowerCaseHeadAt(TokenIndex index, int first, int at, out int last)
    {
        last = at;
        if (at >= index.Tokens.Count || !char.IsLower(index.Text[index.Tokens[at].Start]) || FoundTokens.Gap(index, at - 1, at) is not " "
            || !LowerCaseHeads.Contains(FoundTokens.Word(index, at)))
        {
            return false;
        }

        for (var k = first; k < at; k++)
        {
            if (!WorkplacesAndVenuesByHead.IsKindWord(FoundTokens.Word(index, k)))
            {
                return true;
            }
        }

        return false;
    }

    // A capitalised head that closes a run of two or more words: "Harbor Iron Works", "Lincoln Elementary".
    private static bool HeadClosesRun(TokenIndex index, int first, int after) =>
        after - first >= 2 && (Heads.Contains(FoundTokens.Word(index, after - 1)) || SchoolLevels.Contains(FoundTokens.Word(index, after - 1)));

    // " in Town" after <paramref name="last"/>: its last token, or <paramref name="last"/> when there is none. With
    // <paramref name="requireFound"/> the town must be one the rules found (a City candidate starting there).
    private static int TownAfter(TokenIndex index, int last, List<Detection> found, int count, bool requireFound)
    {
        var tokens = index.Tokens;
        var at = last + 1;
        if (at + 1 >= tokens.Count || FoundTokens.Word(index, at) is not "in" || FoundTokens.Gap(index, last, at) is not " "
            || FoundTokens.Gap(index, at, at + 1) is not " ")
        {
            return last;
        }

        var end = RunEnd(index, at + 1, MaxTownWords);
        if (end == at + 1)
        {
            return last;
        }

        if (requireFound)
        {
            var start = tokens[at + 1].Start;
            var isFound = false;
            for (var c = 0; c < count && !isFound; c++)
            {
                isFound = found[c].Type == PhiType.City && found[c].Start == start;
            }

            if (!isFound)
            {
                return last;
            }
        }

        return end - 1;
    }
}
