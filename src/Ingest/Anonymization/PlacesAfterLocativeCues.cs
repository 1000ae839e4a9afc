namespace Sermo.Ingest.Anonymization;

/// <summary>
/// Places with no head noun after a phrase that says where someone lives, goes or works (round 24, decision 163), the shapes
/// <see cref="TownDetector"/>'s prepositions leave: "lives out by Gumbo", "a ranch out past Plenty" (after "out by", "out past",
/// "out near", "out toward" even a town that is an English word: "out by" names a place, never a person or a thing); and
/// "transferred to Quarnby", "deployment to Tarnak", "works at Vexcor" (after a verb of moving, sending or working, a run of
/// words no list knows). The pooled misses of rounds 10-23 had places with no head noun in every round, the largest cause.
/// Round 32 (decision 208): an employer or school after a work or study role ("a welder at Kestrane", "PhD student at Valdora",
/// "works for Tollmark"), also after "the" ("works at the Brindlemart") and in capitals ("works at KGX", "attending at UWB"),
/// still only words no list knows.
/// </summary>
internal static class PlacesAfterLocativeCues
{
    private const int MaxWords = 4;

    // After "out": "out by", "out past", "out near", "out toward", "out beyond".
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> OutlyingPrepositions = new HashSet<string>(
        ["by", "past", "near", "toward", "towards", "beyond"], StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    // Before "to": moving someone or oneself somewhere. "sent", "switched" and "went" are left out ("sent to Cologuard",
    // "switched to Rybelsus", "went to Costco").
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> MovingWords = new HashSet<string>(
        ["transferred", "transfer", "transferring", "moved", "moving", "relocated", "relocating", "deployed", "deployment", "deployments",
         "flew", "flying", "drove", "driving", "evacuated", "airlifted", "medevaced", "diverted"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    // Before "at": working, training or being born somewhere. Since round 32 (decision 208) also the roles a post names someone
    // by before their workplace or school ("a welder at", "grad student at", "the attending at", "night shift at").
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> WorkingWords = new HashSet<string>(
        ["works", "worked", "working", "employed", "job", "shifts", "nurse", "aide", "cashier", "janitor", "born", "stationed", "trained", "enrolled",
         "shift", "gig", "student", "students", "teaches", "teacher", "attending", "welder", "driver", "barista", "guard", "pastor", "clerk",
         "volunteers", "volunteer", "mechanic", "technician", "cook", "lineman", "foreman", "supervisor", "intern"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    // Before "for": working for an employer ("works for Tollmark"). Not the roles: "a nurse for 30 years", "student for life".
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> WorkingForWords = new HashSet<string>(
        ["works", "worked", "working", "employed", "drives", "drove", "contracts", "contracted"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    // "took her to": a pronoun between the verb and "to".
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TakingWords = new HashSet<string>(
        ["took", "take", "taking", "brought", "drove", "flew"], StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Objects = new HashSet<string>(
        ["her", "him", "them", "me", "us"], StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Weekdays = new HashSet<string>(
        ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Noon", "Midnight"], StringComparer.Ordinal)
        .GetAlternateLookup<ReadOnlySpan<char>>();

    public static void Detect(TokenIndex index, List<Detection> found)
    {
        var tokens = index.Tokens;
        for (var i = 1; i + 1 < tokens.Count; i++)
        {
            var word = FoundTokens.Word(index, i);
            if (word is not ("by" or "past" or "near" or "toward" or "towards" or "beyond" or "to" or "at" or "for") || FoundTokens.Gap(index, i, i + 1) is not " "
                || FoundTokens.Gap(index, i - 1, i) is not " ")
            {
                continue;
            }

            var before = FoundTokens.Word(index, i - 1);
            var first = i + 1;
            var last = -1;
            if (before is "out" && OutlyingPrepositions.Contains(word))
            {
                last = RunEnd(index, first, anyWord: true);
            }
            else if (IsMovingOrWorkingCue(index, i, word))
            {
                // "works at the Brindlemart": the article only after a work cue, whose object is a workplace.
                var working = word is "at" or "for";
                if (working && FoundTokens.Word(index, first) is "the" && first + 1 < tokens.Count && FoundTokens.Gap(index, first, first + 1) is " ")
                {
                    first++;
                }

                last = working && IsUnlistedCapitals(index, first) ? first : RunEnd(index, first, anyWord: false);
            }

            if (last >= first)
            {
                // After "out by" the whole run is the place, over a word another rule read as a name ("out by Rough and [name]");
                // after a verb only words no rule took.
                var place = new Detection(tokens[first].Start, tokens[last].End, PhiType.City, 1);
                if (before is "out")
                {
                    found.Add(place);
                }
                else
                {
                    found.AddIfFree(place);
                }

                i = last;
            }
        }
    }

    private static bool IsMovingOrWorkingCue(TokenIndex index, int preposition, ReadOnlySpan<char> word)
    {
        var before = FoundTokens.Word(index, preposition - 1);
        if (word is "to")
        {
            return MovingWords.Contains(before) || (preposition >= 2 && Objects.Contains(before) && TakingWords.Contains(FoundTokens.Word(index, preposition - 2))
                && FoundTokens.Gap(index, preposition - 2, preposition - 1) is " ");
        }

        return (word is "at" && WorkingWords.Contains(before)) || (word is "for" && WorkingForWords.Contains(before));
    }

    // An employer or school written in capitals, 3-5 letters, that no list knows ("works at KGX"): "ICU", "VA" or "ER" are listed
    // (institution or clinical words) and stay. Read only after a work cue; the character test runs before the word's kinds.
    private static bool IsUnlistedCapitals(TokenIndex index, int k)
    {
        var word = FoundTokens.Word(index, k);
        if (word.Length is < 3 or > 5 || index.Tokens[k].IsPossessive || (k + 1 < index.Tokens.Count && FoundTokens.Gap(index, k, k + 1) is " "
            && (index.Kinds[k + 1] & (WordKind.Clinical | WordKind.HeadNoun | WordKind.Institution)) != 0))
        {
            return false;
        }

        return !word.ContainsAnyExceptInRange('A', 'Z') && index.Kinds[k] == WordKind.None && !index.IsEnglishWord(k);
    }

    // The last token of one to four title-case words joined by single spaces from <paramref name="first"/>, or -1. Each may be
    // an English word after "out by" (<paramref name="anyWord"/>); otherwise each must be a word no list knows, or a listed town.
    private static int RunEnd(TokenIndex index, int first, bool anyWord)
    {
        var last = -1;
        for (var k = first; k < index.Tokens.Count && k - first < MaxWords; k++)
        {
            if ((k > first && FoundTokens.Gap(index, k - 1, k) is not " ") || index.Tokens[k - 1].IsPossessive)
            {
                break;
            }

            // "Cut and Shoot", "Truth or Consequences": after "out by", "and" or "or" between two place words is inside the name.
            if (anyWord && last == k - 1 && k > first && FoundTokens.Word(index, k) is "and" or "or" && k + 1 < index.Tokens.Count
                && FoundTokens.Gap(index, k, k + 1) is " " && IsPlaceWord(index, k + 1, anyWord))
            {
                last = ++k;
                continue;
            }

            if (!IsPlaceWord(index, k, anyWord))
            {
                break;
            }

            last = k;
        }

        // A run followed by a capitalised place of care or clinical word is another rule's ("at Vexcor Clinic") or no place.
        return last >= 0 && last + 1 < index.Tokens.Count && (index.Kinds[last + 1] & (WordKind.Clinical | WordKind.HeadNoun)) != 0 ? -1 : last;
    }

    private static bool IsPlaceWord(TokenIndex index, int k, bool anyWord)
    {
        var word = FoundTokens.Word(index, k);
        var kinds = index.Kinds[k];
        if (word.Length < 3 || !FoundTokens.IsTitleCase(word) || Weekdays.Contains(word) || index.Tokens[k].IsPossessive)
        {
            return false;
        }

        return anyWord ? (kinds & FoundTokens.NeverNamePart) == 0 : (kinds & ~WordKind.City) == WordKind.None && ((kinds & WordKind.City) != 0 || !index.IsEnglishWord(k));
    }
}
