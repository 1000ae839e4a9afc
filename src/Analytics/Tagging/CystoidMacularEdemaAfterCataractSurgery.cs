namespace Sermo.Analytics.Tagging;

/// <summary>
/// Cystoid macular edema in a post about cataract surgery is the postoperative CME H59.039 (the index's Edema, macula,
/// cystoid, following cataract surgery; decision 364 settled it, decision 367 reads it): ophthalmologists name the surgery
/// ("phaco", "dropless cataract surgery", "pseudophakic") and then write "cystoid macular edema" alone, which the lexicon
/// reads as the general H35.81, or "CME", which no row reads. Macular edema of no cystoid kind, or CME in a post naming
/// no cataract surgery (uveitis, a vein occlusion), keeps H35.81.
/// </summary>
internal static class CystoidMacularEdemaAfterCataractSurgery
{
    private const string GeneralCode = "H35.81";
    private const string Cystoid = "cystoid";
    private const string Abbreviation = "cme";
    private const string AfterCataractSurgeryTerm = "cystoid macular edema after cataract surgery";

    // Words that name cataract surgery, matched at a word's start in the normalized text, whose hyphens are spaces
    // ("phaco" holds "phacoemulsification", "post cataract" is "post-cataract").
    private static readonly string[] CataractSurgeryWords =
        ["cataract surgery", "cataract extraction", "cataract operation", "phaco", "pseudophak", "dropless", "post cataract"];

    /// <summary>
    /// Relabels, in place, each "cystoid" H35.81 hit, and adds a hit for each standalone "CME" no hit holds, when the post
    /// names cataract surgery. Cost: one pass over the hits and one substring search for "cme" when a cue is found.
    /// </summary>
    public static void Relabel(ClinicalTermCatalog catalog, ReadOnlySpan<char> chars, List<PhraseHit> entityHits)
    {
        var cme = chars.IndexOf(Abbreviation, StringComparison.Ordinal);
        if ((cme < 0 && chars.IndexOf(Cystoid, StringComparison.Ordinal) < 0) || !NamesCataractSurgery(chars))
        {
            return;
        }

        var termId = catalog.TermIdOf(NormalizedText.NormalizeTerm(AfterCataractSurgeryTerm));
        if (termId < 0)
        {
            return;
        }

        for (var i = 0; i < entityHits.Count; i++)
        {
            var hit = entityHits[i];
            var definition = catalog.Entities[catalog.Terms[hit.TermId].Entity];
            if (definition.Type == EntityType.Disease && definition.CanonicalId == GeneralCode && chars[hit.Start..hit.End].StartsWith(Cystoid))
            {
                entityHits[i] = hit with { TermId = termId };
            }
        }

        // "CME" alone is the ophthalmologist's shorthand for the edema once the surgery is named; no row reads it, since
        // elsewhere it is as often continuing medical education.
        var added = false;
        while (cme >= 0)
        {
            var end = cme + Abbreviation.Length;
            if (ReferringBackHeads.StandsAlone(chars, cme, end) && !PhraseHits.AnyOverlaps(entityHits, cme, end))
            {
                entityHits.Add(new PhraseHit(cme, end, termId));
                added = true;
            }

            var next = chars[end..].IndexOf(Abbreviation, StringComparison.Ordinal);
            cme = next < 0 ? -1 : end + next;
        }

        if (added)
        {
            entityHits.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        }
    }

    private static bool NamesCataractSurgery(ReadOnlySpan<char> chars)
    {
        foreach (var word in CataractSurgeryWords)
        {
            for (var at = chars.IndexOf(word, StringComparison.Ordinal); at >= 0;)
            {
                if (at == 0 || !NormalizedText.IsWordChar(chars[at - 1]))
                {
                    return true;
                }

                var next = chars[(at + 1)..].IndexOf(word, StringComparison.Ordinal);
                at = next < 0 ? -1 : at + 1 + next;
            }
        }

        return false;
    }
}
