using System.Collections.Frozen;

namespace Sermo.Ingest.Anonymization;

/// <summary>
/// Towns outside the US that GeoNames lists (round 29, decision 192: <see cref="NameLexicon.TownsAbroad"/>), found only where the
/// text says a place: after a place preposition or a route word ("came from Trondheim", "moved back to Madurai", "came through
/// Tapachula", "via Dar es Salaam"), before a country ("Stellenbosch, South Africa"), beside a postcode ("7013 Trondheim",
/// "Madurai 625001"), before a place of care ("our Madurai hospital") or joined to "-born"/"-based" ("Chennai-born"). A town the
/// list holds but the text names with none of these stays. <see cref="TownDetector"/> already reads a word no list knows after
/// "in"/"from"/"near" as a town; the list adds the weaker cues ("to", "at", "through", "via"), the slots with no preposition,
/// and names of several words whose small words are lower case. The list holds no English word, given name, surname, clinical
/// or lexicon word ("Lyme", "Marburg", "Ebola" are not on it), so a word it holds names a place wherever a cue stands.
/// </summary>
internal static class TownsAbroadWithPlaceCues
{
    // "Sao Jose dos Campos": three capitalised words and two small words between them.
    private const int MaxTokens = 5;

    private const WordKind NotTownWord = WordKind.Clinical | WordKind.Eponym | WordKind.Month | WordKind.Holiday | WordKind.Title | WordKind.PersonCue
        | WordKind.State | WordKind.PlacePreposition | WordKind.TimePreposition | WordKind.HeadNoun;

