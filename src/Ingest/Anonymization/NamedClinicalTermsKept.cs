using System.Buffers;
using System.Collections.Frozen;

namespace Sermo.Ingest.Anonymization;

/// <summary>
/// Clinical terms named for a person, a place or a brand, kept after every finder (round 47, decision 306): the lost clinical
/// terms and false hits pooled over the rotation of rounds 10-43 held the same named terms in several rounds ("Tommy John
/// surgery", "Stanford type A", "German measles", "Hunt and Hess", "St. John's wort", "Christmas tree pattern", "Lone Star
/// tick"), agents and eponyms named alone ("Hendra and Nipah", "Osler/Janeway", "Epworth 13", "Tietze vs costochondritis") and
/// continents after a place word ("rural Asia", "SE Asia", "the Andes"). A name, town or date read lying wholly inside such a term
/// is dropped; one that also covers other words stays, so a name is never cut. One ordinal <see cref="SearchValues{T}"/> search of
/// the post, then tests at each hit only. A check after the finders, as <see cref="ClinicalWordsKept"/>: a word mark would change
/// the learned detector's candidates and features (decision 091), so nothing is retrained.
/// </summary>
internal static class NamedClinicalTermsKept
{
    // Named terms of several words, in their usual capitals: the words together say what a physician means, never a person.
    private static readonly string[] Phrases =
    [
        "Tommy John surgery", "Tommy John procedure", "Tommy John repair", "Stanford type", "Stanford A", "Stanford B", "DeBakey type",
        "German measles", "Hunt and Hess", "Hunt-Hess", "St. John's wort", "St John's wort", "Christmas tree pattern",
        "Christmas tree distribution", "Richter transformation", "Richter's transformation", "Pierre Robin sequence", "Pierre Robin syndrome",
        "Little League elbow", "Little League shoulder", "Corrigan pulse", "Corrigan's pulse", "Madura foot", "Earl Grey tea", "Lone Star tick",
        "Rocky Mountain spotted fever", "Winter's formula", "Winters formula", "Love's test", "Love's pin test", "Butterfly iQ",
        "Cochlear Nucleus", "Eat Sleep Console", "Eat, Sleep, Console", "Bence Jones protein", "Bence Jones proteins", "Hong Kong flu",
        "Lyme carditis", "Lyme disease", "Lyme arthritis", "Kennedy terminal ulcer", "Kennedy ulcer", "Lucas device", "Sanford Guide",
        "Kangaroo Joey", "Kangaroo pump", "Bair Hugger", "Marcus Gunn pupil", "Sister Mary Joseph node", "Sister Mary Joseph nodule",
        "Hoover sign", "Hoover's sign", "Fitzpatrick skin type", "Fitzpatrick type", "Bristol stool", "Boston brace", "Milwaukee brace",
        "Columbia suicide", "Han Chinese", "Latin America", "Latin American", "Rome III", "Rome IV", "farmer's lung", "bull rider's thumb",
        "sea bather's eruption", "fish handler's disease", "factor V Leiden", "Factor V Leiden", "Philadelphia chromosome", "Ramsay Hunt", "Carnett's sign",
        "Grey Turner",
        // Round 51 (decision 352): named devices, laws and agents the pooled lost terms of rounds 12-48 held with their noun.
        "Hoyer lift", "Hoyer lifts", "Hoyer sling", "Boyle's law", "Boyles law", "silo filler's disease", "Von Hippel-Lindau", "von Hippel-Lindau",
        "Barmah Forest", "West Nile", "Rule of Nines", "rule of Nines", "Salmonella Typhi", "Salmonella Typhimurium", "Sever's disease",
        "Erb palsy", "Erb's palsy", "Baxter Prismax", "Baxter Sigma", "Nobel Biocare", "Zoll AED", "Ashkenazi Jewish", "Bernese method",
        "MacArthur Competence",
    ];

