namespace Sermo.Analytics.Tagging;

/// <summary>
/// Bare "contrast" in a post that names the water-soluble oral agent (Gastrografin, diatrizoate) is that product, not the
/// iodinated class the word reads elsewhere (round 50, decision 339; the guide's round 49 contrast reading: "contrast"
/// after a named product is that product's generic, as "the vaccine" after a named vaccine): "Gastrografin challenge.
/// Contrast reached the colon at 8 hours". The post's subject decides, as <see cref="GadoliniumPostContrast"/> does for
/// an MRI post; this step runs after it, so a post naming both keeps the gadolinium reading.
/// </summary>
internal static class OralContrastProduct
{
    // The word as the tagger matched it, and the oral agent's generic (drugs.csv) it becomes.
    private static readonly (string Bare, string Replacement)[] Readings = [("contrast", "diatrizoate")];

    private static readonly HashSet<string> ProductWords = new(StringComparer.Ordinal) { "gastrografin", "diatrizoate" };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ProductWord = ProductWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Replaces, in place, each bare "contrast" hit by the named oral agent in a post that names it.</summary>
    public static void Relabel(ClinicalTermCatalog catalog, ReadOnlySpan<char> chars, List<PhraseHit> entityHits) =>
        NewbornConditions.RelabelBare(catalog, chars, entityHits, Readings, NamesProduct);

    private static bool NamesProduct(ClinicalTermCatalog catalog, ReadOnlySpan<char> chars, List<PhraseHit> entityHits) =>
        NewbornConditions.KeepsDiseaseOrSaysWord(catalog, chars, entityHits, static _ => false, ProductWord);
}
