namespace Sermo.Analytics.Tagging;

/// <summary>
/// "CAP" written in capitals in a post that treats or weighs a pneumonia is community-acquired pneumonia J18.9 (round 51,
/// decision 350): "admitted with CAP, ceftriaxone and azithro", "CAP in a toddler, high-dose amoxicillin". The lexicon lists
/// the letters as ambiguous, and the ambiguity model drops some of them; in the readable sets every "CAP" in capitals is
/// labelled J18.9 (15 spans over 12 sets, none left bare), and the model dropped it in three of those sets, each in a post
/// naming the antibiotics given for it. The lower-case word is mostly a limit ("a dose cap", "the $35 cap") and is never
/// read here. Reading the letters again after the model changes neither the model nor its training contexts.
/// </summary>
internal static class PneumoniaInitials
{
    private const string Capitals = "CAP";
    private const string PneumoniaTerm = "pneumonia";

    // Words of a post about a pneumonia: its signs on a film or exam and the antibiotics given for it.
    private static readonly HashSet<string> PneumoniaWords = new(StringComparer.Ordinal)
    {
        "pneumonia", "infiltrate", "consolidation", "crackles", "procalcitonin", "procal", "curb", "antibiotics", "antibiotic",
        "ceftriaxone", "rocephin", "azithromycin", "azithro", "zithromax", "zpak", "levofloxacin", "levaquin", "moxifloxacin",
        "avelox", "amoxicillin", "amox", "augmentin", "doxycycline", "doxy", "cefdinir", "cefpodoxime", "cefuroxime",
        "ampicillin", "unasyn", "ceftaroline", "clarithromycin", "lefamulin", "omadacycline",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PneumoniaWord = PneumoniaWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Adds the pneumonia row for each standalone capitalised "CAP" no hit holds in a post about a pneumonia. Cost: one
    /// ordinal search of the original text; the rest runs only in a post that writes the capitals.
    /// </summary>
    public static void Add(ClinicalTermCatalog catalog, NormalizedText normalized, List<PhraseHit> entityHits)
    {
        InitialsInCapitals.AddWhereWritten(catalog, normalized, entityHits, Capitals, PneumoniaTerm, AboutPneumonia);
    }

    // A pneumonia kept (J12-J18), or a word of its signs or its antibiotics in the post.
    private static bool AboutPneumonia(ClinicalTermCatalog catalog, ReadOnlySpan<char> chars, List<PhraseHit> entityHits) =>
        NewbornConditions.KeepsDiseaseOrSaysWord(catalog, chars, entityHits,
            static code => code.StartsWith("J1", StringComparison.Ordinal) && code.Length > 2 && code[2] is >= '2' and <= '8', PneumoniaWord);
}