    // Eponyms and agents named alone that no name list should read as a person here: viruses named for a place ("Hendra and
    // Nipah"), signs and scores said by their eponym alone ("Osler/Janeway", "Epworth 13", "Fleischner says"). Checked for a
    // title or a capitalised word beside them ("Dr. Osler", "Maria Tietze"), which keeps the name read.
    private static readonly string[] LoneEponyms =
    [
        "Hendra", "Nipah", "Lassa", "Marburg", "Tietze", "Dressler", "Janeway", "Osler", "Epworth", "Fleischner", "Mantoux", "Spurling",
        "McRoberts", "McBurney", "Maisonneuve", "Angelman", "Sjogren", "Ogilvie", "Apgar", "Apgars", "Hinchey", "Legionella", "Bartonella", "Brucella",
        "Hantaan", "Powassan", "Duroziez",
        // Round 51 (decision 352): said alone in several rounds ("the Hoyer", "Finnegan 11", "wants Tommy John", "vs Sever's",
        // "Hinchey IV" and "LeFort II" with their grade, below); none stands as a person or place in the readable gold sets.
        "Tommy John", "Marcus Gunn", "Salmonella", "Finnegan", "Hoyer", "Sever's", "Homan's", "Ranson", "McMurray", "Achilles", "LeFort", "Le Fort",
    ];

    // Peoples and languages said as an adjective ("Thai and Malay patients", "a German town", "a Greek island"), kept as the lone
    // eponyms are: set apart from capitalised words, so "Wat Thai of Tampa" and "Holy Trinity Greek Orthodox" stay places.
    private static readonly string[] Demonyms = ["Thai", "Malay", "Greek", "German", "Australian", "Hutterite"];

    // A grade or type written after a lone eponym goes with it ("Hinchey IV", "LeFort II"), so the read covering both is dropped.
    private static readonly string[] Grades = ["I", "II", "III", "IV", "V"];

    private static readonly string[] SetApartWords = [.. LoneEponyms, .. Demonyms];

    // Eponyms that are also children's given names, kept alone only before their score ("Finnegan 11", "Finnegan scores of
    // 12"): "Finnegan has had a fever since Sunday" in a pediatric post is a child (the lead, round 51).
    private static readonly string[] ScoredOnly = ["Finnegan"];

    // Continents and ranges no finder should take for a town or a person ("rural Asia", "from the Andes"); only after a place word.
    private static readonly string[] Regions = ["Asia", "Africa", "Europe", "Andes", "Caribbean"];

