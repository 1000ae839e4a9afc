namespace Sermo.Analytics.Tagging;

/// <summary>
/// Bare "albumin" given to a patient is the drug albumin human (round 44, decision 283): "ceftriaxone plus albumin day 1
/// and 3", "terlipressin and albumin", "gave albumin", "albumin 1 g/kg", "albumin challenge". The word names the lab at
/// least as often ("albumin 1.9", "albumin under 2.5", "while albumin was 2.1", "weight and albumin trends"), so the
/// lexicon lists only "IV albumin", "albumin infusion" and the strengths; the readable sets label the bare word the drug
/// 13 times over eleven sets, each after a giving word or a drug it is given with, or before a dose or "challenge". It is
/// read only there, and never before a bare number or a word that makes it a measured value.
/// </summary>
internal static class AlbuminGiven
{
    private const string Albumin = "albumin";
    private const string AlbuminRow = "albumin human";

    // Words before it that give it, or join it to a drug given with it.
    private static readonly HashSet<string> GivingWords = new(StringComparer.Ordinal)
    {
        "gave", "give", "given", "giving", "gives", "plus", "with", "and", "then", "start", "started", "starting", "+",
    };

    // Words after it that give it: "albumin challenge", "albumin day 1 and 3", "albumin with the paracentesis".
    private static readonly HashSet<string> GivenAfterWords = new(StringComparer.Ordinal)
    {
        "challenge", "infusions", "bolus", "boluses", "day", "with", "replacement",
    };

    // Words after it that make it the measured value: "albumin is 2.1", "albumin under 2", "albumin this low".
    private static readonly HashSet<string> MeasuredAfterWords = new(StringComparer.Ordinal)
    {
        "is", "was", "were", "are", "of", "this", "that", "so", "under", "over", "below", "above", "less", "greater", "level",
        "levels", "trend", "trends", "low", "high", "normal", "creatinine", "ratio", "to", "gradient", "fell", "dropped", "rose",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> GivingWord = GivingWords.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> GivenAfterWord = GivenAfterWords.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> MeasuredAfterWord = MeasuredAfterWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Adds albumin human for each standalone "albumin" no hit holds that is plainly given.</summary>
    public static void Add(ClinicalTermCatalog catalog, ReadOnlySpan<char> chars, List<PhraseHit> entityHits) =>
        NewbornConditions.AddBareWord(catalog, chars, entityHits, Albumin, AlbuminRow, static (_, _, _) => true, IsGiven);

    private static bool IsGiven(ClinicalTermCatalog catalog, ReadOnlySpan<char> chars, List<PhraseHit> entityHits, int start, int end)
    {
        if (TextStructure.FollowedByNumber(chars, end))
        {
            // A number with a dose unit is a dose ("albumin 1.5 g/kg"), a bare one the value ("albumin 1.9").
            return !LabValueMentions.IsFollowedByBareNumber(chars, end);
        }

        var after = WordAfter(chars, end);
        if (MeasuredAfterWord.Contains(after))
        {
            return false;
        }

        return GivenAfterWord.Contains(after) || GivingWord.Contains(WordBefore(chars, start));
    }

    // The word after the spaces at position.
    private static ReadOnlySpan<char> WordAfter(ReadOnlySpan<char> chars, int position)
    {
        var i = position;
        while (i < chars.Length && chars[i] == ' ')
        {
            i++;
        }

        var j = i;
        while (j < chars.Length && NormalizedText.IsWordChar(chars[j]))
        {
            j++;
        }

        return chars[i..j];
    }

    // The word (or a lone "+") before the spaces that end at position.
    private static ReadOnlySpan<char> WordBefore(ReadOnlySpan<char> chars, int position)
    {
        var j = position;
        while (j > 0 && chars[j - 1] == ' ')
        {
            j--;
        }

        if (j > 0 && chars[j - 1] == '+')
        {
            return chars[(j - 1)..j];
        }

        var i = j;
        while (i > 0 && NormalizedText.IsWordChar(chars[i - 1]))
        {
            i--;
        }

        return chars[i..j];
    }
}
