using Sermo.Analytics.Tagging;

namespace Sermo.Analytics.Tests.Tagging;

/// <summary>
/// Round 40's families (docs/taggers.md "Round 40", decision 250), each on a sentence of its own written for this test:
/// the obstetric ward's clipped drug names, brands kept apart from their generics, pregnancy conditions by their index
/// codes, a newborn's abbreviations and bare conditions read by the post's subject, and "GBS" in a pregnancy post.
/// </summary>
public class Round40FamilyTests
{
    private static TagResult Tag(string text) => SharedTagger.Tagger.Tag(text);

    [Theory]
    // What the labour ward and the nursery call their drugs.
    [InlineData("Severe range pressures overnight, so mag is running and we recheck reflexes every hour.", "magnesium sulfate")]
    [InlineData("Cervix unfavourable; we start with miso and add oxytocin in the morning.", "misoprostol")]
    [InlineData("Her bile acids came down on urso and the itching eased.", "ursodiol")]
    [InlineData("Term baby with a temperature of 38.2, started amp and gent after cultures.", "ampicillin")]
    [InlineData("Sugar of 32 at two hours, so glucose gel and a feed before the recheck.", "dextrose")]
    [InlineData("She wants fenugreek to boost her supply while pumping.", "fenugreek")]
    [InlineData("Primary toxoplasmosis at 14 weeks, started on spiramycin while amniocentesis is pending.", "spiramycin")]
    [InlineData("Primary CMV in the first trimester; CMV hyperimmune globulin is not standard outside a trial.", "cytomegalovirus immune globulin")]
    [InlineData("Ductal-dependent lesion on echo, so PGE1 runs until the cath.", "alprostadil")]
    [InlineData("Anemia of prematurity; Epo three times a week and iron drops.", "epoetin alfa")]
    public void Tag_ObstetricDrugShorthand_TaggedAsTheGeneric(string text, string generic)
    {
        Tag(text).Entities.Should().Contain(e => e.Type == EntityType.Generic && e.CanonicalId == generic);
    }

    [Theory]
    [InlineData("Magnesium 1.4 this morning, so we replaced it.")]
    [InlineData("Code blue: the second amp of epinephrine went in at minute four.")]
    [InlineData("Gave an amp of D50 for a sugar of 40.")]
    public void Tag_AnalyteOrAmpule_NoAmpicillinNorMagnesiumSulfate(string text)
    {
        Tag(text).Entities.Should().NotContain(e => e.CanonicalId == "ampicillin" || e.CanonicalId == "magnesium sulfate");
    }

    [Theory]
    [InlineData("Two courses of Celestone before 34 weeks for lung maturity.", "betamethasone")]
    [InlineData("Congenital CMV with hearing loss, six months of Valcyte.", "valganciclovir")]
    [InlineData("Parenteral nutrition with SMOFlipid from day 2.", "lipid emulsion")]
    public void Tag_BrandOnceListedAsASynonym_TaggedAsTheBrand(string text, string generic)
    {
        Tag(text).Entities.Should().Contain(e => e.Type == EntityType.Brand && e.CanonicalId == generic);
    }

    [Theory]
    // Pregnancy conditions by the index: the codes of ICD-10-CM's pregnancy chapter.
    [InlineData("Accreta on MRI at 30 weeks, so a planned cesarean hysterectomy.", "O43.219")]
    [InlineData("Term PROM at 39 weeks and she wants to wait for labour.", "O42.90")]
    [InlineData("Short cervix of 18 mm at 22 weeks, vaginal progesterone started.", "O26.879")]
    [InlineData("Two fourth-degree tears this month after forceps.", "O70.3")]
    [InlineData("Anti-D alloimmunization with a titer of 1:32 and MCA Dopplers weekly.", "O36.0990")]
    [InlineData("Preterm contractions at 31 weeks settled with fluids.", "O47.00")]
    [InlineData("Septic abortion after a clinic procedure abroad, on broad antibiotics.", "O03.87")]
    [InlineData("Mom has Graves disease and the baby has fetal thyrotoxicosis on ultrasound.", "P72.1")]
    public void Tag_PregnancyCondition_TaggedWithTheIndexCode(string text, string code)
    {
        Tag(text).Entities.Should().Contain(e => e.Type == EntityType.Disease && e.CanonicalId == code);
    }

