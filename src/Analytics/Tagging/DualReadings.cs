namespace Sermo.Analytics.Tagging;

/// <summary>
/// Terms that name both an adverse event and a disease (VTE, ICH, myocarditis, "elevated BP") where the adverse
/// event's lexicon row says so: the term is the adverse event only when a drug in its sentence can be blamed (a
/// drug merely mentioned, not given for the finding nor given to treat it), else the disease. "VTE prophylaxis
/// with enoxaparin" and "ICH on the head CT, anticoagulation reversed" are diseases; "a brain bleed on Eliquis" is
/// an adverse event. A drug of the disease's own specialty (<see cref="Disambiguation.DrugSpecialties"/>) named after the
/// condition is its treatment, not its cause, and blames nothing (decision 215): "post-op delirium settled with
/// quetiapine", "gout flare, so colchicine", "her ILD is stable on nintedanib" are diseases. Named before the condition
/// ("methylphenidate made tics worse") or after a word of onset ("gout attack a week after starting allopurinol") it
/// still blames, as does a drug of another specialty ("delirium since the oxybutynin"). Heart and metabolic drugs have no
/// specialty there and still blame, since they cause events across every organ.
/// </summary>
internal static class DualReadings
{
    /// <summary>Words that put the condition after the drug: "a week after starting", "since the", "from the", "induced by".</summary>
    private static readonly string[] OnsetWords = ["after", "since", "from", "starting", "started", "caused", "induced", "due"];

    /// <summary>The entity each hit stands for: its term's entity, or the disease reading where no drug is blamed.</summary>
    public static int[] Resolve(ClinicalTermCatalog catalog, ReadOnlySpan<char> text, List<PhraseHit> entityHits, EntityRole[] roles, List<int> sentenceEnds)
    {
        var terms = catalog.Terms;
        var entityOf = new int[entityHits.Count];
        for (var e = 0; e < entityHits.Count; e++)
        {
            var term = terms[entityHits[e].TermId];
            entityOf[e] = term.DiseaseReading >= 0 && !IsBlamedOnDrug(catalog, text, entityHits, roles, sentenceEnds, e) ? term.DiseaseReading : term.Entity;
        }

        return entityOf;
    }

    private static bool IsBlamedOnDrug(ClinicalTermCatalog catalog, ReadOnlySpan<char> text, List<PhraseHit> entityHits, EntityRole[] roles, List<int> sentenceEnds, int e)
    {
        if (roles[e] == EntityRole.Indication)
        {
            return false;
        }

        var specialty = catalog.Specialties.OfCode(catalog.Entities[catalog.Terms[entityHits[e].TermId].DiseaseReading].CanonicalId);
        var sentence = TextStructure.SegmentOf(sentenceEnds, entityHits[e].Start, 0);
        var start = TextStructure.SegmentStart(sentenceEnds, sentence);
        var end = sentenceEnds[sentence];
        for (var d = 0; d < entityHits.Count; d++)
        {
            var hit = entityHits[d];
            if (hit.Start >= start && hit.End <= end && roles[d] == EntityRole.Mentioned
                && catalog.Entities[catalog.Terms[hit.TermId].Entity].Type.IsDrug()
                && !IsTreatmentNamedAfter(catalog, text, entityHits[e], hit, specialty))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsTreatmentNamedAfter(ClinicalTermCatalog catalog, ReadOnlySpan<char> text, PhraseHit condition, PhraseHit drug, string specialty) =>
        drug.Start >= condition.End
        && catalog.Specialties.Treats(catalog.Entities[catalog.Terms[drug.TermId].Entity].CanonicalId, specialty)
        && !EntityRoles.Between(text, condition.End, drug.Start, OnsetWords);
}
