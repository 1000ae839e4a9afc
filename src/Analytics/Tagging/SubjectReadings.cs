namespace Sermo.Analytics.Tagging;

/// <summary>
/// The steps after disambiguation that read a bare word, relabel a row or drop one by what the post is about (decisions
/// 242-386), in the order they were added: each later step sees the rows the earlier ones kept or added.
/// </summary>
internal static class SubjectReadings
{
    /// <summary>Runs each step on the post's entity hits, in place.</summary>
    public static void Apply(ClinicalTermCatalog catalog, ReadOnlySpan<char> chars, List<PhraseHit> entityHits)
    {
        NewbornConditions.Relabel(catalog, chars, entityHits);
        SinonasalPolyps.Add(catalog, chars, entityHits);
        AltitudeSickness.Add(catalog, chars, entityHits);
        OffSubjectConditions.Resolve(catalog, chars, entityHits);
        ChemoBeforeCondition.Split(catalog, chars, entityHits);
        CalciumSupplement.Add(catalog, chars, entityHits);
        CalciumSaltSaidAgain.Add(catalog, chars, entityHits);
        MalePatientConditions.Relabel(catalog, chars, entityHits);
        AutoPapDevice.Relabel(catalog, chars, entityHits);
        MaleHypogonadismHcg.Add(catalog, chars, entityHits);
        PeritonealDialysisPd.Drop(catalog, chars, entityHits);
        OldInfarction.Relabel(catalog, chars, entityHits);
        ChronicHypertensionInPregnancy.Relabel(catalog, chars, entityHits);
        ReferringBackHeads.Add(catalog, chars, entityHits);
        RepeatedConditionHeads.Add(catalog, chars, entityHits);
        BurnInjuries.Add(catalog, chars, entityHits);
        LaySugarDiabetes.Add(catalog, chars, entityHits);
        JointPainTreated.Add(catalog, chars, entityHits);
        MacrophageActivation.Relabel(catalog, chars, entityHits);
        LevoShorthand.Add(catalog, chars, entityHits);
        SedationDex.Relabel(catalog, chars, entityHits);
        TripleAntithromboticTherapy.Add(catalog, chars, entityHits);
        TripleTherapyBySubject.Add(catalog, chars, entityHits);
        HeartFailureQuadTherapy.Add(catalog, chars, entityHits);
        GivenBareDrugs.Add(catalog, chars, entityHits);
        GlucoseBeforeThiamine.Add(catalog, chars, entityHits);
        ContraceptiveRingBackReference.Add(catalog, chars, entityHits);
        VertebralFractures.Relabel(catalog, chars, entityHits);
        GadoliniumPostContrast.Relabel(catalog, chars, entityHits);
        PegByPostSubject.Add(catalog, chars, entityHits);
        InfantileSpasmsActh.Add(catalog, chars, entityHits);
        HydrocephalusNph.Relabel(catalog, chars, entityHits);
        OralContrastProduct.Relabel(catalog, chars, entityHits);
        AtopicDermatitisAd.Relabel(catalog, chars, entityHits);
        AutonomicDysreflexiaAd.Relabel(catalog, chars, entityHits);
        NonunionAfterFusion.Relabel(catalog, chars, entityHits);
        LaiBesideNamedDrug.Drop(catalog, chars, entityHits);
        PenicillinBackReference.Relabel(catalog, chars, entityHits);
        PostproceduralHypothyroidism.Relabel(catalog, chars, entityHits);
        CystoidMacularEdemaAfterCataractSurgery.Relabel(catalog, chars, entityHits);
        GutAngiodysplasiaAvm.Add(catalog, chars, entityHits);
        ThrombolysisWithItsDrug.Drop(catalog, chars, entityHits);
        NeoShorthand.Add(catalog, chars, entityHits);
    }
}
