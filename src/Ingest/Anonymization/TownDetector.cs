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
        "Haven", "Ferry", "Bend", "Flats", "Prairie", "Hill", "Town", "Ville", "River", "Harbors", "Rock", "Poniente", "Norte", "Sur").GetAlternateLookup<ReadOnlySpan<char>>();

    // Small words inside a town's name: "Prairie du Sac", "Parcelas La Milagrosa" (capitalised only after its first word).
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Connectors = FrozenSet.Create(StringComparer.Ordinal,
        "du", "de", "la", "del", "le", "on", "upon", "La", "De", "Del", "Du", "Le", "Los", "Las").GetAlternateLookup<ReadOnlySpan<char>>();

    // Abbreviations that open or sit inside a town's name with their period: "Sault Ste. Marie", "Ft. Myers", "Mt. Airy".
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Abbreviations =
        FrozenSet.Create(StringComparer.Ordinal, "St", "Ste", "Ft", "Mt", "Pt").GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Nouns of a place of care or service that follow a town's name: "the Millbrook clinic", "the Plainview ER".</summary>
    public static readonly string[] InstitutionNouns =
    [
        "clinic", "clinics", "hospital", "hospitals", "er", "ed", "va", "vamc", "cboc", "icu", "urgent", "nursing", "health", "medical", "fire",
        "police", "sheriff", "ems", "ambulance", "rescue", "airport", "pharmacy", "library", "school", "jail", "prison", "factory", "office",
        "practice", "campus", "facility", "rehab", "hospice", "shelter", "dialysis", "cancer", "cath", "lab", "labs", "imaging", "infusion",
        "memorial", "regional", "general", "community", "university", "college", "courthouse", "daycare",
    ];

    // After these a town may be an English word ("from Superior", "near Broad Ripple"): the capital mid-sentence says a
    // proper noun follows, and departments, countries and languages are listed (departments-and-regions.txt). "in" is
    // left out ("in Primary Care", "in Real Life").
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> OriginPrepositions =
        FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "from", "near", "outside", "visiting").GetAlternateLookup<ReadOnlySpan<char>>();

    // Words before a town that names a place of care: "the Millbrook clinic", "our Rice Lake office".
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Determiners = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "the", "our", "their", "his", "her", "my", "a", "an", "that", "this").GetAlternateLookup<ReadOnlySpan<char>>();

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
            int? end = (index.Kinds[i - 1] & WordKind.PlacePreposition) != 0 || listed ? TownEnd(index, lexicon, i, listed)
                : Determiners.Contains(Word(index, i - 1)) || IsLowerCaseWord(Word(index, i - 1)) ? TownBeforeInstitution(index, lexicon, i) : null;
            end ??= PrefixedTown(index, lexicon, i);
            if (end is not { } last)
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
            var abbreviation = end == first && Abbreviations.Contains(name);
            if ((!abbreviation && (lexicon.Eponyms.Contains(name) || lexicon.ClinicalTerms.Contains(name))) || (end == last && UsStates.IsState(name)) || IsPossessiveAt(text, tokens[end].End))
            {
                return null; // "in Huntington's disease" is an eponym; "in Florida", "in West Virginia" are states and stay
            }
        }

        // The listed cities as before: two words the list holds together ("Ann Arbor"), or one, unless a run with a place
        // prefix or noun says the town is longer ("from Bellerose Terrace", "from Lake Forest Park").
        var prefixOrNoun = last > first && (PlacePrefixes.Contains(Word(index, first)) || Abbreviations.Contains(Word(index, first)) || PlaceNouns.Contains(Word(index, last)));
        if (last > first && lexicon.Cities.Contains(text.AsSpan(tokens[first].Start, tokens[first + 1].End - tokens[first].Start)))
        {
            return last > first + 1 && PlaceNouns.Contains(Word(index, last)) ? last : first + 1;
        }

        if ((index.Kinds[first] & WordKind.City) != 0 && !prefixOrNoun)
        {
            return UsStates.IsState(Word(index, first)) ? null : first;
        }

        // "a call from Destiny", "heard back from Ivy": after what someone sends, "from" names a person, not a town.
        if (!listed && !prefixOrNoun && AfterMessageNoun(index, first - 1))
        {
            return null;
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
            allUnknown = Connectors.Contains(Word(index, k)) || IsParticle(Word(index, k)) || AfterAbbreviation(index, k) || IsUnknownOrCity(index, k);
        }

        if (allUnknown)
        {
            return last;
        }

        if (!listed && OriginPrepositions.Contains(Word(index, first - 1)) && IsProperNounRun(index, first, last))
        {
            return last;
        }

        // "lives alone in Laurel", "nursing home in Lee": a one-word town that is also a word or a name.
        var single = index.Kinds[first];
        return lived && (lexicon.WordCities.Contains(Word(index, first)) || (single & WordKind.ListedName) != 0) && (single & WordKind.Month) == 0 ? first : null;
    }

    // "Port Varney", "Fort Calloway": a harbour, fort or mountain prefix before a name-cased word is a town wherever it stands,
    // unless a title precedes it ("Dr. Port") or a clinical word or place of care follows ("Mount Sinai Hospital").
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TownPrefixes =
        FrozenSet.Create(StringComparer.Ordinal, "Port", "Fort", "Mount").GetAlternateLookup<ReadOnlySpan<char>>();

    private static int? PrefixedTown(TokenIndex index, NameLexicon lexicon, int first)
    {
        var tokens = index.Tokens;
        if (!TownPrefixes.Contains(Word(index, first)) || first + 1 >= tokens.Count || tokens[first + 1].Start - tokens[first].End != 1
            || (first > 0 && (index.Kinds[first - 1] & WordKind.Title) != 0) || !char.IsUpper(index.Text[tokens[first + 1].Start])
            || !IsTownWord(index, first + 1) || tokens[first + 1].Length < 3)
        {
            return null;
        }

        var last = RunEnd(index, first);
        var next = last + 1;
        var institution = next < tokens.Count && (index.Kinds[next] & (WordKind.Institution | WordKind.Clinical)) != 0;
        var run = index.Text.AsSpan(tokens[first].Start, tokens[last].End - tokens[first].Start);
        return institution || lexicon.ClinicalTerms.Contains(run) || lexicon.Eponyms.Contains(run) || UsStates.IsState(run) ? null : last;
    }

    // Capitalised words (and the lower-case connectors of a town's name) that follow one another with single spaces.
    private static int RunEnd(TokenIndex index, int first)
    {
        var tokens = index.Tokens;
        var last = first;
        for (var k = first + 1; k < tokens.Count && k - first < MaxWords + 1; k++)
        {
            // "Sault Ste. Marie": an abbreviation keeps its period inside the run.
            var gap = tokens[k].Start - tokens[k - 1].End;
            var abbreviated = gap == 2 && tokens[k - 1].PeriodAfter && Abbreviations.Contains(Word(index, k - 1));
            if (tokens[k - 1].IsPossessive || (gap != 1 && !abbreviated) || index.Text[tokens[k].Start - 1] != ' ' || !IsTownWord(index, k))
            {
                break;
            }

            var word = Word(index, k);
            if (char.IsUpper(word[0]) && !Connectors.Contains(word))
            {
                last = k;
            }
            else if (!Connectors.Contains(word) && !IsParticle(word))
            {
                break;
            }
            else if (IsParticle(word))
            {
                last = k; // "Coeur d'Alene"
            }
        }

        return last;
    }

    // No clinical word, month, title or cue; capitalised words in title case ("ICU", "ED" are abbreviations, not towns).
    // "St", "Ft", "Mt" with their period open a town's name ("Ste. Genevieve"), although "St" alone is on the clinical list.
    private static bool IsTownWord(TokenIndex index, int k) =>
        (index.Tokens[k].PeriodAfter && Abbreviations.Contains(Word(index, k)))
        || ((index.Kinds[k] & (WordKind.Clinical | WordKind.Month | WordKind.Holiday | WordKind.Title | WordKind.PersonCue)) == 0
            && (!char.IsUpper(index.Text[index.Tokens[k].Start]) || (NameTokenizer.IsNameCase(Word(index, k)) && index.Tokens[k].Length > 1)));

    // "Sault Ste. Marie", "Port St. Lucie": the saint's name after the abbreviation may be any name.
    private static bool AfterAbbreviation(TokenIndex index, int k) =>
        k > 0 && index.Tokens[k - 1].PeriodAfter && Abbreviations.Contains(Word(index, k - 1)) && index.Tokens[k].Start - index.Tokens[k - 1].End == 2;

    // "d'Alene", "l'Anse": a French particle glued to a capitalised word.
    private static bool IsParticle(ReadOnlySpan<char> word) =>
        word.Length > 3 && word[0] is 'd' or 'l' && word[1] is '\'' or '\u2019' && char.IsUpper(word[2]);

    // "from Superior", "near Broad Ripple": title-case words that are English words, places or words no list knows, none
    // a given name ("a call from Ivy" is a person) or shaped like a verb or an adverb ("from Choosing Wisely"), followed by
    // no number ("from Baseline 12") and no capitalised place of care or clinical word ("from Outside Hospital").
    private static bool IsProperNounRun(TokenIndex index, int first, int last)
    {
        for (var k = first; k <= last; k++)
        {
            var word = Word(index, k);
            if (!char.IsUpper(word[0]) || word.Length < 3 || word.EndsWith("ing", StringComparison.Ordinal) || word.EndsWith("ly", StringComparison.Ordinal)
                || ((index.Kinds[k] & (WordKind.FirstName | WordKind.Institution | WordKind.State)) != 0 && !AfterAbbreviation(index, k)))
            {
                return false;
            }
        }

        var next = last + 1;
        if (next < index.Tokens.Count && char.IsUpper(index.Text[index.Tokens[next].Start]) && (index.Kinds[next] & (WordKind.Institution | WordKind.Clinical)) != 0)
        {
            return false;
        }

        var after = index.Text.AsSpan(index.Tokens[last].End).TrimStart(' ');
        return after.IsEmpty || !char.IsAsciiDigit(after[0]);
    }

    // "the Millbrook clinic", "the Plainview ER", "our Rice Lake office": a town no list calls a word or a person, right
    // before a place of care. "the Mayo clinic" (clinical), "the Cushing clinic" (eponym), "the Smith clinic" (a name) stay.
    private static int? TownBeforeInstitution(TokenIndex index, NameLexicon lexicon, int first)
    {
        if (!IsTownWord(index, first) || index.Tokens[first].Length < 3)
        {
            return null;
        }

        var last = RunEnd(index, first);
        var next = last + 1;
        if (next >= index.Tokens.Count || (index.Kinds[next] & WordKind.Institution) == 0 || index.Tokens[next].Start - index.Tokens[last].End != 1
            || IsPossessiveAt(index.Text, index.Tokens[last].End) || HasEponymPart(index, lexicon, first, last))
        {
            return null;
        }

        var run = index.Text.AsSpan(index.Tokens[first].Start, index.Tokens[last].End - index.Tokens[first].Start);
        if (lexicon.Eponyms.Contains(run) || lexicon.ClinicalTerms.Contains(run) || UsStates.IsState(run))
        {
            return null;
        }

        // A prefix or a place noun makes a town of the other words only if none is a common English word ("the North Tower
        // ICU" is a building).
        var prefix = PlacePrefixes.Contains(Word(index, first)) || Abbreviations.Contains(Word(index, first));
        var noun = PlaceNouns.Contains(Word(index, last));
        var named = last > first && (prefix || noun);
        for (var k = prefix ? first + 1 : first; named && k <= (noun ? last - 1 : last); k++)
        {
            named = !index.IsEnglishWord(k) && !lexicon.NameWords.Contains(Word(index, k));
        }

        if (lexicon.Cities.Contains(run) || named)
        {
            return last;
        }

        // A word no list knows is a town here only if it is built like one ("Millbrook", "Hartsville"): "the Lipid clinic" and
        // "the Amyloid clinic" name a service, and no list knows most medical words.
        for (var k = first; k <= last; k++)
        {
            if (!Connectors.Contains(Word(index, k)) && !(IsUnknownOrCity(index, k) && ((index.Kinds[k] & WordKind.City) != 0 || IsBuiltLikeATown(Word(index, k)))))
            {
                return null;
            }
        }

        return last;
    }

    private static bool IsBuiltLikeATown(ReadOnlySpan<char> word)
    {
        if (word.Length < 6)
        {
            return false;
        }

        foreach (var ending in TownEndings)
        {
            if (word.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    // The endings of English and American town names.
    private static readonly string[] TownEndings =
        ["ville", "burg", "burgh", "boro", "borough", "brook", "field", "ford", "town", "wood", "dale", "port", "view", "mont", "ridge", "haven",
         "hurst", "bury", "chester", "mouth", "worth", "crest", "stead", "wick"];

    private static bool IsUnknownOrCity(TokenIndex index, int k)
    {
        var kinds = index.Kinds[k];
        var word = Word(index, k);
        return (kinds & ~WordKind.City) == WordKind.None && word.Length >= 3 && char.IsUpper(word[0]) && word[1..].ContainsAnyInRange('a', 'z')
            && ((kinds & WordKind.City) != 0 || !index.IsEnglishWord(k));
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

    internal static bool AfterMessageNoun(TokenIndex index, int preposition)
    {
        if (preposition < 1 || !Word(index, preposition).Equals("from", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var noun = Word(index, preposition - 1);
        return NameDetector.MessageNouns.Contains(noun) || (noun is "back" && preposition >= 2 && NameDetector.MessageNouns.Contains(Word(index, preposition - 2)));
    }

    // "the only way Gallipolis pharmacy takes it": a town before a place of care after any lower-case word, not only "the".
    private static bool IsLowerCaseWord(ReadOnlySpan<char> word) => !word.IsEmpty && !word.ContainsAnyExceptInRange('a', 'z');

    private static ReadOnlySpan<char> Word(TokenIndex index, int k) => index.Text.AsSpan(index.Tokens[k].Start, index.Tokens[k].Length);

    private static bool IsPossessiveAt(string text, int end) => end < text.Length && text[end] is '\'' or '\u2019';
}
