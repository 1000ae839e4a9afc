namespace Sermo.Ingest.Anonymization;

/// <summary>
/// A shop, bar, diner or hospital named by one possessive word in a place slot (round 39, decision 245): "works nights at
/// Kessler's", "the van from Brody's never came", "transferred to Hollander's", "ran into him at Brodwick's this am". After "at",
/// "to", "from", "into" or "for" (and "the"), one title-case word with its "'s" and nothing capitalised after it is where
/// someone works, shops or was sent: the possessive stands for the place the owner's or saint's name gives away, whether or
/// not a list holds the word ("Harvest's" is an English word, "Orbey's" a surname no list holds). Pooled over the rotation
/// (rounds 10-35), this shape was the largest single slot of the places without a head noun that the finders leave: none of
/// them reads a possessive as a place. Guards: a disease's eponym ("due to Baker's cyst", "for Parkinson's": an eponym, clinical,
/// month, holiday, state, title or person-cue word, or a lower-case clinical word after it), a kin noun ("at Mom's"), and a
/// capitalised word after it ("at the Dunmore's Feed plant": another rule's run).
/// No hash or regex on a word that is not possessive: the possessive flag and the slot word's literal go first.
/// </summary>
internal static class PossessivePlacesInSlots
{
    // A possessive place's word may be a head noun or an institution word (a hospital named for its patients); never these kinds.
    private const WordKind NeverAPossessivePlace = FoundTokens.NeverNamePart & ~(WordKind.HeadNoun | WordKind.Institution);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> DiseaseNouns = NameDetector.DiseaseNouns.GetAlternateLookup<ReadOnlySpan<char>>();

    public static void Detect(TokenIndex index, List<Detection> found)
    {
        var tokens = index.Tokens;
        for (var k = 1; k < tokens.Count; k++)
        {
            if (!tokens[k].IsPossessive || tokens[k].Length < 3 || !IsInPlaceSlot(index, k) || !IsPlaceWord(index, k) || !EndsHere(index, k))
            {
                continue;
            }

            FoundTokens.AddUncut(found, new Detection(tokens[k].Start, tokens[k].PossessiveEnd, PhiType.City, 1));
        }
    }

    // "at Kessler's", "to the Kessler's": the slot word one space before the word, or before "the" one space before it.
    private static bool IsInPlaceSlot(TokenIndex index, int k)
    {
        var slot = k - 1;
        if (FoundTokens.Gap(index, slot, k) is not " ")
        {
            return false;
        }

        if (FoundTokens.Word(index, slot) is "the")
        {
            if (slot == 0 || FoundTokens.Gap(index, slot - 1, slot) is not " ")
            {
                return false;
            }

            slot--;
        }

        return FoundTokens.Word(index, slot) is "at" or "to" or "from" or "into" or "for";
    }

    private static bool IsPlaceWord(TokenIndex index, int k)
    {
        var word = FoundTokens.Word(index, k);
        return FoundTokens.IsTitleCase(word) && !IsPairedEponym(word) && (index.Kinds[k] & NeverAPossessivePlace) == 0
            && ((index.Cues[k] & WordCue.FunctionWord) == 0 || !FoundTokens.FunctionWords.Contains(word))
            && ((index.Cues[k] & WordCue.KinNoun) == 0 || !NameSlots.KinNouns.Contains(word))
            && ((index.Cues[k] & WordCue.ChatKinNoun) == 0 || !LowerCaseNamesBesideCues.ChatKinNouns.Contains(word))
            && !index.IsClinicalTerm(k);
    }

    // A hyphenated possessive with an eponym for a part names a paired eponym's disease ("for Guillain-Barre's", "to
    // Osgood-Schlatter's"): the eponym list holds the parts, not the joined word. A hyphenated shop stays a place ("Buc-ee's").
    private static bool IsPairedEponym(ReadOnlySpan<char> word)
    {
        if (!word.Contains('-'))
        {
            return false;
        }

        var eponyms = NameLexicon.Shared.Eponyms;
        foreach (var part in word.Split('-'))
        {
            var text = word[part];
            if (text.EndsWith("'s"))
            {
                text = text[..^2];
            }

            if (text.Length > 1 && eponyms.Contains(text))
            {
                return true;
            }
        }

        return false;
    }

    // The possessive closes the name: the next word is not capitalised on the same line ("Dunmore's Feed"), nor a clinical word
    // or a disease's noun ("Baker's cyst", "Graves's disease").
    private static bool EndsHere(TokenIndex index, int k)
    {
        var next = k + 1;
        if (next >= index.Tokens.Count || FoundTokens.Gap(index, k, next) is not " ")
        {
            return true;
        }

        var word = FoundTokens.Word(index, next);
        return !char.IsUpper(word[0]) && ((index.Cues[next] & WordCue.DiseaseNoun) == 0 || !DiseaseNouns.Contains(word)) && !index.IsClinicalTerm(next);
    }
}
