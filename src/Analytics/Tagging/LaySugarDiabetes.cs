namespace Sermo.Analytics.Tagging;

/// <summary>
/// Bare "sugar" in the lay phrase for diabetes is E11.9 (round 49, decision 333): "he has a touch of sugar", "I have
/// sugar, high blood pressure and ...", "wants something for her sugar". Physicians quote patients this way, and four
/// readable sets' authors label it the disease. The word is far more often the lab value ("her sugar is fine", "a sugar
/// of 38", "spike the sugar", "blood sugar"), so it is read only in those three frames, and only where no measurement
/// or verb follows it: the next word is none, or a list word.
/// </summary>
internal static class LaySugarDiabetes
{
    private const string Diabetes = "diabetes";

    // A possessive after "for": "for her sugar" is the reason for a drug, as "for her diabetes" is.
    private static readonly HashSet<string> Possessives = new(StringComparer.Ordinal) { "his", "her", "their", "my", "your" };

    // A verb of having right before the word: "has sugar", "I have sugar".
    private static readonly HashSet<string> Having = new(StringComparer.Ordinal) { "has", "have", "had" };

    // What may follow the condition in a list or a quote; any other word ("is", "control", "of", a number) makes it the lab.
    private static readonly HashSet<string> ListWords = new(StringComparer.Ordinal) { "", "and", "or", "but", "too", "also" };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Possessive = Possessives.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> HavingWord = Having.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ListWord = ListWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Adds diabetes for each standalone "sugar" no hit holds whose neighbours make it the lay name.</summary>
    public static void Add(ClinicalTermCatalog catalog, ReadOnlySpan<char> chars, List<PhraseHit> entityHits)
    {
        if (chars.IndexOf("sugar", StringComparison.Ordinal) < 0)
        {
            return;
        }

        NewbornConditions.AddBareWord(catalog, chars, entityHits, "sugar", Diabetes, static (_, _, _) => true, ReadAsDiabetes);
    }

    private static bool ReadAsDiabetes(ClinicalTermCatalog catalog, ReadOnlySpan<char> chars, List<PhraseHit> entityHits, int start, int end)
    {
        var wordStart = NormalizedText.SkipSpaces(chars, end);
        var wordEnd = wordStart;
        while (wordEnd < chars.Length && NormalizedText.IsWordChar(chars[wordEnd]))
        {
            wordEnd++;
        }

        if (!ListWord.Contains(chars[wordStart..wordEnd]))
        {
            return false;
        }

        var before = NormalizedText.PreviousWord(chars, start, out var beforeStart);
        var twoBefore = NormalizedText.PreviousWord(chars, beforeStart, out _);
        return HavingWord.Contains(before)
            || (before is "of" && twoBefore is "touch" or "bit")
            || (Possessive.Contains(before) && twoBefore is "for");
    }
}
