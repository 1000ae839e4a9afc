namespace Sermo.Analytics.Tagging;

/// <summary>
/// Bare "burn" or "burns" written as the patient's injury is T30.0 (round 47, decision 307): "a burn patient", "35
/// percent TBSA burns", "burns over 30 percent", "day five after a burn". The lexicon lists only qualified burns ("flame
/// burn", "second degree burns"), because the bare word is far more often a verb or a symptom ("she burns in the sun",
/// "still burns on the PPI", "stings with a burn") or names a place ("the burn unit", "a burn pit"). So the word is read
/// only where its neighbours make it the injury: an article or a body-surface figure before it, or after it a word of
/// the injured patient or "of / over" and a number. Four readable sets' authors label it so (r24, r32, r33, r40) and
/// none leaves it bare in these sites.
/// </summary>
internal static class BurnInjuries
{
    private const string BurnInjury = "burn injury";

    // A word before the noun that makes it the injury ("a burn", "TBSA burns", "30 percent burns", "his burns").
    private static readonly HashSet<string> InjuryBefore = new(StringComparer.Ordinal)
    {
        "a", "tbsa", "bsa", "percent", "extensive", "severe", "his", "her", "their",
    };

    // A word after the noun that makes it the injury ("burn patient", "burn history", "burns of 30 percent").
    private static readonly HashSet<string> InjuryAfter = new(StringComparer.Ordinal)
    {
        "patient", "patients", "victim", "victims", "history", "injury", "injuries",
    };

    // A place or service named by the word ("burn unit", "burn center"): never the patient's injury.
    private static readonly HashSet<string> PlaceAfter = new(StringComparer.Ordinal)
    {
        "unit", "units", "center", "centre", "centers", "ward", "icu", "pit", "pits", "team", "surgeon", "surgeons", "service",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> InjuryBeforeWord = InjuryBefore.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> InjuryAfterWord = InjuryAfter.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PlaceAfterWord = PlaceAfter.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Adds a burn injury for each standalone "burn" or "burns" no hit holds whose neighbours make it the injury.</summary>
    public static void Add(ClinicalTermCatalog catalog, ReadOnlySpan<char> chars, List<PhraseHit> entityHits)
    {
        if (chars.IndexOf("burn", StringComparison.Ordinal) < 0)
        {
            return;
        }

        // Any post: the word's own neighbours decide, not the subject.
        NewbornConditions.AddBareWord(catalog, chars, entityHits, "burns", BurnInjury, static (_, _, _) => true, ReadAsInjury);
        NewbornConditions.AddBareWord(catalog, chars, entityHits, "burn", BurnInjury, static (_, _, _) => true, ReadAsInjury);
    }

    private static bool ReadAsInjury(ClinicalTermCatalog catalog, ReadOnlySpan<char> chars, List<PhraseHit> entityHits, int start, int end)
    {
        var after = NextWord(chars, end, out var afterEnd);
        if (PlaceAfterWord.Contains(after))
        {
            return false;
        }

        if (InjuryAfterWord.Contains(after) || InjuryBeforeWord.Contains(PreviousWord(chars, start)))
        {
            return true;
        }

        // "burns of 30 percent", "burns over 40%".
        return after is "of" or "over" && afterEnd < chars.Length - 1 && chars[afterEnd] == ' ' && char.IsAsciiDigit(chars[afterEnd + 1]);
    }

    private static ReadOnlySpan<char> PreviousWord(ReadOnlySpan<char> chars, int start)
    {
        var end = NormalizedText.SkipSpacesBack(chars, start);
        var wordStart = end;
        while (wordStart > 0 && NormalizedText.IsWordChar(chars[wordStart - 1]))
        {
            wordStart--;
        }

        return chars[wordStart..end];
    }

    private static ReadOnlySpan<char> NextWord(ReadOnlySpan<char> chars, int end, out int wordEnd)
    {
        var wordStart = NormalizedText.SkipSpaces(chars, end);
        wordEnd = wordStart;
        while (wordEnd < chars.Length && NormalizedText.IsWordChar(chars[wordEnd]))
        {
            wordEnd++;
        }

        return chars[wordStart..wordEnd];
    }
}
