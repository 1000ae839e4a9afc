namespace Sermo.Ingest.Anonymization;

/// <summary>
/// A US town the gazetteer holds, read whole after a slot that says where someone lives, comes from or goes (round 42, decision
/// 265): "in Truth or Consequences", "after the flood in Rough and Ready", "rollover near Faith", "still drives from Friend",
/// "helo out to Normal", "a charter out of Rescue", "moved to Bayou La Batre". Pooled over the rotation (rounds 10-39), the places
/// without a head noun that <see cref="TownDetector"/> leaves in these slots are mostly towns the lists hold but its guards refuse:
/// a one-word town that is an English word or a given name (us-word-cities.txt is otherwise read only before a state code), or a
/// town whose name joins words by "or"/"and" (it takes "Truth" of "Truth or Consequences"). The whole listed run becomes the place,
/// over a shorter span another rule found. Guards: a state ("in New York"), a country, language, organisation or drug (all in
/// the clinical list: "in Peru", "in Spanish", "in Aurora"), a month, holiday, title or cue word; a capitalised word after the run
/// (a longer name no list holds: "from Bishop Kelley", "in Normal Saline"); a clinical, head-noun or place-of-care word after it
/// ("in Framingham score", "the Valentine clinic" is <see cref="TownDetector"/>'s); "from" after what someone sends ("a text from
/// Faith" is a person).
/// Cost (decision 093): per token one character and, for a capital, the word before by length and literal; the lists only after a slot.
/// </summary>
internal static class ListedTownsInPlaceSlots
{
    // "Bayou La Batre", "Truth or Consequences", "Cranberry Isles": at most four words.
    private const int MaxWords = 4;

    private const WordKind NeverATown = WordKind.Clinical | WordKind.Month | WordKind.Holiday | WordKind.State | WordKind.Title | WordKind.PersonCue
        | WordKind.PlacePreposition | WordKind.TimePreposition | WordKind.HeadNoun | WordKind.Institution;

    private const WordKind NotAfterATown = WordKind.Clinical | WordKind.HeadNoun | WordKind.Institution;

    // Words that may follow a town that is also an English word: a conjunction, preposition or time word ends the place's phrase.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Closers = new HashSet<string>(
        ["and", "or", "but", "for", "with", "to", "at", "on", "in", "by", "from", "after", "before", "since", "until", "last", "this", "next", "now",
         "then", "when", "where", "who", "so", "again", "yesterday", "today", "tonight", "area", "way", "is", "was"],
        StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> DiseaseNouns = NameDetector.DiseaseNouns.GetAlternateLookup<ReadOnlySpan<char>>();

    public static void Detect(TokenIndex index, List<Detection> found)
    {
        var text = index.Text;
        var tokens = index.Tokens;
        for (var k = 1; k < tokens.Count; k++)
        {
            if (!char.IsUpper(text[tokens[k].Start]) || tokens[k].Length < 3 || !IsPlaceSlot(index, k - 1) || FoundTokens.Gap(index, k - 1, k) is not " ")
            {
                continue;
            }

            if (ListedTownEnd(index, k) is { } last)
            {
                FoundTokens.AddUncut(found, new Detection(tokens[k].Start, tokens[last].End, PhiType.City, 6));
                k = last;
            }
        }
    }

    // "in", "from", "near", "outside"; "out of", "out to", "out by"; "to" after moving or going back ("moved to", "back to",
    // "flew to"). Lengths first: most words before a capital are none of these.
    private static bool IsPlaceSlot(TokenIndex index, int slot)
    {
        var word = FoundTokens.Word(index, slot);
        if (word.Length is < 2 or > 7)
        {
            return false;
        }

        if (word is "in" or "from" or "near" or "outside")
        {
            return word is not "from" || !TownDetector.AfterMessageNoun(index, slot); // "a call from Faith" is a person
        }

        if (word is not ("of" or "to" or "by") || slot == 0 || FoundTokens.Gap(index, slot - 1, slot) is not " ")
        {
            return false;
        }

        var before = FoundTokens.Word(index, slot - 1);
        return before is "out" || (word is "to" && before is "moved" or "moving" or "move" or "back" or "flew" or "drove" or "relocated" or "retired"
            or "trip" or "headed" or "evac" or "evacuated" or "home");
    }

    // The last token of the longest run from <paramref name="first"/> that the US town lists hold whole (one-word English-word
    // towns too), or null: words one space apart, capitalised but the "or"/"and" inside, no possessive before the last.
    private static int? ListedTownEnd(TokenIndex index, int first)
    {
        var text = index.Text;
        var tokens = index.Tokens;
        var lexicon = NameLexicon.Shared;
        int? last = null;
        for (var k = first; k < tokens.Count && k - first < MaxWords; k++)
        {
            if (k > first && (FoundTokens.Gap(index, k - 1, k) is not " " || tokens[k - 1].IsPossessive))
            {
                break;
            }

            var word = FoundTokens.Word(index, k);
            if (!char.IsUpper(word[0]))
            {
                if (k == first || word is not ("or" or "and"))
                {
                    break;
                }

                continue;
            }

            if (!FoundTokens.IsTitleCase(word))
            {
                break;
            }

            var run = text.AsSpan(tokens[first].Start, tokens[k].End - tokens[first].Start);
            if (k == first ? (index.Kinds[k] & NeverATown) == 0 && (lexicon.Cities.Contains(run) || lexicon.WordCities.Contains(run))
                : lexicon.Cities.Contains(run) && !UsStates.IsState(run))
            {
                last = k;
            }
        }

        if (last is not { } end || tokens[end].IsPossessive)
        {
            return null;
        }

        // A one-word town that is also a word or a given name ("Normal", "Faith") is a town only where the phrase closes after it:
        // "in Normal range", "in Hope chest" are not.
        var wordLike = end == first && (lexicon.WordCities.Contains(FoundTokens.Word(index, first)) || (index.Kinds[first] & WordKind.ListedName) != 0
            || index.IsEnglishWord(first));
        return IsClosed(index, end, wordLike) ? end : null;
    }

    // Nothing after the town that makes it part of something longer: no capitalised word ("from Bishop Kelley"), no "and" or "or"
    // before one ("in Labor and Delivery"), no clinical, head-noun or place-of-care word ("in Framingham score", "the Nome
    // clinic"), no disease noun ("in Bishop syndrome"); after a town that is also a word, only a word that closes the phrase.
    private static bool IsClosed(TokenIndex index, int last, bool wordLike)
    {
        var next = last + 1;
        if (next >= index.Tokens.Count || FoundTokens.Gap(index, last, next) is not " ")
        {
            return true;
        }

        var word = FoundTokens.Word(index, next);
        if (char.IsUpper(word[0]) || (word is "and" or "or" && next + 1 < index.Tokens.Count && FoundTokens.Gap(index, next, next + 1) is " "
            && char.IsUpper(index.Text[index.Tokens[next + 1].Start])))
        {
            return false;
        }

        if (wordLike)
        {
            return char.IsAsciiDigit(word[0]) || Closers.Contains(word);
        }

        return (index.Kinds[next] & NotAfterATown) == 0 && ((index.Cues[next] & WordCue.DiseaseNoun) == 0 || !DiseaseNouns.Contains(word));
    }
}
