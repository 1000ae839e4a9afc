namespace Sermo.Analytics.Tests.Tagging;

/// <summary>
/// Decision 337's rules and rows from reading long-r47, each on a sentence of its own written for this test: bare "PEG"
/// in a bowel post as the laxative, bare "ACTH" in an infantile spasms post as corticotropin, "NPH" beside the triad as
/// normal pressure hydrocephalus, stances on vaccines and other phrases that name no drug or disease, and the neurology
/// and pediatric rows the lexicon lacked.
/// </summary>
public class Decision337Tests
{
    [Theory]
    [InlineData("Opioid constipation in hospice; senna at night and PEG every morning.")]
    [InlineData("For the 90-year-old I use a PEG-based prep before colonoscopy, split dose.")]
    public void Tag_PegInABowelPost_IsTheLaxative(string text)
    {
        SharedTagger.DrugIds(text).Should().Contain("polyethylene glycol");
    }

    [Theory]
    [InlineData("Bulbar ALS with weight loss; the PEG tube goes in next week.")]
    [InlineData("Constipated on the tube feeds, and the family wants the PEG out.")]
    public void Tag_PegAsAGastrostomy_NoLaxative(string text)
    {
        SharedTagger.DrugIds(text).Should().NotContain("polyethylene glycol");
    }

    [Theory]
    [InlineData("Infantile spasms at five months; we chose ACTH over vigabatrin after the EEG.")]
    [InlineData("Hypsarrhythmia again, so high-dose ACTH for two weeks with blood pressure checks.")]
    public void Tag_ActhInASpasmsPost_IsCorticotropin(string text)
    {
        SharedTagger.DrugIds(text).Should().Contain("corticotropin");
    }

    [Theory]
    [InlineData("Morning cortisol 3 and ACTH high, so primary adrenal failure; hydrocortisone started.")]
    [InlineData("Infantile spasms resolved, but an ACTH level came back low after the steroid course.")]
    public void Tag_ActhAsTheHormoneMeasured_NoCorticotropin(string text)
    {
        SharedTagger.DrugIds(text).Should().NotContain("corticotropin");
    }

    [Fact]
    public void Tag_NphBesideGaitAndMemoryTrouble_IsHydrocephalus()
    {
        const string text = "Shuffling gait, memory slipping and new incontinence in an 80M: NPH until the tap test says otherwise.";
        SharedTagger.DiseaseIds(text).Should().Contain("G91.2");
        SharedTagger.DrugIds(text).Should().NotContain("insulin isophane");
    }

    [Fact]
    public void Tag_NphInAnInsulinPost_StaysTheInsulin()
    {
        const string text = "Gestational diabetes with fasting sugars over 100; NPH at bedtime and her gait is fine.";
        SharedTagger.DrugIds(text).Should().Contain("insulin isophane");
        SharedTagger.DiseaseIds(text).Should().NotContain("G91.2");
    }

    [Theory]
    [InlineData("Vaccine-hesitant family, but they agreed to the tetanus booster.", "vaccine")]
    [InlineData("Dad is anti-vaccine and mom is not, so the visit went long.", "vaccine")]
    [InlineData("Pre-stimulant ECG for a 9-year-old whose uncle died young.", "stimulant")]
    [InlineData("Progesterone as a respiratory stimulant is rarely used now.", "stimulant")]
    [InlineData("Both parents told me to relax about the rash.", "eletriptan")]
    [InlineData("A B6 level of 150 in a man taking a multivitamin.", "pyridoxine")]
    public void Tag_PhrasesThatNameNoDrug_NoDrug(string text, string id)
    {
        SharedTagger.DrugIds(text).Should().NotContain(id);
    }

    [Theory]
    [InlineData("Most of the night's calls were stroke mimics, mainly migraine.", "I63.9")]
    [InlineData("A happy spitter with physiologic reflux does not need omeprazole.", "K21.9")]
    public void Tag_PhrasesThatNameNoDisease_NoDisease(string text, string code)
    {
        SharedTagger.DiseaseIds(text).Should().NotContain(code);
    }

    [Theory]
    [InlineData("Her MRI shows mesial temporal sclerosis on the right.", "G93.81")]
    [InlineData("Fussy and drooling, which grandma blames on teething.", "K00.7")]
    [InlineData("Newborn screen TSH high, and the scan found an ectopic thyroid.", "Q89.2")]
    [InlineData("Breath-holding spells since nine months, worse when he is told no.", "R06.89")]
    [InlineData("Normal pressure hydrocephalus improved after the shunt.", "G91.2")]
    [InlineData("Wheezy with colds twice this winter, fine in between.", "J00")]
    [InlineData("CTA showed a left M1 occlusion, so thrombectomy.", "I66.02")]
    public void Tag_NeurologyAndPediatricRows_OneDiseaseByTheIndex(string text, string code)
    {
        SharedTagger.DiseaseIds(text).Should().Contain(code);
    }

    [Fact]
    public void Tag_EctopicThyroid_NoEctopicPregnancy()
    {
        SharedTagger.DiseaseIds("Ultrasound showed an ectopic thyroid at the tongue base.").Should().NotContain("O00.90");
    }

    [Theory]
    [InlineData("Stopping all DMTs at 60 is a fair question.", "disease-modifying-therapy")]
    [InlineData("Sodium channel blockers can make Dravet seizures worse.", "sodium-channel-blocker")]
    [InlineData("He had myocarditis, so no more mRNA vaccines for now.", "mrna-vaccine")]
    [InlineData("Mom got amp/gent in labor for chorio.", "ampicillin-gentamicin")]
    public void Tag_ClassesAndRegimensTheLexiconLacked_AreFound(string text, string id)
    {
        SharedTagger.DrugIds(text).Should().Contain(id);
    }

    [Theory]
    [InlineData("Shuffling and stiff this month: parkinsonism from the metoclopramide, so it was stopped.")]
    [InlineData("Tremor and a slow gait by week six: a parkinsonism after Carvykti, rare but described.")]
    public void Tag_ParkinsonismBlamedOnADrug_IsDrugInduced(string text)
    {
        SharedTagger.DiseaseIds(text).Should().Contain("G21.19").And.NotContain("G20");
    }

    [Fact]
    public void Tag_ParkinsonismWithoutADrug_StaysParkinsons()
    {
        SharedTagger.DiseaseIds("Rest tremor and rigidity for a year; parkinsonism, likely early Parkinson's.").Should().NotContain("G21.19");
    }

    [Fact]
    public void Tag_InfarctRuledOutAfterTpa_NoHeartAttack()
    {
        SharedTagger.DiseaseIds("Gave tPA for sudden aphasia; the MRI showed no infarct and it was a complex migraine.").Should().NotContain("I21.9");
    }
}
