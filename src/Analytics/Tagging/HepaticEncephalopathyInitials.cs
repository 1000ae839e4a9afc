namespace Sermo.Analytics.Tagging;

/// <summary>
/// "HE" written in capitals in a post about liver disease is hepatic encephalopathy K76.82 (round 47, decision 307):
/// "ascites and HE, readmitted after missing lactulose", "first episode of HE after a GI bleed". The lexicon cannot list
/// the letters: as an ambiguity candidate they would change what the ambiguity model was trained on (decision 270 added
/// the row, had to retrain the model and took both out again), and in lower case they are the pronoun. Read after the
/// model, in capitals only and only in a post that keeps a liver disease (K70-K77) or names its treatment (lactulose,
/// rifaximin) or its measures (MELD, ascites, varices, TIPS), the letters need neither. The readable sets label the
/// capitals so four times over four sets and never leave them bare.
/// </summary>
internal static class HepaticEncephalopathyInitials
{
    private const string Capitals = "HE";
    private const string Row = "hepatic encephalopathy";

    // Words of a post about liver disease: its treatment, its scores and its other complications.
    private static readonly HashSet<string> LiverWords = new(StringComparer.Ordinal)
    {
        "lactulose", "rifaximin", "xifaxan", "cirrhosis", "cirrhotic", "cirrhotics", "meld", "ascites", "varices", "tips",
        "paracentesis", "hepatology", "hepatologist", "sbp", "encephalopathy", "asterixis", "ammonia",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> LiverWord = LiverWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Adds hepatic encephalopathy for each standalone capitalised "HE" no hit holds in a post about liver disease. Cost:
    /// one ordinal search of the original text; the rest runs only in a post that writes the capitals.
    /// </summary>
    public static void Add(ClinicalTermCatalog catalog, NormalizedText normalized, List<PhraseHit> entityHits)
    {
        InitialsInCapitals.AddWhereWritten(catalog, normalized, entityHits, Capitals, Row, AboutLiverDisease);
    }

    // A liver disease (K70-K77) kept, or a liver word in the post.
    private static bool AboutLiverDisease(ClinicalTermCatalog catalog, ReadOnlySpan<char> chars, List<PhraseHit> entityHits) =>
        NewbornConditions.KeepsDiseaseOrSaysWord(catalog, chars, entityHits, static code => code.StartsWith("K7", StringComparison.Ordinal), LiverWord);
}
