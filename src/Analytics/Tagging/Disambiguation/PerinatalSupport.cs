namespace Sermo.Analytics.Tagging.Disambiguation;

/// <summary>
/// Post-level context for the abbreviations of pregnancy and the newborn (round 40, decision 250). A NICU post abbreviates
/// the newborn's conditions ("BPD", "IVH", "NAS", "ROP") in sentences with no other clinical word ("IVH grade III in a
/// 24-weeker"), which the sentence-level model drops, and a post about a newborn names no other sense of them: a dropped
/// eligible candidate of the perinatal chapter (P00-P96) or retinopathy of prematurity (H35.1) is kept when the post is
/// about a newborn (<see cref="NewbornConditions.HasNewbornWord"/>). In a post about pregnancy or a newborn "GBS" is group
/// B streptococcus, the carrier status every obstetric post reports, never Guillain-Barre syndrome (the lexicon's one
/// reading), so that reading is dropped there.
/// </summary>
internal static class PerinatalSupport
{
    // Words that make a post about a pregnancy; a newborn word or a condition of the pregnancy or perinatal chapter does too.
    private static readonly HashSet<string> PregnancyWords = new(StringComparer.Ordinal)
    {
        "pregnant", "pregnancy", "pregnancies", "intrapartum", "antepartum", "postpartum", "peripartum", "prenatal",
        "antenatal", "obstetric", "obstetrics", "gestation", "gestational", "trimester", "labor", "labour", "iap",
        "cesarean", "caesarean",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PregnancyWord = PregnancyWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private const string GuillainBarreCode = "G61.0";

    public static void KeepNewbornAbbreviations(ReadOnlySpan<char> chars, List<(int Hit, AmbiguityCandidate Candidate)> candidates, bool[] keep)
    {
        // Only a dropped eligible newborn abbreviation can be kept: most posts have none, and then no word is read.
        if (!candidates.Exists(c => !keep[c.Hit] && c.Candidate.Eligible && IsNewbornCondition(c.Candidate))
            || !NewbornConditions.HasNewbornWord(chars))
        {
            return;
        }

        foreach (var (hit, candidate) in candidates)
        {
            if (!keep[hit] && candidate.Eligible && IsNewbornCondition(candidate))
            {
                keep[hit] = true;
            }
        }
    }

    public static void DropGuillainBarreInPregnancy(
        ClinicalTermCatalog catalog, ReadOnlySpan<char> chars, List<PhraseHit> hits, List<(int Hit, AmbiguityCandidate Candidate)> candidates, bool[] keep)
    {
        if (!candidates.Exists(c => keep[c.Hit] && IsGuillainBarre(catalog, hits[c.Hit])) || !AboutPregnancyOrNewborn(catalog, chars, hits, keep))
        {
            return;
        }

        foreach (var (hit, _) in candidates)
        {
            if (keep[hit] && IsGuillainBarre(catalog, hits[hit]))
            {
                keep[hit] = false;
            }
        }
    }

    private static bool IsNewbornCondition(AmbiguityCandidate candidate) =>
        candidate.Type == EntityType.Disease
        && (candidate.CanonicalId is ['P', >= '0' and <= '9', ..] || candidate.CanonicalId.StartsWith("H35.1", StringComparison.Ordinal));

    private static bool IsGuillainBarre(ClinicalTermCatalog catalog, PhraseHit hit)
    {
        var definition = catalog.Entities[catalog.Terms[hit.TermId].Entity];
        return definition.Type == EntityType.Disease && definition.CanonicalId == GuillainBarreCode;
    }

    // A kept condition of the pregnancy (O) or perinatal (P) chapter, a pregnancy word or a newborn word in the post.
    private static bool AboutPregnancyOrNewborn(ClinicalTermCatalog catalog, ReadOnlySpan<char> chars, List<PhraseHit> hits, bool[] keep)
    {
        for (var i = 0; i < hits.Count; i++)
        {
            var definition = catalog.Entities[catalog.Terms[hits[i].TermId].Entity];
            if (keep[i] && definition.Type == EntityType.Disease && definition.CanonicalId is ['O' or 'P', >= '0' and <= '9', ..])
            {
                return true;
            }
        }

        foreach (var (start, end) in ConditionWordsInContext.Words(chars))
        {
            if (PregnancyWord.Contains(chars[start..end]))
            {
                return true;
            }
        }

        return NewbornConditions.HasNewbornWord(chars);
    }
}
