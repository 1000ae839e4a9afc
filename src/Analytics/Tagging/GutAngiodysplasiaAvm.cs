namespace Sermo.Analytics.Tagging;

/// <summary>
/// Bare "AVM" or "AVMs" in a post about gut bleeding is angiodysplasia K55.20 (round 53, decision 374): "GI bleeding from
/// AVMs on the warfarin", "Hgb 6 after a GI bleed from an AVM", "bleeding again on the LVAD, AVMs in the jejunum". No row
/// lists the bare letters, since alone they are as often the brain's malformation; three readable sets (four spans) and
/// long-r50 label them K55.20 in bleeding and LVAD posts, and none labels a bare one otherwise. A post that names the brain,
/// the spine or a seizure keeps the letters bare, as does a post with no gut or bleeding word.
/// </summary>
internal static class GutAngiodysplasiaAvm
{
    private const string Angiodysplasia = "angiodysplasia";

    // Words of a post about gut bleeding and its work-up, and the pump whose patients bleed from these lesions.
    private static readonly HashSet<string> GutBleedingWords = new(StringComparer.Ordinal)
    {
        "gi", "gut", "melena", "hematochezia", "jejunum", "jejunal", "duodenum", "duodenal", "ileum", "colon", "colonic",
        "cecum", "cecal", "gastric", "bowel", "enteroscopy", "endoscopy", "colonoscopy", "egd", "capsule", "octreotide", "lvad", "lvads",
        "heartmate", "heyde", "transfusions", "cauterized", "cautery", "apc",
    };

    // Words of a post about the brain's or the spine's malformation.
    private static readonly HashSet<string> NervousSystemWords = new(StringComparer.Ordinal)
    {
        "brain", "cerebral", "intracranial", "spinal", "spine", "dural", "seizure", "seizures", "craniotomy", "radiosurgery",
        "neurosurgery", "neurosurgeon", "stroke",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> GutBleedingWord = GutBleedingWords.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NervousSystemWord = NervousSystemWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Adds angiodysplasia for each standalone "AVM" or "AVMs" no hit holds in a post about gut bleeding.</summary>
    public static void Add(ClinicalTermCatalog catalog, ReadOnlySpan<char> chars, List<PhraseHit> entityHits)
    {
        if (chars.IndexOf("avm", StringComparison.Ordinal) < 0)
        {
            return;
        }

        NewbornConditions.AddBareWord(catalog, chars, entityHits, "avms", Angiodysplasia, AboutGutBleeding);
        NewbornConditions.AddBareWord(catalog, chars, entityHits, "avm", Angiodysplasia, AboutGutBleeding);
    }

    // A gut bleed (K92.0-K92.2) or angiodysplasia kept in the post, or a gut word; and no word of the brain or spine.
    private static bool AboutGutBleeding(ClinicalTermCatalog catalog, ReadOnlySpan<char> chars, List<PhraseHit> entityHits) =>
        NewbornConditions.KeepsDiseaseOrSaysWord(catalog, chars, entityHits, static id => id is "K92.0" or "K92.1" or "K92.2" or "K55.20", GutBleedingWord)
        && !NewbornConditions.KeepsDiseaseOrSaysWord(catalog, chars, entityHits, static id => id.StartsWith("Q28", StringComparison.Ordinal) || id.StartsWith("G40", StringComparison.Ordinal), NervousSystemWord);
}