    [Fact]
    public void Tag_ErgotsForMigraine_TaggedAsTheClass()
    {
        Tag("No ergots or triptans within a day of each other for her migraines.").Entities
            .Should().Contain(e => e.Type == EntityType.DrugClass && e.CanonicalId == "ergot-alkaloid");
    }

    [Fact]
    public void Tag_RecurrentPregnancyLoss_ItsOwnCode()
    {
        // N96's title is "Recurrent pregnancy loss"; O26.2- is the care of a current pregnancy in such a patient.
        Tag("Recurrent pregnancy loss workup: karyotypes, antiphospholipid antibodies and a uterine cavity study.").Entities
            .Should().Contain(e => e.Type == EntityType.Disease && e.CanonicalId == "N96");
    }

    [Fact]
    public void Tag_TherapeuticHypothermia_NoHypothermiaCondition()
    {
        Tag("HIE after a cord prolapse; therapeutic hypothermia started within six hours.").Entities
            .Should().NotContain(e => e.CanonicalId == "T68.XXXA");
    }

    [Fact]
    public void Tag_ProseWordProm_NoDisease()
    {
        Tag("He mostly wants clear skin before prom in May.").Entities.Should().NotContain(e => e.Type == EntityType.Disease);
    }

    [Theory]
    // A newborn's abbreviation in a post about a newborn, in a sentence with no other clinical word.
    [InlineData("IVH grade III in a 25-weeker. Head ultrasound again on Monday.", "P52.3")]
    [InlineData("Her baby may still get NAS. We talked about rooming in.", "P96.1")]
    [InlineData("ROP stage 2 in zone II for this baby. Exams every week.", "H35.10")]
    // A bare condition in a post about a newborn: the newborn's row.
    [InlineData("Baby on day three with jaundice, bili rising, back under the lights.", "P59.9")]
    [InlineData("Preemie on CPAP who blew a pneumothorax on day 2; chest tube placed.", "P25.1")]
    public void Tag_NewbornPost_TheNewbornCode(string text, string code)
    {
        Tag(text).Entities.Should().Contain(e => e.Type == EntityType.Disease && e.CanonicalId == code);
    }

    [Theory]
    // Bare jaundice outside a newborn post is a sign of the disease named beside it, left bare; an adult's pneumothorax is J93.
    [InlineData("Painless jaundice and weight loss in a 70M; CT shows a pancreatic head mass.", "P59.9")]
    [InlineData("Tall thin 22M with a pneumothorax on the left, chest tube placed.", "P25.1")]
    public void Tag_AdultPost_NoNewbornCode(string text, string code)
    {
        Tag(text).Entities.Should().NotContain(e => e.CanonicalId == code);
    }

    [Theory]
    [InlineData("Pregnant at 37 weeks, GBS positive, penicillin in labor as usual.")]
    [InlineData("Intrapartum penicillin was started because her GBS status was unknown.")]
    public void Tag_GbsInAPregnancyPost_NoGuillainBarre(string text)
    {
        Tag(text).Entities.Should().NotContain(e => e.CanonicalId == "G61.0");
    }

    [Fact]
    public void Tag_GbsAfterADiarrhoealIllness_StillGuillainBarre()
    {
        Tag("GBS two weeks after Campylobacter diarrhea, ascending weakness, IVIG started.").Entities
            .Should().Contain(e => e.Type == EntityType.Disease && e.CanonicalId == "G61.0");
    }

    [Fact]
    public void Tag_CostovertebralAngleTenderness_NoStroke()
    {
        Tag("Fever of 39 and CVA tenderness, so we treat it as pyelonephritis.").Entities
            .Should().NotContain(e => e.CanonicalId == "I63.9");
    }
}
