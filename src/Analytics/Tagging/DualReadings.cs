namespace Sermo.Analytics.Tagging;

/// <summary>
/// Terms that name both an adverse event and a disease (VTE, ICH, myocarditis, "elevated BP") where the adverse
/// event's lexicon row says so: the term is the adverse event only when a drug in its sentence can be blamed (a
/// drug merely mentioned, not given for the finding nor given to treat it), else the disease. "VTE prophylaxis
/// with enoxaparin" and "ICH on the head CT, anticoagulation reversed" are diseases; "a brain bleed on Eliquis" is
/// an adverse event. A drug of the disease's own specialty (<see cref="Disambiguation.DrugSpecialties"/>) is its
/// treatment, not its cause, and blames nothing (decision 215): "post-op delirium settled with quetiapine", "gout flare,
/// so colchicine", "her ILD is stable on nintedanib" are diseases; "delirium since the oxybutynin", "gout flare after
/// hydrochlorothiazide", "ILD a year into amiodarone" stay events. Heart and metabolic drugs have no specialty there
/// and still blame, since they cause events across every organ.
/// </summary>
internal static class DualReadings
{
    /// <summary>The entity each hit stands for: its term's entity, or the disease reading where no drug is blamed.</summary>
    public static int[] Resolve(ClinicalTermCatalog catalog, List<PhraseHit> entityHits, EntityRole[] roles, List<int> sentenceEnds)
    {
        var terms = catalog.Terms;
        var entityOf = new int[entityHits.Count];
        for (var e = 0; e < entityHits.Count; e++)
        {
            var term = terms[entityHits[e].TermId];
            entityOf[e] = term.DiseaseReading >= 0 && !IsBlamedOnDrug(catalog, entityHits, roles, sentenceEnds, e) ? term.DiseaseReading : term.Entity;
        }

        return entityOf;
    }

    private static bool IsBlamedOnDrug(ClinicalTermCatalog catalog, List<PhraseHit> entityHits, EntityRole[] roles, List<int> sentenceEnds, int e)
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
                && !catalog.Specialties.Treats(catalog.Entities[catalog.Terms[hit.TermId].Entity].CanonicalId, specialty))
            {
                return true;
            }
        }

        return false;
    }
}
