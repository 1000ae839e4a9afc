namespace Sermo.Analytics.Tagging;

/// <summary>
/// "MAS" in a post about Still's disease or its drugs is macrophage activation syndrome D76.1, not meconium aspiration
/// P24.00 (round 47, decision 307): "anakinra with a dramatic response, watching for MAS". The lexicon lists the letters
/// for the newborn's syndrome; a rheumatologist writing them after Still's disease, systemic JIA, anakinra or
/// canakinumab means the complication those drugs are given against. Two readable sets label it so and none labels
/// meconium aspiration "MAS"; the post's subject decides, as it decides newborn codes (<see cref="NewbornConditions"/>).
/// </summary>
internal static class MacrophageActivation
{
    // The bare letters as the tagger matched them, and the term of the D76.1 row they become.
    private static readonly (string Bare, string Replacement)[] Readings = [("mas", "macrophage activation syndrome")];

    // Words of a post about Still's disease: its abbreviations and the drugs given for it ("still" alone is an English word).
    private static readonly HashSet<string> StillWords = new(StringComparer.Ordinal)
    {
        "sjia", "aosd", "anakinra", "kineret", "canakinumab", "ilaris", "tocilizumab", "actemra", "emapalumab",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StillWord = StillWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Replaces, in place, each bare "MAS" hit by macrophage activation syndrome in a post about Still's disease.</summary>
    public static void Relabel(ClinicalTermCatalog catalog, ReadOnlySpan<char> chars, List<PhraseHit> entityHits) =>
        NewbornConditions.RelabelBare(catalog, chars, entityHits, Readings, AboutStillsDisease);

    // Still's disease or systemic JIA (M06.1, M08.2-) kept, or one of their words in the post.
    private static bool AboutStillsDisease(ClinicalTermCatalog catalog, ReadOnlySpan<char> chars, List<PhraseHit> entityHits) =>
        NewbornConditions.KeepsDiseaseOrSaysWord(catalog, chars, entityHits, static code => code is "M06.1" || code.StartsWith("M08.2", StringComparison.Ordinal), StillWord);
}
