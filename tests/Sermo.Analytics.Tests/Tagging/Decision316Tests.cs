namespace Sermo.Analytics.Tests.Tagging;

/// <summary>
/// Round 48's rules and rows from reading long-r45 (docs/taggers.md "Round 48", decision 316), each on a sentence of its
/// own written for this test: bare "dex" in a sedation post as dexmedetomidine, capital "ERA" in a pulmonary hypertension
/// post as the endothelin receptor antagonist class, bare "triple therapy" beside an anticoagulant and an antiplatelet as
/// the antithrombotic regimen, exacerbations after emphysema as COPD's, and the cardiology and critical care rows the
/// lexicon lacked.
/// </summary>
public class Decision316Tests
{
    [Theory]
    [InlineData("Night sedation on the vent was dex and a little fentanyl.")]
    [InlineData("Precedex drip overnight; we weaned the dex at noon and extubated.")]
    public void Tag_DexInASedationPost_IsDexmedetomidine(string text)
    {
        SharedTagger.DrugIds(text).Should().Contain("dexmedetomidine").And.NotContain("dexamethasone");
    }

    [Theory]
    [InlineData("Croup again tonight, one dose of dex and home.")]
    [InlineData("Light sedation with propofol, and dex 8 mg for the airway swelling before extubation.")]
    [InlineData("Sedation holiday every morning; dexamethasone stays on for the edema, dex to be tapered next week.")]
    public void Tag_DexWithoutSedationOrWithASteroidDose_StaysDexamethasone(string text)
    {
        SharedTagger.DrugIds(text).Should().Contain("dexamethasone").And.NotContain("dexmedetomidine");
    }

    [Theory]
    [InlineData("Idiopathic PAH on tadalafil; her ankles swelled once the ERA was added.")]
    [InlineData("Selexipag titration is slow, and the ERA needs monthly pregnancy tests.")]
    public void Tag_CapitalEraInAPulmonaryHypertensionPost_IsTheClass(string text)
    {
        SharedTagger.DrugIds(text).Should().Contain("endothelin-receptor-antagonist");
    }

    [Theory]
    [InlineData("PAH clinic has changed a lot in the sotatercept era.")]
    [InlineData("Back in the ERA of paper charts, nobody coded the visit at all.")]
    [InlineData("The ERA vote came up at lunch, nothing clinical.")]
    public void Tag_LowerCaseEraOrNoPulmonaryHypertension_NoClass(string text)
    {
        SharedTagger.DrugIds(text).Should().NotContain("endothelin-receptor-antagonist");
    }

    [Theory]
    [InlineData("Skip the neprilysin inhibitor after ACE inhibitor angioedema.", "neprilysin-inhibitor")]
    [InlineData("Tremor and a fast pulse from the beta agonist nebs.", "beta-agonist")]
    [InlineData("Gave the parents a list of QT prolonging medications to avoid.", "qt-prolonging-drug")]
    [InlineData("Raltitrexed instead of capecitabine after the vasospasm.", "raltitrexed")]
    [InlineData("Wheeze after the first TOBI dose, so albuterol first now.", "tobramycin")]
    public void Tag_DrugsAndClassesTheLexiconLacked_AreFound(string text, string id)
    {
        SharedTagger.DrugIds(text).Should().Contain(id);
    }

    [Theory]
    [InlineData("Circuit clot on day four, so the oxygenator was changed.", "T82.868A")]
    [InlineData("TEE at six weeks showed a device-related thrombus on the occluder.", "T82.868A")]
    [InlineData("Subclinical leaflet thrombosis on the CT after the valve.", "T82.867A")]
    [InlineData("Ultrasound for radial artery occlusion after the transradial cath was clean.", "I74.2")]
    [InlineData("INOCA in most of the women referred with chest pain.", "I20.89")]
    [InlineData("Invasive testing found microvascular dysfunction, so ranolazine.", "I20.81")]
    [InlineData("Aortic root dilation at 4.4 cm, yearly imaging.", "I77.810")]
    public void Tag_CardiologyRows_OneDiseaseByTheIndex(string text, string code)
    {
        SharedTagger.DiseaseIds(text).Should().Contain(code);
    }

    [Theory]
    [InlineData("Stent last month and he has AF, so warfarin with aspirin and clopidogrel: triple therapy for thirty days.")]
    [InlineData("Triple therapy worries me at 85. Eliquis stays, the Plavix goes at six months.")]
    public void Tag_TripleTherapyWithAnAnticoagulantAndAnAntiplatelet_IsTheAntithromboticRegimen(string text)
    {
        SharedTagger.DrugIds(text).Should().Contain("triple-antithrombotic-therapy");
    }

    [Theory]
    [InlineData("RA still active on methotrexate, so triple therapy with sulfasalazine and hydroxychloroquine.")]
    [InlineData("Triple therapy for H. pylori failed twice, bismuth quadruple next.")]
    [InlineData("On aspirin alone since the stent; triple therapy for his lipids is next.")]
    public void Tag_TripleTherapyWithoutAnticoagulation_NoAntithromboticRegimen(string text)
    {
        SharedTagger.DrugIds(text).Should().NotContain("triple-antithrombotic-therapy");
    }

    [Theory]
    [InlineData("Centrilobular emphysema on the CT, FEV1 40%. Three exacerbations last winter despite the inhalers.")]
    [InlineData("Chronic bronchitis in a lifelong smoker; azithromycin cut his exacerbations in half.")]
    public void Tag_ExacerbationsAfterEmphysemaOrChronicBronchitis_AreCopdExacerbations(string text)
    {
        SharedTagger.DiseaseIds(text).Should().Contain("J44.1");
    }

    [Theory]
    [InlineData("Severe asthma, eosinophilic phenotype, on mepolizumab since spring.")]
    [InlineData("Non-eosinophilic asthma, so tezepelumab rather than an IL-5 drug.")]
    public void Tag_BareEosinophilicAdjective_NoEosinophilia(string text)
    {
        SharedTagger.DiseaseIds(text).Should().NotContain("D72.10");
    }
}
