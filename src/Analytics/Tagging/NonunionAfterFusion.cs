namespace Sermo.Analytics.Tagging;

/// <summary>
/// A bare "nonunion" in a post about a spinal fusion is the fusion that failed to heal, pseudarthrosis after fusion M96.0
/// (the index's Pseudarthrosis, after fusion), not a fracture's nonunion M84.10 (round 54, decision 386): spine surgeons
/// write "surgeons fear nonunion" of NSAIDs after a fusion, and one readable set labels it so, while fracture posts
/// ("CT shows nonunion of the scaphoid") keep M84.10.
/// </summary>
internal static class NonunionAfterFusion
{
    private static readonly (string Bare, string Replacement)[] Readings =
    [
        ("nonunion", "pseudarthrosis"), ("nonunions", "pseudarthrosis"), ("non-union", "pseudarthrosis"), ("non union", "pseudarthrosis"),
    ];

    private static readonly HashSet<string> FusionWords = new(StringComparer.Ordinal)
    {
        "fusion", "fusions", "fused", "arthrodesis", "tlif", "plif", "alif", "acdf",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FusionWord = FusionWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Replaces, in place, each bare nonunion hit by pseudarthrosis after fusion in a post that names a fusion.</summary>
    public static void Relabel(ClinicalTermCatalog catalog, ReadOnlySpan<char> chars, List<PhraseHit> entityHits) =>
        NewbornConditions.RelabelBare(catalog, chars, entityHits, Readings, AboutFusion);

    private static bool AboutFusion(ClinicalTermCatalog catalog, ReadOnlySpan<char> chars, List<PhraseHit> entityHits) =>
        NewbornConditions.KeepsDiseaseOrSaysWord(catalog, chars, entityHits, static _ => false, FusionWord);
}
