namespace Sermo.Analytics.Tagging.Disambiguation;

/// <summary>
/// A patient's problem list (round 43, decision 270): physicians list conditions with commas or "and", abbreviating some
/// ("ESRD, HTN, DM, PVD", "diabetic foot ulcer, PAD", "after PAD and diabetes"), and the sentence-level model drops an
/// abbreviation whose only neighbours are other conditions. A dropped eligible disease candidate is kept when a kept
/// disease of another concept sits right beside it with nothing between them but a list separator. A word of another
/// sense rarely sits in such a list; "on" before the candidate names a modality, not a condition ("ESRD on PD, DM2",
/// "sats 89 on RA, retracting"), so a candidate after "on" is left to the model.
/// </summary>
internal static class ConditionLists
{
    /// <summary>What may stand between two items of a list, spaces trimmed.</summary>
    private static readonly string[] Separators = [",", ";", "and", "or", ", and", ", or"];

    public static void KeepListedConditions(
        ClinicalTermCatalog catalog, ReadOnlySpan<char> chars, List<PhraseHit> hits, List<(int Hit, AmbiguityCandidate Candidate)> candidates, bool[] keep)
    {
        foreach (var (hit, candidate) in candidates)
        {
            if (keep[hit] || !candidate.Eligible || candidate.Type != EntityType.Disease || EntityRoles.PreviousWordIs(chars, hits[hit].Start, "on"))
            {
                continue;
            }

            keep[hit] = IsListedBeside(catalog, chars, hits, keep, hit, candidate.CanonicalId, before: true)
                || IsListedBeside(catalog, chars, hits, keep, hit, candidate.CanonicalId, before: false);
        }
    }

    /// <summary>The nearest hit on one side is a kept disease of another code, joined to the candidate by a separator only.</summary>
    private static bool IsListedBeside(
        ClinicalTermCatalog catalog, ReadOnlySpan<char> chars, List<PhraseHit> hits, bool[] keep, int hit, string code, bool before)
    {
        var neighbour = -1;
        if (before)
        {
            for (var i = hit - 1; i >= 0 && neighbour < 0; i--)
            {
                neighbour = hits[i].End <= hits[hit].Start ? i : -1;
            }
        }
        else
        {
            for (var i = hit + 1; i < hits.Count && neighbour < 0; i++)
            {
                neighbour = hits[i].Start >= hits[hit].End ? i : -1;
            }
        }

        if (neighbour < 0 || !keep[neighbour])
        {
            return false;
        }

        var definition = catalog.Entities[catalog.Terms[hits[neighbour].TermId].Entity];
        if (definition.Type != EntityType.Disease || definition.CanonicalId == code)
        {
            return false;
        }

        var gap = before ? chars[hits[neighbour].End..hits[hit].Start] : chars[hits[hit].End..hits[neighbour].Start];
        return IsSeparator(gap.Trim(' '));
    }

    private static bool IsSeparator(ReadOnlySpan<char> gap)
    {
        foreach (var separator in Separators)
        {
            if (gap.SequenceEqual(separator))
            {
                return true;
            }
        }

        return false;
    }
}
