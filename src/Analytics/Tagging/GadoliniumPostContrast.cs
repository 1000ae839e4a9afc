namespace Sermo.Analytics.Tagging;

/// <summary>
/// Bare "contrast" in a post about an MRI or a gadolinium agent is the gadolinium class, not the iodinated one the word
/// reads elsewhere (round 49, decision 329; the guide's round 48 contrast reading): "gadolinium retention ... some
/// neurologists now skip contrast", "yearly MRIs ... reaction to the contrast". The post's subject decides, as it does
/// for "APAP" (<see cref="AutoPapDevice"/>).
/// </summary>
internal static class GadoliniumPostContrast
{
    // The word as the tagger matched it, and the gadolinium class row's term (drug_classes.csv) it becomes.
    private static readonly (string Bare, string Replacement)[] Readings = [("contrast", "gadolinium contrast")];

    // Words that make a post about a gadolinium study: the element, MR imaging, the agents' class words and names.
    private static readonly HashSet<string> GadoliniumWords = new(StringComparer.Ordinal)
    {
        "gadolinium", "gad", "gbca", "gbcas", "mri", "mris", "mra", "mrcp", "mrv", "macrocyclic", "gadoterate", "gadobutrol",
        "gadoteridol", "gadobenate", "gadoxetate", "gadodiamide", "gadopentetate", "gadopiclenol", "dotarem", "gadavist",
        "prohance", "multihance", "eovist", "omniscan", "magnevist", "clariscan", "vueway", "elucirem",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> GadoliniumWord = GadoliniumWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Replaces, in place, each bare "contrast" hit by the gadolinium class in a post about a gadolinium study.</summary>
    public static void Relabel(ClinicalTermCatalog catalog, ReadOnlySpan<char> chars, List<PhraseHit> entityHits) =>
        NewbornConditions.RelabelBare(catalog, chars, entityHits, Readings, AboutGadolinium);

    private static bool AboutGadolinium(ClinicalTermCatalog catalog, ReadOnlySpan<char> chars, List<PhraseHit> entityHits) =>
        NewbornConditions.KeepsDiseaseOrSaysWord(catalog, chars, entityHits, static _ => false, GadoliniumWord);
}
