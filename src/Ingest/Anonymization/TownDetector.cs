using System.Collections.Frozen;

namespace Sermo.Ingest.Anonymization;

/// <summary>
/// Cities and towns after a place preposition: "in Dayton", "from Ann Arbor" (listed), and the small towns no list
/// holds: a word no list knows and no common English word ("from Ethete"), a run opened by a compass or place prefix
/// ("in Upper Arlington", "from South Oroville") or closed by a place noun ("from Tellico Village", "in Jurupa
/// Valley"), and, where the words before say someone lives or is treated there ("lives alone in Laurel", "nursing home
/// in Lee"), a one-word town that is also an English word or a name. States stay ("in North Carolina").
/// </summary>
internal static class TownDetector
{
    private const int MaxWords = 3;

    // Prepositions after which an unknown capitalised word is read as a place; "to", "at", "of" are left out
    // ("switched to Vyvgart", "at Kaiser") unless the words before speak of living or being treated there.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> StrongPrepositions =
        FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "in", "from", "near", "outside", "around", "visiting").GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PlacePrefixes = FrozenSet.Create(StringComparer.Ordinal,
        "North", "South", "East", "West", "Upper", "Lower", "New", "Old", "Fort", "Port", "Mount", "Lake", "Glen", "Little", "Big", "Grand", "Great",
        "Saint", "San", "Santa", "Los", "Las", "La", "El", "Del").GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PlaceNouns = FrozenSet.Create(StringComparer.Ordinal,
        "Valley", "Village", "Acres", "Place", "Terrace", "Corner", "Corners", "Heights", "Park", "Springs", "Falls", "Hills", "Beach", "City", "Junction",
        "Butte", "Ridge", "Creek", "Center", "Grove", "Crossing", "Landing", "Harbor", "Point", "Mills", "Bluff", "Bluffs", "Lakes", "Shores", "Estates",
        "Gardens", "Meadows", "Woods", "Plains", "Township", "Station", "Bay", "Island", "Rapids", "Forks", "Gap", "Hollow", "Pines", "Oaks", "Manor",
        "Haven", "Ferry", "Bend", "Flats", "Prairie", "Hill", "Town", "Ville", "Poniente", "Norte", "Sur").GetAlternateLookup<ReadOnlySpan<char>>();

    // Lower-case words inside a town's name: "Prairie du Sac", "Parcelas La Milagrosa".
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Connectors =
        FrozenSet.Create(StringComparer.Ordinal, "du", "de", "la", "del", "le", "on", "upon").GetAlternateLookup<ReadOnlySpan<char>>();

    // Words that say a person lives, works or is treated at the place named next: "lives alone in", "nursing home in".
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ResidenceWords = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "lives", "lived", "living", "live", "resides", "resided", "residing", "moved", "moving", "relocated", "transferred", "drove", "drives", "driving",
        "grew", "raised", "born", "native", "home", "hometown", "clinic", "hospital", "ed", "er", "practice", "office", "pharmacy", "facility", "center",
        "centre", "town", "village", "nursing", "rehab", "shelter", "farm", "ranch", "family", "patient", "man", "woman", "lady", "guy", "folks",
        "couple", "retired", "works", "worked", "working", "stationed", "deployed", "stays", "staying", "alone", "back", "up").GetAlternateLookup<ReadOnlySpan<char>>();

    public static void Detect(TokenIndex index, NameLexicon lexicon, List<Detection> found)
    {
        var text = index.Text;
        var tokens = index.Tokens;
        var lastCity = -1; // token index of the last city found, for "in Boston and Chicago"
        for (var i = 1; i < tokens.Count; i++)
        {
            var token = tokens[i];
            var previous = tokens[i - 1];
            if (!char.IsUpper(text[token.Start]) || token.IsPossessive || token.Start - previous.PossessiveEnd != 1)
            {
                continue;
            }

            // The word before is read only for the rare capitalised token right after a city.
            var listed = lastCity == i - 2 && text.AsSpan(previous.Start, previous.Length) is "and" or "or";
            if ((index.Kinds[i - 1] & WordKind.PlacePreposition) == 0 && !listed)
            {
                continue;
            }

            if (TownEnd(index, lexicon, i, listed) is not { } last)
            {
                continue;
            }

            found.Add(new Detection(token.Start, tokens[last].End, PhiType.City, 6));
            lastCity = last;
            i = last;
        }
    }

    private static int? TownEnd(TokenIndex index, NameLexicon lexicon, int first, bool listed)
    {
        var text = index.Text;
        var tokens = index.Tokens;
        if (tokens[first].Length < 2 || !IsTownWord(index, first))
        {
            return null;
        }

        var last = RunEnd(index, first);
        if ((last + 1 < tokens.Count && (index.Kinds[last + 1] & WordKind.HeadNoun) != 0) || HasEponymPart(index, lexicon, first, last))
        {
            return null; // "in Brown-Sequard syndrome", "in Wolff-Parkinson-White": a disease, not a town
        }

        for (var end = last; end >= first; end--)
        {
            var name = text.AsSpan(tokens[first].Start, tokens[end].End - tokens[first].Start);
            if (lexicon.Eponyms.Contains(name) || lexicon.ClinicalTerms.Contains(name) || (end == last && UsStates.IsState(name)) || IsPossessiveAt(text, tokens[end].End))
            {
                return null; // "in Huntington's disease" is an eponym; "in Florida", "in West Virginia" are states and stay
            }
        }

        // The listed cities as before: two words the list holds together ("Ann Arbor"), or one, unless a run with a place
        // prefix or noun says the town is longer ("from Bellerose Terrace").
        if (last > first && lexicon.Cities.Contains(text.AsSpan(tokens[first].Start, tokens[first + 1].End - tokens[first].Start)))
        {
            return first + 1;
        }

        var prefixOrNoun = last > first && (PlacePrefixes.Contains(Word(index, first)) || PlaceNouns.Contains(Word(index, last)));
        if ((index.Kinds[first] & WordKind.City) != 0 && !prefixOrNoun)
        {
            return UsStates.IsState(Word(index, first)) ? null : first;
        }

        var strong = listed || StrongPrepositions.Contains(Word(index, first - 1));
        var lived = ResidenceBefore(index, first - 1);
        if (!strong && !lived)
        {
            return null;
        }

        if (prefixOrNoun)
        {
            return last;
        }

        // Every word a place or a word no list knows: "from Ethete", "from McLendon-Chisholm", "in Bel-Ridge".
        var allUnknown = true;
        for (var k = first; k <= last && allUnknown; k++)
        {
            allUnknown = Connectors.Contains(Word(index, k)) || IsUnknownOrCity(index, lexicon, k);
        }

        if (allUnknown)
        {
            return last;
        }

        // "lives alone in Laurel", "nursing home in Lee": a one-word town that is also a word or a name.
        var single = index.Kinds[first];
        return lived && (lexicon.WordCities.Contains(Word(index, first)) || (single & WordKind.ListedName) != 0) && (single & WordKind.Month) == 0 ? first : null;
    }

    // Capitalised words (and the lower-case connectors of a town's name) that follow one another with single spaces.
    private static int RunEnd(TokenIndex index, int first)
    {
        var tokens = index.Tokens;
        var last = first;
        for (var k = first + 1; k < tokens.Count && k - first < MaxWords + 1; k++)
        {
            if (tokens[k - 1].IsPossessive || tokens[k].Start - tokens[k - 1].End != 1 || index.Text[tokens[k].Start - 1] != ' ' || !IsTownWord(index, k))
            {
                break;
            }

            if (char.IsUpper(index.Text[tokens[k].Start]))
            {
                last = k;
            }
            else if (!Connectors.Contains(Word(index, k)))
            {
                break;
            }
        }

        return last;
    }

    // No clinical word, month, title or cue; capitalised words in title case ("ICU", "ED" are abbreviations, not towns).
    private static bool IsTownWord(TokenIndex index, int k) =>
        (index.Kinds[k] & (WordKind.Clinical | WordKind.Month | WordKind.Holiday | WordKind.Title | WordKind.PersonCue)) == 0
        && (!char.IsUpper(index.Text[index.Tokens[k].Start]) || (NameTokenizer.IsNameCase(Word(index, k)) && index.Tokens[k].Length > 1));

    private static bool IsUnknownOrCity(TokenIndex index, NameLexicon lexicon, int k)
    {
        var kinds = index.Kinds[k];
        var word = Word(index, k);
        return (kinds & ~WordKind.City) == WordKind.None && word.Length >= 3 && char.IsUpper(word[0]) && word[1..].ContainsAnyInRange('a', 'z')
            && ((kinds & WordKind.City) != 0 || !lexicon.EnglishWords.Contains(word));
    }

    private static bool HasEponymPart(TokenIndex index, NameLexicon lexicon, int first, int last)
    {
        for (var k = first; k <= last; k++)
        {
            var word = Word(index, k);
            if (word.Contains('-'))
            {
                foreach (var part in word.Split('-'))
                {
                    if (lexicon.Eponyms.Contains(word[part]))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    private static bool ResidenceBefore(TokenIndex index, int preposition)
    {
        for (var k = preposition - 1; k >= 0 && k >= preposition - 3; k--)
        {
            if (ResidenceWords.Contains(Word(index, k)))
            {
                return true;
            }
        }

        return false;
    }

    private static ReadOnlySpan<char> Word(TokenIndex index, int k) => index.Text.AsSpan(index.Tokens[k].Start, index.Tokens[k].Length);

    private static bool IsPossessiveAt(string text, int end) => end < text.Length && text[end] is '\'' or '\u2019';
}
