namespace Sermo.Ingest.Anonymization;

/// <summary>
/// Places a found town gives away around it (round 15, decision 119): the five or six digits of a postcode abroad right after it
/// ("Ulaanbaatar 14200", "Tashkent 100000", "Ludhiana 141001"; round 11's <see cref="ForeignPostcodes"/> takes four), and a named
/// business or landmark right before "in"/"outside"/"near" it ("the Walmart in [town]", "the Elks lodge in", "at the Toyota plant
/// in", "behind the Dollar General in"): in a small town the store, the plant or the lodge where it happened narrows a patient to a
/// few people, as a facility does (decision 111). One to three capitalised words after "the", a place noun allowed after them.
/// </summary>
internal static class PlacesAroundFoundTowns
{
    private const int MaxWords = 3;

    // A lower-case noun after the business's name ("the Toyota plant in", "the Elks lodge in"): the workplace heads of
    // WorkplacesInPlaceSlots (one list), and shops and halls, which are places only here, right before a found town.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PlaceNouns = new HashSet<string>(
        [.. WorkplacesInPlaceSlots.HeadNouns, "lodge", "hall", "dealership", "store", "diner", "bar", "station", "depot", "yard", "elevator", "market",
         "mall", "stop", "shop", "garage", "office", "branch"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private const WordKind NeverAPlaceWord = WordKind.Clinical | WordKind.Eponym | WordKind.Month | WordKind.Holiday | WordKind.Title | WordKind.State
        | WordKind.Institution;

    public static void Detect(TokenIndex index, List<Detection> found)
    {
        var text = index.Text;
        var count = found.Count;
        for (var c = 0; c < count; c++)
        {
            var town = found[c];
            if (town.Type is not (PhiType.City or PhiType.Name))
            {
                continue;
            }

            if (town.Type == PhiType.City)
            {
                PostcodeAfter(text, town.End, found);
            }

            BusinessBefore(index, town.Start, found);
        }
    }

    private static void PostcodeAfter(string text, int end, List<Detection> found)
    {
        var at = end + 1;
        if (at >= text.Length || text[end] != ' ')
        {
            return;
        }

        var digits = 0;
        while (at + digits < text.Length && char.IsAsciiDigit(text[at + digits]))
        {
            digits++;
        }

        var close = at + digits;
        if (digits is 5 or 6 && (close == text.Length || !char.IsLetterOrDigit(text[close])) && (close + 1 >= text.Length || text[close] != '.' || !char.IsAsciiDigit(text[close + 1])))
        {
            found.Add(new Detection(at, close, PhiType.Zip, 1));
        }
    }

    // "[the Walmart] in [town]": the words between "the" and "in/outside/near" right before the town.
    private static void BusinessBefore(TokenIndex index, int townStart, List<Detection> found)
    {
        var tokens = index.Tokens;
        var preposition = FoundTokens.EndingAt(tokens, TokenEndBefore(index.Text, townStart));
        if (preposition < 3 || FoundTokens.Word(index, preposition) is not ("in" or "outside" or "near"))
        {
            return;
        }

        var last = preposition - 1;
        if (last > 0 && PlaceNouns.Contains(FoundTokens.Word(index, last)) && char.IsLower(index.Text[tokens[last].Start]))
        {
            last--;
        }

        var first = last;
        while (first >= 0 && last - first < MaxWords && IsPlaceWord(index, first))
        {
            if (first > 0 && FoundTokens.Word(index, first - 1) is "the" && FoundTokens.Gap(index, first - 1, first) is " ")
            {
                var end = preposition - 1;
                found.Add(new Detection(tokens[first].Start, tokens[end].PossessiveEnd, PhiType.Address, 1));
                return;
            }

            if (first == 0 || FoundTokens.Gap(index, first - 1, first) is not " ")
            {
                return;
            }

            first--;
        }
    }

    // The end of the word before the space before <paramref name="start"/>, or -1.
    private static int TokenEndBefore(string text, int start) => start >= 2 && text[start - 1] == ' ' ? start - 1 : -1;

    // A capitalised word of no clinical kind ("Walmart", "IGA", "Waffle", "Casey's"), not a function word ("The", "This").
    private static bool IsPlaceWord(TokenIndex index, int i)
    {
        var word = FoundTokens.Word(index, i);
        return char.IsUpper(word[0]) && (index.Kinds[i] & NeverAPlaceWord) == 0 && !NameLexicon.Shared.ClinicalTerms.Contains(word)
            && ((index.Cues[i] & WordCue.FunctionWord) == 0 || !FoundTokens.FunctionWords.Contains(word));
    }
}
