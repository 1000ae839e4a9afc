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
/// specialty there and still blame, since they cause events across every organ. A sentence that names no drug but
/// reports the condition's onset or watches for it ("Now on Enhertu. Watching for ILD with every scan") blames a drug of
/// the sentence before, unless that drug is of the condition's own specialty (decision 227).
/// </summary>
internal static class DualReadings
{
    /// <summary>Words that put the condition after the drug: "a week after starting", "since the", "from the", "induced by".</summary>
    private static readonly string[] OnsetWords = ["after", "since", "from", "starting", "started", "caused", "induced", "due"];

    /// <summary>
    /// Words of a sentence that reports a condition's onset or watches for it as a toxicity ("got", "now", "after", "side
    /// effect", "watching for", "worried about", "screening"): with no drug of its own, such a sentence is about the drug
    /// of the sentence before.
    /// </summary>
    private static readonly string[] OnsetOrWatchWords = ["got", "gets", "getting", "developed", "develops", "now", "after", "since", "side", "toxicity", "watch", "watching", "monitor", "monitoring", "worried", "worry", "screening", "induced", "caused"];

    /// <summary>The entity each hit stands for: its term's entity, or the disease reading where no drug is blamed.</summary>
    public static int[] Resolve(ClinicalTermCatalog catalog, ReadOnlySpan<char> text, List<PhraseHit> entityHits, List<PhraseHit> cueHits, EntityRole[] roles, List<int> sentenceEnds)
    {
        var terms = catalog.Terms;
        var entityOf = new int[entityHits.Count];
        for (var e = 0; e < entityHits.Count; e++)
        {
            var term = terms[entityHits[e].TermId];
            entityOf[e] = term.DiseaseReading >= 0 && !IsBlamedOnDrug(catalog, text, entityHits, cueHits, roles, sentenceEnds, e) ? term.DiseaseReading : term.Entity;
        }

        DrugCausedConditions.Relabel(catalog, text, entityHits, cueHits, roles, sentenceEnds, entityOf);
        HeartFailureExacerbationBlame.Relabel(catalog, text, entityHits, cueHits, roles, sentenceEnds, entityOf);
        DeliriousOnADrug.Relabel(catalog, text, entityHits, cueHits, roles, sentenceEnds, entityOf);
        HotFlashesOnHormoneTherapy.Relabel(catalog, text, entityHits, cueHits, sentenceEnds, entityOf);
        return entityOf;
    }

    /// <summary>Whether a drug of hit e's sentence (or, for a sentence of onset, of the one before) is blamed for its condition.</summary>
    internal static bool IsBlamedOnDrug(ClinicalTermCatalog catalog, ReadOnlySpan<char> text, List<PhraseHit> entityHits, List<PhraseHit> cueHits, EntityRole[] roles, List<int> sentenceEnds, int e)
    {
        if (roles[e] == EntityRole.Indication)
        {
            return false;
        }

        var term = catalog.Terms[entityHits[e].TermId];
        var specialty = catalog.Specialties.OfCode(catalog.Entities[term.DiseaseReading >= 0 ? term.DiseaseReading : term.Entity].CanonicalId);
        var sentence = TextStructure.SegmentOf(sentenceEnds, entityHits[e].Start, 0);
        var start = TextStructure.SegmentStart(sentenceEnds, sentence);
        var end = sentenceEnds[sentence];
        var sentenceNamesDrug = false;
        for (var d = 0; d < entityHits.Count; d++)
        {
            var hit = entityHits[d];
            if (hit.Start >= start && hit.End <= end && catalog.Entities[catalog.Terms[hit.TermId].Entity].Type.IsDrug())
            {
                sentenceNamesDrug = true;
                if (roles[d] == EntityRole.Mentioned && !IsTreatmentNamedAfter(catalog, text, entityHits[e], hit, specialty)
                    && !IsNegatedDrug(catalog, text, hit, cueHits, start, end))
                {
                    return true;
                }
            }
        }

        return !sentenceNamesDrug && sentence > 0 && EntityRoles.ContainsWord(text, start, end, OnsetOrWatchWords)
            && IsBlamedOnPreviousSentenceDrug(catalog, text, entityHits, cueHits, roles, TextStructure.SegmentStart(sentenceEnds, sentence - 1), start, specialty);
    }

    /// <summary>
    /// A drug of the previous sentence, given (not a switch target nor a treatment) and not of the condition's own
    /// specialty: "Now on Enhertu. Watching for ILD", "Six doses of Tepezza. Hearing loss is the side effect I worry about".
    /// </summary>
    private static bool IsBlamedOnPreviousSentenceDrug(ClinicalTermCatalog catalog, ReadOnlySpan<char> text, List<PhraseHit> entityHits, List<PhraseHit> cueHits, EntityRole[] roles, int previousStart, int start, string specialty)
    {
        for (var d = 0; d < entityHits.Count; d++)
        {
            var hit = entityHits[d];
            if (hit.Start >= previousStart && hit.End <= start && roles[d] == EntityRole.Mentioned
                && catalog.Entities[catalog.Terms[hit.TermId].Entity].Type.IsDrug()
                && !catalog.Specialties.Treats(catalog.Entities[catalog.Terms[hit.TermId].Entity].CanonicalId, specialty)
                && !IsNegatedDrug(catalog, text, hit, cueHits, previousStart, start))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A drug the sentence negates ("no anticoagulants", "avoiding nortriptyline") is one the patient is not on, so it
    /// causes nothing: "ICH in the basal ganglia, no anticoagulants" is the disease (decision 227).
    /// </summary>
    internal static bool IsNegatedDrug(ClinicalTermCatalog catalog, ReadOnlySpan<char> text, PhraseHit drug, List<PhraseHit> cueHits, int sentenceStart, int sentenceEnd) =>
        ContextRules.Evaluate(text, drug, catalog.Entities[catalog.Terms[drug.TermId].Entity].Type, sentenceStart, sentenceEnd, cueHits, 0, catalog.Terms).Negated;

    private static bool IsTreatmentNamedAfter(ClinicalTermCatalog catalog, ReadOnlySpan<char> text, PhraseHit condition, PhraseHit drug, string specialty) =>
        drug.Start >= condition.End
        && catalog.Specialties.Treats(catalog.Entities[catalog.Terms[drug.TermId].Entity].CanonicalId, specialty)
        && !EntityRoles.Between(text, condition.End, drug.Start, OnsetWords);
}
