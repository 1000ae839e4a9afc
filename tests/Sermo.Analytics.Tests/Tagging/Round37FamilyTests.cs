using Sermo.Analytics.Tagging;

namespace Sermo.Analytics.Tests.Tagging;

/// <summary>
/// Round 37's families (docs/taggers.md "Round 37", decision 234), each on a sentence of its own written for this test:
/// supplements a medication reconciliation finds, men's health drugs bought off label, local anaesthetics with
/// epinephrine, the home blood pressure monitor, lacerations by site, bare "swelling" and lab movements that are not
/// events, "ED" and "cold" read as the condition only in their context, and one product's spellings the scorer agrees on.
/// </summary>
public class Round37FamilyTests
{
    private static TagResult Tag(string text) => SharedTagger.Tagger.Tag(text);

    [Theory]
    // Supplements by plain name (the guide's round 28), as a medication reconciliation lists them.
    [InlineData("Med rec found ginkgo and fish oil on top of his warfarin.", "ginkgo")]
    [InlineData("She takes kava every night for her nerves and her ALT doubled.", "kava")]
    [InlineData("Daily garlic pills for his cholesterol, plus clopidogrel after the stent.", "garlic")]
    [InlineData("College wrestler on creatine asks whether it hurts his kidneys.", "creatine")]
    [InlineData("She added 5-HTP from the health store to her sertraline.", "5-hydroxytryptophan")]
    [InlineData("Yohimbine from a gym supplement and now his heart races.", "yohimbine")]
    // Men's health drugs prescribed or bought off the US label.
    [InlineData("He wants enclomiphene instead of testosterone to keep his sperm count.", "enclomiphene")]
    [InlineData("Bought dapoxetine on a trip abroad for premature ejaculation.", "dapoxetine")]
    [InlineData("She brought Neo-Melubrina back from Mexico for her back pain.", "metamizole")]
    // A local anaesthetic with epinephrine is one product as procedure notes write it.
    [InlineData("Digital block with lidocaine with epinephrine before the nail repair.", "lidocaine/epinephrine")]
    [InlineData("Field block with bupivacaine with epi for the excision.", "bupivacaine/epinephrine")]
    public void Tag_DrugOfTheFamily_TaggedWithItsGeneric(string text, string id)
    {
        Tag(text).Entities.Should().Contain(e => e.Type.IsDrug() && e.CanonicalId == id);
    }

    [Fact]
    public void Tag_LidocaineWithEpinephrine_NotTwoSeparateDrugs()
    {
        Tag("Digital block with lidocaine with epinephrine before the nail repair.").Entities
            .Should().NotContain(e => e.CanonicalId == "lidocaine" || e.CanonicalId == "epinephrine");
    }

    [Fact]
    public void Tag_Unasyn_TaggedAsTheBrandOfAmpicillinSulbactam()
    {
        Tag("Aspiration pneumonia in a nursing home resident, started Unasyn overnight.").Entities
            .Should().Contain(e => e.Type == EntityType.Brand && e.CanonicalId == "ampicillin/sulbactam");
    }

    [Fact]
    public void Tag_CreatineKinase_NotTheSupplement()
    {
        Tag("Creatine kinase was 12,000 after the marathon, so fluids and a recheck.").Entities
            .Should().NotContain(e => e.Type.IsDrug());
    }

    [Theory]
    [InlineData("She bought a home BP cuff and her readings run in the 130s.")]
    [InlineData("Bring your home blood pressure cuff to the next visit so we can check it against ours.")]
    public void Tag_HomeBloodPressureMonitor_TaggedAsTheDeviceKind(string text)
    {
        Tag(text).Entities.Should().Contain(e => e.Type == EntityType.Device && e.CanonicalId == "blood-pressure-monitor");
    }

    [Fact]
    public void Tag_CuffInTheOperatingRoom_NotTheHomeMonitor()
    {
        // The cuff the anaesthetist inflates is not the monitor a patient is prescribed.
        Tag("Give the antibiotic before the blood pressure cuff cycles and the tourniquet goes up.").Entities
            .Should().NotContain(e => e.Type == EntityType.Device);
    }

    [Theory]
    // Conditions by the code the ICD-10-CM index gives their words.
    [InlineData("COPD on home oxygen, now with cor pulmonale and worse hypoxia.", "I27.81")]
    [InlineData("Ringworm treated with a steroid cream turned into Majocchi granuloma.", "B35.8")]
    [InlineData("Scalp laceration from a ladder fall, stapled in urgent care.", "S01.01XA")]
    [InlineData("Thumb laceration from a kitchen knife, four sutures.", "S61.019A")]
    [InlineData("Shin laceration on a rusty trailer hitch, tetanus updated.", "S81.819A")]
    public void Tag_Condition_TaggedWithTheIndexCode(string text, string code)
    {
        Tag(text).Entities.Should().Contain(e => e.Type == EntityType.Disease && e.CanonicalId == code);
    }

    [Theory]
    // Bare "swelling" is the sign of the problem at hand (a sprain, a bite, a gland), and a lab that rose is a result.
    [InlineData("Inversion injury with swelling over the lateral ankle, X-ray negative.")]
    [InlineData("Creatinine rose from 1.1 to 1.5 after the contrast study.")]
    [InlineData("Orthostatic vitals were negative on the ward this morning.")]
    public void Tag_SignOrResult_NoAdverseEvent(string text)
    {
        Tag(text).Entities.Should().NotContain(e => e.Type == EntityType.AdverseEvent);
    }

