namespace Sermo.Analytics.Tagging;

/// <summary>
/// Bare "triple therapy" in a post that names both an anticoagulant and an antiplatelet drug or a stent is triple
/// antithrombotic therapy (round 48, decision 316; the guide's round-47 label, decision 309: triple therapy is read by
/// what it combines): "triple therapy after PCI in AF, aspirin stopped at a week", "apixaban, aspirin and clopidogrel:
/// triple therapy by inertia". The lexicon lists only the full name: the same two words are also a DMARD, an H. pylori,
/// an HIV, a PAH or a lipid combination. The readable sets label the antithrombotic reading five times over five sets,
/// each in a post naming a DOAC or warfarin beside clopidogrel, aspirin or a stent, and leave the words bare or another
/// regimen in posts about RA, lupus nephritis, H. pylori, HIV, PAH and cholesterol, which name no anticoagulant.
/// </summary>
internal static class TripleAntithromboticTherapy
{
    private const string Bare = "triple therapy";
    private const string RegimenTerm = "triple antithrombotic therapy";

    private static readonly HashSet<string> AnticoagulantWords = new(StringComparer.Ordinal)
    {
        "anticoagulant", "anticoagulation", "anticoagulated", "doac", "doacs", "noac", "noacs", "apixaban", "eliquis", "rivaroxaban",
        "xarelto", "edoxaban", "savaysa", "dabigatran", "pradaxa", "warfarin", "coumadin",
    };

    private static readonly HashSet<string> AntiplateletWords = new(StringComparer.Ordinal)
    {
        "antiplatelet", "antiplatelets", "aspirin", "asa", "clopidogrel", "plavix", "ticagrelor", "brilinta", "prasugrel",
        "effient", "p2y12", "dapt", "stent", "stents", "stented", "pci", "des",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AnticoagulantWord = AnticoagulantWords.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AntiplateletWord = AntiplateletWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Adds the regimen's row for each bare "triple therapy" no hit holds in a post about anticoagulation and antiplatelets.</summary>
    public static void Add(ClinicalTermCatalog catalog, ReadOnlySpan<char> chars, List<PhraseHit> entityHits)
    {
        if (chars.IndexOf(Bare, StringComparison.Ordinal) >= 0)
        {
            NewbornConditions.AddBareWord(catalog, chars, entityHits, Bare, RegimenTerm, AboutAntithrombotics);
        }
    }

    // An anticoagulant and an antiplatelet (or a stent) both named: the three drugs the regimen combines.
    private static bool AboutAntithrombotics(ClinicalTermCatalog catalog, ReadOnlySpan<char> chars, List<PhraseHit> entityHits) =>
        NewbornConditions.KeepsDiseaseOrSaysWord(catalog, chars, entityHits, static _ => false, AnticoagulantWord)
        && NewbornConditions.KeepsDiseaseOrSaysWord(catalog, chars, entityHits, static _ => false, AntiplateletWord);
}