    private static readonly SearchValues<string> Starts = SearchValues.Create([.. Phrases, .. SetApartWords, .. Regions], StringComparison.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> RegionWords = FrozenSet.Create(StringComparer.Ordinal, Regions)
        .GetAlternateLookup<ReadOnlySpan<char>>();

    // Words before a continent that make it a place of travel, not a name: "to Asia", "rural Asia", "SE Asia".
    private static readonly string[] RegionCues = ["in", "to", "from", "the", "rural", "across", "through", "around", "visiting", "SE", "SW", "NE", "NW"];

    // A compass word before a continent is part of the region the read may cover ("South Asia", "Central Asia").
    private static readonly string[] CompassWords = ["South", "North", "East", "West", "Central", "Southeast", "Southern", "Northern", "Eastern", "Western", "SE", "SW", "NE", "NW"];

    private static readonly string[] Titles = ["Dr", "Mr", "Mrs", "Ms", "Miss", "Prof", "Sgt", "Nurse", "Officer"];

    public static void Keep(TokenIndex index, List<Detection> candidates)
    {
        if (candidates.Count == 0)
        {
            return;
        }

        var text = index.Text;
        for (var at = text.AsSpan().IndexOfAny(Starts); at >= 0 && at < text.Length;)
        {
            if (!RegexScan.IsWordChar(text, at - 1) && !AfterTitle(text, at))
            {
                var (start, end) = TermAt(text, at);
                if (end > start)
                {
                    candidates.RemoveAll(d => d.Type is PhiType.Name or PhiType.City or PhiType.Date && d.Start >= start && d.End <= end);
                }
            }

            var next = text.AsSpan(at + 1).IndexOfAny(Starts);
            at = next < 0 ? -1 : at + 1 + next;
        }
    }

    // The span kept at a hit of the search, or (0, 0) when the words there are no named term: the longest phrase ending at a word's
    // end, else a lone eponym set apart from capitalised words, else a continent after a place word.
    private static (int Start, int End) TermAt(string text, int at)
    {
        var rest = text.AsSpan(at);
        var end = 0;
        foreach (var phrase in Phrases)
        {
            if (phrase.Length > end && rest.StartsWith(phrase, StringComparison.Ordinal) && !RegexScan.IsWordChar(text, at + phrase.Length))
            {
                end = phrase.Length;
            }
        }

        if (end > 0)
        {
            return (at, at + end);
        }

        foreach (var word in SetApartWords)
        {
            if (rest.StartsWith(word, StringComparison.Ordinal) && !RegexScan.IsWordChar(text, at + word.Length))
            {
                if (IsAny(word, ScoredOnly) && !BeforeAScore(text, at + word.Length))
                {
                    return (0, 0);
                }

                var wordEnd = GradeEnd(text, at + word.Length);
                return SetApart(text, at, wordEnd) ? (at, wordEnd) : (0, 0);
            }
        }

        var length = 0;
        while (length < rest.Length && char.IsLetter(rest[length]))
        {
            length++;
        }

        if (!RegionWords.Contains(rest[..length]))
        {
            return (0, 0);
        }

        var before = RegexScan.WordBefore(text, at);
        var start = at;
        if (IsAny(before, CompassWords) && at - before.Length - 1 >= 0 && text[at - 1] == ' ')
        {
            start = at - before.Length - 1; // "South Asia" read whole: the compass word goes with it
            before = RegexScan.WordBefore(text, start);
        }

        return IsAny(before, RegionCues) || start < at ? (start, at + length) : (0, 0);
    }

    // A number or a score word follows the eponym (" 11", " scores").
    private static bool BeforeAScore(string text, int end) =>
        end + 1 < text.Length && text[end] == ' ' && (RegexScan.IsDigit(text, end + 1) || text.AsSpan(end + 1).StartsWith("scor", StringComparison.Ordinal));

    // The end past a grade written after the word (" IV"), else the word's own end.
    private static int GradeEnd(string text, int end)
    {
        if (end + 1 >= text.Length || text[end] != ' ')
        {
            return end;
        }

        var length = 0;
        while (end + 1 + length < text.Length && char.IsAsciiLetterUpper(text[end + 1 + length]))
        {
            length++;
        }

        return length > 0 && IsAny(text.AsSpan(end + 1, length), Grades) && !RegexScan.IsWordChar(text, end + 1 + length) ? end + 1 + length : end;
    }

    // No capitalised word joined by one space on either side ("Maria Tietze", "Osler Grant"), unless the word before opens its sentence;
    // since round 51 (decision 352) no age after it either ("Finnegan, 6," or "Finnegan (6)" is a child, not a score).
    private static bool SetApart(string text, int start, int end)
    {
        if (end + 1 < text.Length && text[end] == ' ' && char.IsUpper(text[end + 1]))
        {
            return false;
        }

        var after = text.AsSpan(end);
        if ((after.StartsWith(", ") || after.StartsWith(" (")) && RegexScan.IsDigit(text, end + 2))
        {
            return false;
        }

        if (start < 2 || text[start - 1] != ' ' || !char.IsLetter(text[start - 2]))
        {
            return true;
        }

        var before = RegexScan.WordBefore(text, start);
        return before.Length == 0 || !char.IsUpper(before[0]) || OpensSentence(text, start - 1 - before.Length);
    }

    // "Dr. Osler", "Mrs Tietze": the word before, past spaces and a title's period, is a title.
    private static bool AfterTitle(string text, int at)
    {
        var before = text.AsSpan(0, at).TrimEnd(' ').TrimEnd('.');
        var start = before.Length;
        while (start > 0 && char.IsLetter(before[start - 1]))
        {
            start--;
        }

        return start < before.Length && IsAny(before[start..], Titles);
    }

    private static bool OpensSentence(string text, int wordStart)
    {
        var k = wordStart - 1;
        while (k >= 0 && text[k] == ' ')
        {
            k--;
        }

        return k < 0 || text[k] is '.' or '!' or '?' or '\n' or ':';
    }

    private static bool IsAny(ReadOnlySpan<char> word, string[] words)
    {
        foreach (var candidate in words)
        {
            if (word.SequenceEqual(candidate))
            {
                return true;
            }
        }

        return false;
    }
}
