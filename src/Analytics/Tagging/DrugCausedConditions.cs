namespace Sermo.Analytics.Tagging;

/// <summary>
/// A condition a drug of its sentence is blamed for is coded by the index's drug-induced entry, not its unspecified code
/// (the guide's "Labels settled in round 45": a condition only the disease list names is a disease whatever caused it).
/// An encephalopathy is toxic encephalopathy G92.8, not G93.40 (round 45, decision 293): "on baclofen 20 TID ... came in
/// with encephalopathy", "got encephalopathy from the cefepime". Parkinsonism is drug-induced parkinsonism G21.19, not
/// Parkinson's disease G20 (round 50, decision 337; the index's "Parkinsonism, secondary, due to drugs"): "parkinsonism
/// from the Reglan", "delayed parkinsonism after cilta-cel", two readable sets; "Parkinson's" itself is never moved. A
/// liver failure a drug caused is toxic liver disease K71.10, not K72.00 or K72.90 (round 53, decisions 381 and 382; the
/// index's "Failure, hepatic, due to drugs"): "acute liver failure from the acetaminophen"; a mushroom toxin is no drug. The
/// blame is <see cref="DualReadings"/>' own (a drug given, not a treatment of the condition named after it), and the
/// condition must have happened (not feared, "I worry about encephalopathy"), so a bare word alone never moves.
/// </summary>
internal static class DrugCausedConditions
{
    /// <summary>The unspecified code, the surface it must be written as (null: any), and the drug-induced row's term and code.</summary>
    /// <remarks>
    /// A liver failure also needs its cause in its own sentence (<see cref="IsCausedInItsSentence"/>): a sick liver is
    /// named beside drugs it changes ("his liver failure made argatroban clearance unpredictable") or that treat a toxin
    /// ("NAC high dose. Now with acute liver failure watch"), which the shared blame would read as the cause.
    /// </remarks>
    private static readonly (string UnspecifiedId, string? Surface, string DrugCausedTerm, string DrugCausedId, bool CauseInSentence)[] Readings =
    [
        ("G93.40", null, "toxic encephalopathy", "G92.8", false),
        ("G20", "parkinsonism", "drug-induced parkinsonism", "G21.19", false),
        ("K72.00", null, "toxic liver disease with hepatic necrosis", "K71.10", true),
        ("K72.90", "liver failure", "toxic liver disease with hepatic necrosis", "K71.10", true),
        ("K72.90", "hepatic failure", "toxic liver disease with hepatic necrosis", "K71.10", true),
    ];

    // The words that tie a liver failure to a drug of its sentence: "from", "after", "on", "due to", an "overdose".
    private static readonly string[] CauseWords = ["from", "after", "on", "due", "induced", "overdose", "od", "ingestion", "toxicity", "caused", "causing"];

    // Words just before the condition that make it feared or possible, not had: "worry about", "can cause", "risk of".
    private static readonly string[] FearWords = ["worry", "worried", "fear", "risk", "can", "could", "may", "might", "cause", "causes"];

    // How far before the condition (characters, within its sentence) those words are looked for: about three words.
    private const int FearReach = 24;

    private static readonly string[] TreatmentWords = ["for", "treat", "treats", "treated", "treating"];

    /// <summary>Moves, in place, each unspecified reading a drug is blamed for to its drug-induced code. Reads the sentence only for such a hit.</summary>
    public static void Relabel(ClinicalTermCatalog catalog, ReadOnlySpan<char> text, List<PhraseHit> entityHits, List<PhraseHit> cueHits, EntityRole[] roles, List<int> sentenceEnds, int[] entityOf)
    {
        for (var e = 0; e < entityHits.Count; e++)
        {
            var reading = ReadingOf(catalog.Entities[entityOf[e]].CanonicalId, text[entityHits[e].Start..entityHits[e].End]);
            if (reading < 0 || IsTreatedBefore(catalog, text, entityHits, sentenceEnds, e)
                || (Readings[reading].CauseInSentence && !IsCausedInItsSentence(catalog, text, entityHits, sentenceEnds, e))
                || IsFearedOnly(catalog, text, entityHits[e], cueHits, sentenceEnds)
                || !DualReadings.IsBlamedOnDrug(catalog, text, entityHits, cueHits, roles, sentenceEnds, e))
            {
                continue;
            }

            var drugCaused = DrugCausedEntity(catalog, Readings[reading].DrugCausedTerm, Readings[reading].DrugCausedId);
            if (drugCaused >= 0)
            {
                entityOf[e] = drugCaused;
            }
        }
    }

    // The reading whose unspecified code and surface the hit has, -1 when none.
    private static int ReadingOf(string id, ReadOnlySpan<char> surface)
    {
        for (var r = 0; r < Readings.Length; r++)
        {
            if (id == Readings[r].UnspecifiedId && (Readings[r].Surface is null || surface.SequenceEqual(Readings[r].Surface)))
            {
                return r;
            }
        }

        return -1;
    }

    // "I worry about encephalopathy", "can cause encephalopathy": a feared condition has no cause yet to code.
    private static bool IsFearedOnly(ClinicalTermCatalog catalog, ReadOnlySpan<char> text, PhraseHit hit, List<PhraseHit> cueHits, List<int> sentenceEnds)
    {
        var sentence = TextStructure.SegmentOf(sentenceEnds, hit.Start, 0);
        var context = ContextRules.Evaluate(text, hit, EntityType.Disease, TextStructure.SegmentStart(sentenceEnds, sentence), sentenceEnds[sentence], cueHits, 0, catalog.Terms);
        var before = Math.Max(TextStructure.SegmentStart(sentenceEnds, sentence), hit.Start - FearReach);
        return context.Uncertain || context.Hypothetical || EntityRoles.ContainsWord(text, before, hit.Start, FearWords);
    }

    // A drug in the condition's own sentence and a word of cause in it: "acute liver failure after an acetaminophen overdose".
    private static bool IsCausedInItsSentence(ClinicalTermCatalog catalog, ReadOnlySpan<char> text, List<PhraseHit> entityHits, List<int> sentenceEnds, int e)
    {
        var sentence = TextStructure.SegmentOf(sentenceEnds, entityHits[e].Start, 0);
        var start = TextStructure.SegmentStart(sentenceEnds, sentence);
        var end = sentenceEnds[sentence];
        for (var d = 0; d < entityHits.Count; d++)
        {
            if (d != e && entityHits[d].Start >= start && entityHits[d].End <= end
                && catalog.Entities[catalog.Terms[entityHits[d].TermId].Entity].Type.IsDrug())
            {
                return EntityRoles.ContainsWord(text, start, end, CauseWords);
            }
        }

        return false;
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

    // The drug-induced row: "toxic encephalopathy" is also the drug-induced event's term, whose disease reading it is.
    private static int DrugCausedEntity(ClinicalTermCatalog catalog, string drugCausedTerm, string drugCausedId)
    {
        var termId = catalog.TermIdOf(NormalizedText.NormalizeTerm(drugCausedTerm));
        if (termId < 0)
        {
            return -1;
        }

        var term = catalog.Terms[termId];
        foreach (var entity in (ReadOnlySpan<int>)[term.Entity, term.DiseaseReading])
        {
            if (entity >= 0 && catalog.Entities[entity].CanonicalId == drugCausedId)
            {
                return entity;
            }
        }

        return -1;
    }
}
