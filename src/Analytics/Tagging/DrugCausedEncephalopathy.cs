namespace Sermo.Analytics.Tagging;

/// <summary>
/// An encephalopathy a drug of its sentence is blamed for is toxic encephalopathy G92.8, not the unspecified G93.40
/// (round 45, decision 293; the guide's "Labels settled in round 45": a condition only the disease list names is a
/// disease whatever caused it, coded by the index's drug-induced entry, "Encephalopathy, toxic"): "on baclofen 20 TID
/// ... came in with encephalopathy", "got encephalopathy from the cefepime". The blame is <see cref="DualReadings"/>'
/// own (a drug given, not a treatment of the condition named after it), and the condition must have happened (not feared,
/// "I worry about encephalopathy"), so a bare word alone never makes it G92.8.
/// </summary>
internal static class DrugCausedEncephalopathy
{
    private const string UnspecifiedId = "G93.40";
    private const string ToxicTerm = "toxic encephalopathy";
    private const string ToxicId = "G92.8";

    // Words just before the condition that make it feared or possible, not had: "worry about", "can cause", "risk of".
    private static readonly string[] FearWords = ["worry", "worried", "fear", "risk", "can", "could", "may", "might", "cause", "causes"];

    // How far before the condition (characters, within its sentence) those words are looked for: about three words.
    private const int FearReach = 24;

    private static readonly string[] TreatmentWords = ["for", "treat", "treats", "treated", "treating"];

    /// <summary>Moves, in place, each G93.40 reading a drug is blamed for to G92.8. Reads the sentence only for a G93.40 hit.</summary>
    public static void Relabel(ClinicalTermCatalog catalog, ReadOnlySpan<char> text, List<PhraseHit> entityHits, List<PhraseHit> cueHits, EntityRole[] roles, List<int> sentenceEnds, int[] entityOf)
    {
        var toxic = -2;
        for (var e = 0; e < entityHits.Count; e++)
        {
            if (catalog.Entities[entityOf[e]].CanonicalId != UnspecifiedId || IsTreatedBefore(catalog, text, entityHits, sentenceEnds, e)
                || IsFearedOnly(catalog, text, entityHits[e], cueHits, sentenceEnds)
                || !DualReadings.IsBlamedOnDrug(catalog, text, entityHits, cueHits, roles, sentenceEnds, e))
            {
                continue;
            }

            if (toxic == -2)
            {
                toxic = ToxicEntity(catalog);
            }

            if (toxic < 0)
            {
                return;
            }

            entityOf[e] = toxic;
        }
    }

    // "I worry about encephalopathy", "can cause encephalopathy": a feared condition has no cause yet to code.
    private static bool IsFearedOnly(ClinicalTermCatalog catalog, ReadOnlySpan<char> text, PhraseHit hit, List<PhraseHit> cueHits, List<int> sentenceEnds)
    {
        var sentence = TextStructure.SegmentOf(sentenceEnds, hit.Start, 0);
        var context = ContextRules.Evaluate(text, hit, EntityType.Disease, TextStructure.SegmentStart(sentenceEnds, sentence), sentenceEnds[sentence], cueHits, 0, catalog.Terms);
        var before = Math.Max(TextStructure.SegmentStart(sentenceEnds, sentence), hit.Start - FearReach);
        return context.Uncertain || context.Hypothetical || EntityRoles.ContainsWord(text, before, hit.Start, FearWords);
    }

    // "Lactulose and rifaximin for prior encephalopathy": the drug just before the condition is given for it.
    private static bool IsTreatedBefore(ClinicalTermCatalog catalog, ReadOnlySpan<char> text, List<PhraseHit> entityHits, List<int> sentenceEnds, int e)
    {
        var start = TextStructure.SegmentStart(sentenceEnds, TextStructure.SegmentOf(sentenceEnds, entityHits[e].Start, 0));
        for (var d = e - 1; d >= 0 && entityHits[d].Start >= start; d--)
        {
            if (catalog.Entities[catalog.Terms[entityHits[d].TermId].Entity].Type.IsDrug())
            {
                return EntityRoles.Between(text, entityHits[d].End, entityHits[e].Start, TreatmentWords);
            }
        }

        return false;
    }

    // The G92.8 row: "toxic encephalopathy" is also the drug-induced event's term, whose disease reading it is.
    private static int ToxicEntity(ClinicalTermCatalog catalog)
    {
        var termId = catalog.TermIdOf(NormalizedText.NormalizeTerm(ToxicTerm));
        if (termId < 0)
        {
            return -1;
        }

        var term = catalog.Terms[termId];
        foreach (var entity in (ReadOnlySpan<int>)[term.Entity, term.DiseaseReading])
        {
            if (entity >= 0 && catalog.Entities[entity].CanonicalId == ToxicId)
            {
                return entity;
            }
        }

        return -1;
    }
}
