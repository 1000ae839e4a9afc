namespace Sermo.Analytics.Tagging;

/// <summary>
/// "LAI" written against a named antipsychotic is that drug's form, not a second mention of the class (round 51, decision
/// 347): "switching to aripiprazole LAI", "or LAI Invega Sustenna for adherence?". Three readable sets leave the word
/// outside the class there (one joins it to the drug as a form word, two leave it bare), while "agreed to an LAI" and
/// "LAIs early" alone are the class in ten. Only the word touching a brand or generic hit, with nothing but spaces between,
/// is dropped: "an LAI, Invega Sustenna" names the class and then the drug.
/// </summary>
internal static class LaiBesideNamedDrug
{
    private const string ClassId = "lai-antipsychotic";

    /// <summary>Removes, in place, each "LAI" class hit written right before or right after a named drug.</summary>
    public static void Drop(ClinicalTermCatalog catalog, ReadOnlySpan<char> chars, List<PhraseHit> entityHits)
    {
        if (chars.IndexOf("lai", StringComparison.Ordinal) < 0)
        {
            return;
        }

        for (var i = entityHits.Count - 1; i >= 0; i--)
        {
            var hit = entityHits[i];
            if (IsLaiWord(chars[hit.Start..hit.End])
                && catalog.Entities[catalog.Terms[hit.TermId].Entity].CanonicalId == ClassId
                && (TouchesDrug(catalog, chars, entityHits, i - 1, hit.Start, before: true)
                    || TouchesDrug(catalog, chars, entityHits, i + 1, hit.End, before: false)))
            {
                entityHits.RemoveAt(i);
            }
        }
    }

    private static bool IsLaiWord(ReadOnlySpan<char> surface) => surface.SequenceEqual("lai") || surface.SequenceEqual("lais");

    // Whether the neighbouring hit is a brand or generic with only spaces between it and the class word's edge.
    private static bool TouchesDrug(ClinicalTermCatalog catalog, ReadOnlySpan<char> chars, List<PhraseHit> entityHits, int neighbour, int edge, bool before)
    {
        if (neighbour < 0 || neighbour >= entityHits.Count)
        {
            return false;
        }

        var other = entityHits[neighbour];
        var type = catalog.Entities[catalog.Terms[other.TermId].Entity].Type;
        if (type is not (EntityType.Brand or EntityType.Generic))
        {
            return false;
        }

        if (before ? other.End > edge : other.Start < edge)
        {
            return false;
        }

        var gap = before ? chars[other.End..edge] : chars[edge..other.Start];
        return !gap.IsEmpty && gap.Trim(' ').IsEmpty;
    }
}
