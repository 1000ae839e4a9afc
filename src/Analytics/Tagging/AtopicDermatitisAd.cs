namespace Sermo.Analytics.Tagging;

/// <summary>
/// "AD" in a post about skin and its treatments is atopic dermatitis, not Alzheimer's disease (round 51, decision 347):
/// "Severe AD in a teen who wants a pill, Rinvoq or Cibinqo", "AD flaring again despite Dupixent". Dermatologists write
/// the initials with the eczema drugs and skin words around them and seldom a word of memory; the model, trained on posts
/// of both kinds, read two readable sets' derm posts as the dementia. A post that says a memory or dementia word, or keeps
/// a dementia code, keeps Alzheimer's, as does a post with no skin word ("her AD is in the chart" is an advance directive
/// the tagger cannot tell either way).
/// </summary>
internal static class AtopicDermatitisAd
{
    private const string Ad = "ad";

    // The ambiguous row's reading the model may pick, and the atopic dermatitis row's term the hit becomes.
    private const string Alzheimer = "G30.9";
    private const string AtopicDermatitis = "atopic dermatitis";

    // Words of a post about eczema: the skin, the itch, the scores and the drugs given only or mostly for it.
    private static readonly HashSet<string> SkinWords = new(StringComparer.Ordinal)
    {
        "skin", "eczema", "atopic", "dermatitis", "derm", "dermatology", "dermatologist", "itch", "itchy", "itching",
        "pruritus", "easi", "scorad", "emollient", "emollients", "moisturizer", "moisturizers", "flexural", "topical",
        "topicals", "dupixent", "dupilumab", "adbry", "tralokinumab", "ebglyss", "lebrikizumab", "nemluvio", "nemolizumab",
        "cibinqo", "abrocitinib", "rinvoq", "upadacitinib", "eucrisa", "crisaborole", "opzelura", "protopic", "elidel",
        "pimecrolimus",
    };

    // Words of a post about memory and dementia.
    private static readonly HashSet<string> DementiaWords = new(StringComparer.Ordinal)
    {
        "memory", "dementia", "cognitive", "cognition", "amyloid", "mmse", "moca", "alzheimer", "alzheimers", "donepezil",
        "aricept", "memantine", "namenda", "rivastigmine", "galantamine", "lecanemab", "leqembi", "donanemab", "kisunla",
        "aria", "forgetful", "confusion",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SkinWord = SkinWords.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> DementiaWord = DementiaWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Replaces, in place, each "AD" hit read as Alzheimer's by atopic dermatitis in a post about skin and not memory.</summary>
    public static void Relabel(ClinicalTermCatalog catalog, ReadOnlySpan<char> chars, List<PhraseHit> entityHits) =>
        RelabelAdHits(catalog, chars, entityHits, static code => code == Alzheimer, AtopicDermatitis, AboutSkin);

    /// <summary>
    /// Replaces, in place, each "AD" hit whose code <paramref name="isModelReading"/> accepts by <paramref name="term"/>'s row
    /// when <paramref name="subject"/> holds for the post (<see cref="AutonomicDysreflexiaAd"/> shares it); the subject is
    /// read only for a post with such a hit.
    /// </summary>
    internal static void RelabelAdHits(ClinicalTermCatalog catalog, ReadOnlySpan<char> chars, List<PhraseHit> entityHits, Func<string, bool> isModelReading, string term, NewbornConditions.PostSubject subject)
    {
        bool? aboutSubject = null;
        for (var i = 0; i < entityHits.Count; i++)
        {
            var hit = entityHits[i];
            if (chars[hit.Start..hit.End].SequenceEqual(Ad)
                && isModelReading(catalog.Entities[catalog.Terms[hit.TermId].Entity].CanonicalId)
                && (aboutSubject ??= subject(catalog, chars, entityHits))
                && catalog.TermIdOf(term) is var termId and >= 0)
            {
                entityHits[i] = hit with { TermId = termId };
            }
        }
    }

    private static bool AboutSkin(ClinicalTermCatalog catalog, ReadOnlySpan<char> chars, List<PhraseHit> entityHits) =>
        NewbornConditions.KeepsDiseaseOrSaysWord(catalog, chars, entityHits, static _ => false, SkinWord)
        && !NamesDementia(catalog, chars, entityHits)
        && !NewbornConditions.KeepsDiseaseOrSaysWord(catalog, chars, entityHits, static _ => false, DementiaWord);

    // A dementia (F01-F03) or a degenerative disease that causes one (G30, G31) the post names in words, not by "AD" itself.
    private static bool NamesDementia(ClinicalTermCatalog catalog, ReadOnlySpan<char> chars, List<PhraseHit> entityHits)
    {
        foreach (var hit in entityHits)
        {
            var definition = catalog.Entities[catalog.Terms[hit.TermId].Entity];
            if (definition.Type == EntityType.Disease && !chars[hit.Start..hit.End].SequenceEqual(Ad)
                && (definition.CanonicalId.StartsWith("F0", StringComparison.Ordinal)
                    || definition.CanonicalId.StartsWith("G30", StringComparison.Ordinal)
                    || definition.CanonicalId.StartsWith("G31", StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }
}
