namespace Sermo.Analytics.Tagging;

/// <summary>
/// Bare "quad therapy" in a heart-failure post is guideline-directed medical therapy, the four drug classes of HFrEF
/// (round 52, decision 365): "EF up to 40 on quad therapy", "quad therapy until the potassium climbed". The lexicon
/// lists "four pillars" and "GDMT" but not these two words, which in an H. pylori post are the bismuth quadruple
/// regimen, so the row stays out. The readable sets label the words GDMT three times over three sets, each in a post
/// naming HFrEF or an ejection fraction, and never leave them bare; all three were missed.
/// </summary>
internal static class HeartFailureQuadTherapy
{
    private const string Bare = "quad therapy";
    private const string RegimenTerm = "guideline directed medical therapy";

    private static readonly HashSet<string> HeartFailureWords = new(StringComparer.Ordinal)
    {
        "hfref", "hfmref", "hfimpef", "hfpef", "chf", "lvef", "ef", "entresto", "sacubitril", "arni",
        "cardiomyopathy", "crt", "icd",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> HeartFailureWord = HeartFailureWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Adds the GDMT row for each bare "quad therapy" no hit holds in a post about heart failure.</summary>
    public static void Add(ClinicalTermCatalog catalog, ReadOnlySpan<char> chars, List<PhraseHit> entityHits)
    {
        if (chars.IndexOf(Bare, StringComparison.Ordinal) >= 0)
        {
            NewbornConditions.AddBareWord(catalog, chars, entityHits, Bare, RegimenTerm, AboutHeartFailure);
        }
    }

    // A heart-failure code (I50) among the post's diseases, or a word only heart-failure posts use.
    private static bool AboutHeartFailure(ClinicalTermCatalog catalog, ReadOnlySpan<char> chars, List<PhraseHit> entityHits) =>
        NewbornConditions.KeepsDiseaseOrSaysWord(catalog, chars, entityHits, static code => code.StartsWith("I50", StringComparison.Ordinal), HeartFailureWord);
}