    [Fact]
    public void Tag_AnkleSwellingOnAmlodipine_StillTheEvent()
    {
        Tag("Amlodipine 10 gave her ankle swelling by the second week.").Entities
            .Should().Contain(e => e.Type == EntityType.AdverseEvent && e.CanonicalId == "edema");
    }

    [Theory]
    // "ED" in a post about erections is erectile dysfunction.
    [InlineData("ED in a 62M with diabetes, and tadalafil 5 mg daily works well.")]
    [InlineData("His ED got worse after the prostatectomy and the pump is next.")]
    [InlineData("ED on nitrates for angina, so no Viagra for him.")]
    public void Tag_EdInAPostAboutErections_ErectileDysfunction(string text)
    {
        Tag(text).Entities.Should().Contain(e => e.Type == EntityType.Disease && e.CanonicalId == "N52.9" && e.Surface == "ED");
    }

    [Theory]
    // The department, or no erection in the post.
    [InlineData("Sent to the ED after a fall; sildenafil is on his list for pulmonary hypertension.")]
    [InlineData("ED visit for chest pain, and he admits taking Cialis the night before.")]
    [InlineData("ED in a 30F with asthma and a viral cough.")]
    public void Tag_EdAsTheDepartmentOrWithoutContext_NotErectileDysfunction(string text)
    {
        Tag(text).Entities.Should().NotContain(e => e.CanonicalId == "N52.9");
    }

    [Theory]
    [InlineData("Took Sudafed for a cold and his BP climbed to 170.")]
    [InlineData("It is a cold. Antibiotics will not help it.")]
    [InlineData("His son had the same cold last week.")]
    [InlineData("Shingles in a man who skipped Shingrix, and a cold that he swore was a sinus infection.")]
    public void Tag_ColdAsAnIllness_CommonCold(string text)
    {
        Tag(text).Entities.Should().Contain(e => e.Type == EntityType.Disease && e.CanonicalId == "J00");
    }

    [Theory]
    [InlineData("She has a cold foot and weak pulses on the left.")]
    [InlineData("He worked out in the cold all day without gloves.")]
    [InlineData("Cold compresses and rest for the sprain.")]
    public void Tag_ColdAsATemperature_NoCondition(string text)
    {
        Tag(text).Entities.Should().NotContain(e => e.CanonicalId == "J00");
    }

    [Theory]
    // One product by its salt, source animal, word order or abbreviation point; one event by its wider name.
    [InlineData("generic", "penicillin v", "penicillin v potassium")]
    [InlineData("brand", "insulin regular", "regular insulin")]
    [InlineData("brand", "crotalidae polyvalent immune fab ovine", "crotalidae polyvalent immune fab")]
    [InlineData("generic", "st john's wort", "st. john's wort")]
    [InlineData("adverse-event", "vulvovaginal candidiasis", "genital mycotic infection")]
    [InlineData("adverse-event", "clostridium difficile infection", "c. difficile infection")]
    public void Agree_SpellingOfOneConcept_True(string type, string goldId, string canonicalId)
    {
        SharedTagger.IdAliases.Agree(type, goldId, canonicalId).Should().BeTrue();
    }

    [Theory]
    [InlineData("generic", "penicillin g", "penicillin v potassium")]
    [InlineData("brand", "insulin lispro", "regular insulin")]
    public void Agree_AnotherProduct_False(string type, string goldId, string canonicalId)
    {
        SharedTagger.IdAliases.Agree(type, goldId, canonicalId).Should().BeFalse();
    }

    [Theory]
    // An event in a sentence that names no drug but reports an onset pairs with the drugs of the sentence before.
    [InlineData("Amitriptyline 10 at night helped her IBS. Now she has dry mouth.", "amitriptyline", "dry mouth")]
    [InlineData("He takes digoxin 0.25 daily with CKD 4. Then came nausea and yellow vision, level 2.6.", "digoxin", "nausea")]
    public void Tag_EventAfterTheDrugsSentence_PairedWithThatDrug(string text, string drug, string adverse)
    {
        Tag(text).AdverseEvents.Should().Contain(p => p.Drug.CanonicalId == drug && p.Event.Surface.Equals(adverse, StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    // A sentence that names its own drug keeps its own pairs; a drug two sentences back, a negated drug, or a sentence
    // without an onset word pairs nothing across sentences.
    [InlineData("Started sertraline in May. Metformin stays, and she has diarrhea from it.", "sertraline")]
    [InlineData("Lisinopril for years. Her labs were normal. Now a dry cough.", "lisinopril")]
    [InlineData("No opioids after the surgery. Now constipation anyway.", "opioid")]
    [InlineData("On lisinopril for years. Nausea with the flu last winter.", "lisinopril")]
    public void Tag_EventWithoutTheDrugBefore_NotPairedAcrossSentences(string text, string drug)
    {
        Tag(text).AdverseEvents.Should().NotContain(p => p.Drug.CanonicalId == drug);
    }
}