    // The place prepositions of LocationDetector but "of" ("history of ..."), and the words of a route: "came through", "via".
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Cues = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "in", "from", "near", "outside", "around", "to", "at", "visiting", "through", "thru", "via", "into", "toward", "towards")
        .GetAlternateLookup<ReadOnlySpan<char>>();

    // Countries and regions abroad that follow a town after a comma ("Madurai, India", "Bilbao, Spain"): the place is named twice.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Countries = FrozenSet.Create(StringComparer.Ordinal,
        "Afghanistan", "Albania", "Algeria", "Argentina", "Armenia", "Australia", "Austria", "Bangladesh", "Belarus", "Belgium", "Bolivia", "Bosnia",
        "Brazil", "Bulgaria", "Cambodia", "Cameroon", "Canada", "Chile", "China", "Colombia", "Congo", "Croatia", "Cuba", "Denmark", "Ecuador",
        "Egypt", "England", "Eritrea", "Ethiopia", "Finland", "France", "Germany", "Ghana", "Greece", "Guatemala", "Haiti", "Honduras", "Hungary",
        "India", "Indonesia", "Iran", "Iraq", "Ireland", "Israel", "Italy", "Jamaica", "Japan", "Jordan", "Kenya", "Korea", "Laos", "Lebanon",
        "Liberia", "Malaysia", "Mexico", "Morocco", "Myanmar", "Nepal", "Netherlands", "Nicaragua", "Nigeria", "Norway", "Pakistan", "Peru",
        "Philippines", "Poland", "Portugal", "Romania", "Russia", "Rwanda", "Scotland", "Senegal", "Serbia", "Somalia", "Spain", "Sudan", "Sweden",
        "Switzerland", "Syria", "Taiwan", "Tanzania", "Thailand", "Turkey", "Uganda", "Ukraine", "Uzbekistan", "Venezuela", "Vietnam", "Wales",
        "Yemen", "Zambia", "Zimbabwe", "UK", "Africa", "Salvador", "Lanka", "Arabia", "Zealand", "Republic", "Ontario", "Quebec", "Alberta",
        "Punjab", "Kerala", "Bavaria", "Queensland").GetAlternateLookup<ReadOnlySpan<char>>();

    // Joined to a town by a hyphen: "Chennai-born", "Lagos-based".
    private static readonly string[] JoinedEndings = ["-born", "-based", "-raised", "-bound"];

    public static void Detect(TokenIndex index, List<Detection> found)
    {
        var text = index.Text;
        var tokens = index.Tokens;
        var towns = NameLexicon.Shared.TownsAbroad;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (!char.IsUpper(text[token.Start]) || (index.Kinds[i] & NotTownWord) != 0)
            {
                continue;
            }

            if (JoinedTownEnd(text, token, towns) is { } joinedEnd)
            {
                found.Add(new Detection(token.Start, joinedEnd, PhiType.City, 6));
                continue;
            }

            // Cues first, the 73,043-town set last (decision 198): most capitalised words in a post (brands, sentence starts, names)
            // have no cue around them, and a town found there would not count. A cue after the town is tested at every token the
            // longest town could end on, so the set is consulted exactly when a town it holds could be taken: same output as before.
            var cuedBefore = (i > 0 && FoundTokens.Gap(index, i - 1, i) is " " && Cues.Contains(FoundTokens.Word(index, i - 1)))
                || DigitsEndingAt(text, token.Start - 1) is >= 4 and <= 5;
            if (!cuedBefore && !AnyEndCuedAfter(index, i))
            {
                continue;
            }

            if (LongestTown(index, towns, i) is not { } last)
            {
                continue;
            }

            // "in Jaffna Hospital" is a facility another rule reads; "in Lugano syndrome" would be a disease.
            var next = last + 1;
            if (next < tokens.Count && tokens[next].Start - tokens[last].End == 1 && (index.Kinds[next] & (WordKind.HeadNoun | WordKind.Clinical)) != 0)
            {
                continue;
            }

            if (cuedBefore || CuedAfter(index, last))
            {
                found.Add(new Detection(token.Start, tokens[last].End, PhiType.City, 6));
                i = last;
            }
        }
    }

    // The last token of the longest run from <paramref name="first"/> the list holds as one town, its words joined by single
    // spaces, each capitalised but the small words inside ("Dar es Salaam"), none a clinical word, title or cue.
    private static int? LongestTown(TokenIndex index, WordSet towns, int first)
    {
        var text = index.Text;
        int? last = null;
        for (var k = first; RunEndAt(index, first, k); k++)
        {
            if (char.IsUpper(text[index.Tokens[k].Start]) && towns.Contains(text.AsSpan(index.Tokens[first].Start, index.Tokens[k].End - index.Tokens[first].Start)))
            {
                last = k;
            }
        }

        return last;
    }

    // Whether any token a town from <paramref name="first"/> could end on (the ones LongestTown looks up) has a cue after it:
    // the same walk with no lookup, so a run with no cue before and none after any of its ends never reaches the set.
    private static bool AnyEndCuedAfter(TokenIndex index, int first)
    {
        for (var k = first; RunEndAt(index, first, k); k++)
        {
            if (char.IsUpper(index.Text[index.Tokens[k].Start]) && CuedAfter(index, k))
            {
                return true;
            }
        }

        return false;
    }

    // Whether token <paramref name="k"/> is still inside the run a town from <paramref name="first"/> may span: at most
    // MaxTokens tokens one space apart, no possessive inside, each capitalised word title case and none a clinical word,
    // title or cue (small words in lower case pass: "es" of "Dar es Salaam").
    private static bool RunEndAt(TokenIndex index, int first, int k)
    {
        var text = index.Text;
        var tokens = index.Tokens;
        if (k >= tokens.Count || k - first >= MaxTokens)
        {
            return false;
        }

        if (k > first && (tokens[k].Start - tokens[k - 1].End != 1 || text[tokens[k].Start - 1] != ' ' || tokens[k - 1].IsPossessive))
        {
            return false;
        }

        return !char.IsUpper(text[tokens[k].Start]) || ((index.Kinds[k] & NotTownWord) == 0 && FoundTokens.IsTitleCase(FoundTokens.Word(index, k)));
    }

    // The cues that stand after a town ending at <paramref name="last"/>: a place of care in lower case one space on ("our Madurai
    // hospital"), a country after a comma ("Madurai, India") or a postcode ("Madurai 625001").
    private static bool CuedAfter(TokenIndex index, int last)
    {
        var text = index.Text;
        var tokens = index.Tokens;
        var next = last + 1;
        var institutionAfter = next < tokens.Count && tokens[next].Start - tokens[last].End == 1 && (index.Kinds[next] & WordKind.Institution) != 0
            && !char.IsUpper(text[tokens[next].Start]);
        return institutionAfter || CountryAfter(index, last) || DigitsAfter(text, tokens[last].End);
    }

    private static int? JoinedTownEnd(string text, NameToken token, WordSet towns)
    {
        var word = text.AsSpan(token.Start, token.Length);
        foreach (var ending in JoinedEndings)
        {
            if (word.Length > ending.Length + 3 && word.EndsWith(ending, StringComparison.OrdinalIgnoreCase) && towns.Contains(word[..^ending.Length]))
            {
                return token.End - ending.Length;
            }
        }

        return null;
    }

    private static bool CountryAfter(TokenIndex index, int last)
    {
        var next = last + 1;
        return next < index.Tokens.Count && FoundTokens.Gap(index, last, next) is ", " && Countries.Contains(CountryWord(index, next));
    }

    // "Sri Lanka", "South Africa", "New Zealand", "El Salvador", "Saudi Arabia": the country's last word names it.
    private static ReadOnlySpan<char> CountryWord(TokenIndex index, int first)
    {
        var word = FoundTokens.Word(index, first);
        var twoWord = word is "Sri" or "South" or "New" or "El" or "Saudi" or "Czech" or "Dominican" or "Ivory";
        return twoWord && first + 1 < index.Tokens.Count && FoundTokens.Gap(index, first, first + 1) is " " ? FoundTokens.Word(index, first + 1) : word;
    }

    // A postcode abroad after the town: four to six digits one space on ("Madurai 625001", "Stellenbosch 7600").
    private static bool DigitsAfter(string text, int end)
    {
        if (end + 1 >= text.Length || text[end] != ' ')
        {
            return false;
        }

        var digits = 0;
        while (end + 1 + digits < text.Length && char.IsAsciiDigit(text[end + 1 + digits]))
        {
            digits++;
        }

        var after = end + 1 + digits;
        return digits is >= 4 and <= 6 && (after >= text.Length || !char.IsLetterOrDigit(text[after]));
    }

    // A Nordic or continental postcode before the town ("7013 Trondheim", "75011 Paris"): the count of digits ending one space
    // before the town at <paramref name="space"/>, 0 if none.
    private static int DigitsEndingAt(string text, int space)
    {
        if (space < 1 || text[space] != ' ')
        {
            return 0;
        }

        var digits = 0;
        while (space - 1 - digits >= 0 && char.IsAsciiDigit(text[space - 1 - digits]))
        {
            digits++;
        }

        var before = space - 1 - digits;
        return before < 0 || !char.IsLetterOrDigit(text[before]) ? digits : 0;
    }
}
