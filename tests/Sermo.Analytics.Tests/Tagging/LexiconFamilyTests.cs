using Sermo.Analytics.Tagging;

namespace Sermo.Analytics.Tests.Tagging;

/// <summary>
/// Round 8's lexicon families (docs/taggers.md, decision 057): each family is checked on a sentence where it must
/// fire and on one where it must not, so a term that starts matching ordinary prose fails here.
/// </summary>
public class LexiconFamilyTests
{
    private static TagResult Tag(string text) => SharedTagger.Tagger.Tag(text);

    [Theory]
    [InlineData("Insurance switched him to Selarsdi last month.", EntityType.Brand, "ustekinumab")]
    [InlineData("Pavblu every 8 weeks for her wet AMD.", EntityType.Brand, "aflibercept")]
    [InlineData("Jubbonti q6 months, calcium and vitamin D on board.", EntityType.Brand, "denosumab")]
    [InlineData("Tyenne for her GCA after the taper failed.", EntityType.Brand, "tocilizumab")]
    [InlineData("Zarxio after each cycle.", EntityType.Brand, "filgrastim")]
    [InlineData("Rhapsido worked for his hives.", EntityType.Brand, "remibrutinib")]
    [InlineData("Hoping orforglipron gets covered.", EntityType.Generic, "orforglipron")]
    [InlineData("Her Lp(a) is 250, waiting on pelacarsen data.", EntityType.Generic, "pelacarsen")]
    [InlineData("Malarone for the trip to Ghana.", EntityType.Brand, "atovaquone/proguanil")]
    [InlineData("Started IV artesunate in the ICU.", EntityType.Generic, "artesunate")]
    [InlineData("Methergine after the Pitocin failed.", EntityType.Brand, "methylergonovine")]
    [InlineData("Diclegis at night has helped her nausea.", EntityType.Brand, "doxylamine/pyridoxine")]
    [InlineData("Mestinon 60 tid for her myasthenia.", EntityType.Brand, "pyridostigmine")]
    [InlineData("Gave pralidoxime and atropine.", EntityType.Generic, "pralidoxime")]
    [InlineData("Calcitriol for the secondary hyperparathyroidism.", EntityType.Generic, "calcitriol")]
    [InlineData("Dronabinol for appetite.", EntityType.Generic, "dronabinol")]
    [InlineData("Alvimopan after the bowel resection.", EntityType.Generic, "alvimopan")]
    [InlineData("MDMA-assisted therapy for PTSD.", EntityType.Generic, "midomafetamine")]
    public void Tag_DrugFamilyMember_TaggedWithItsGeneric(string text, EntityType type, string generic)
    {
        Tag(text).Entities.Should().Contain(e => e.Type == type && e.CanonicalId == generic);
    }

    [Theory]
    [InlineData("Switched from FOLFOX to cape alone.", "capecitabine")]
    [InlineData("Carbo plus pem every 3 weeks.", "pemetrexed")]
    [InlineData("Ven plus aza for the AML.", "venetoclax")]
    [InlineData("Progressed on abema, now on enza.", "enzalutamide")]
    [InlineData("Second line lenva plus pembro.", "lenvatinib")]
    [InlineData("Osi 80 daily for 22 months.", "osimertinib")]
    public void Tag_OncologyShorthand_MapsToGeneric(string text, string generic)
    {
        Tag(text).Entities.Should().Contain(e => e.Type == EntityType.Generic && e.CanonicalId == generic);
    }

    [Theory]
    [InlineData("We spent a week on Cape Cod.")]
    [InlineData("Any benefit to adding steroids per CAPE COD for severe CAP?")]
    public void Tag_CapeAsPlace_NotCapecitabine(string text)
    {
        Tag(text).Entities.Should().NotContain(e => e.CanonicalId == "capecitabine");
    }

    [Theory]
    [InlineData("66M smoker with PAD, rest pain.", "F17.210")]
    [InlineData("He's a former smoker, quit 5 yrs ago.", "Z87.891")]
    [InlineData("Sulfa allergy, so no Bactrim.", "Z88.2")]
    [InlineData("Aspirin allergy with nasal polyps.", "Z88.6")]
    [InlineData("Alpha-gal syndrome after tick bites.", "Z91.014")]
    [InlineData("Portal HTN with varices.", "K76.6")]
    [InlineData("Pulmonary HTN on echo, RVSP 60.", "I27.0")]
    [InlineData("Postop AF after the CABG, on amiodarone.", "I48.91")]
    [InlineData("Massive PE, tPA given.", "I26.99")]
    [InlineData("New diplopia and ptosis.", "H53.2")]
    [InlineData("Septic knee, washed out in the OR.", "M00.9")]
    [InlineData("Amenorrheic runner with a low BMI.", "N91.2")]
    [InlineData("Admitted with hyperemesis at 9 weeks.", "O21.0")]
    [InlineData("Falciparum malaria after a trip to Nigeria.", "B50.9")]
    [InlineData("Unruptured aneurysm, 6 mm, coiled.", "I67.1")]
    [InlineData("Colonoscopy found three tubular adenomas.", "D12.6")]
    [InlineData("Family history of heart disease.", "I51.9")]
    [InlineData("Congenital heart disease, Fontan as a child.", "Q24.9")]
    [InlineData("Neurogenic bladder after his SCI, self cath.", "N31.9")]
    public void Tag_ConditionFamilyMember_TaggedWithItsCode(string text, string code)
    {
        Tag(text).Entities.Should().Contain(e => e.Type == EntityType.Disease && e.CanonicalId == code);
    }

    [Fact]
    public void Tag_FormerSmoker_NotCurrentSmoking()
    {
        Tag("Former smoker, 40 pack-years.").Entities.Should().NotContain(e => e.CanonicalId == "F17.210");
    }

    [Theory]
    [InlineData("Allergy season is brutal this year.", "Z88.2")]
    [InlineData("Patient portal messages about her HTN.", "K76.6")]
    [InlineData("Seroquel caused massive weight gain.", "I26.99")]
    [InlineData("A new vision for the clinic.", "H53.2")]
    [InlineData("The heart of the matter is coverage.", "I51.9")]
    [InlineData("BP 150/90 mmHg on two drugs.", "O21.0")]
    [InlineData("Bought my first PDA in 1999, the scheduling app was great.", "Q25.0")]
    public void Tag_ProseNearAFamily_NotTagged(string text, string code)
    {
        Tag(text).Entities.Should().NotContain(e => e.CanonicalId == code);
    }

    [Fact]
    public void Tag_HeartDiseaseWithItsKind_TakesTheKindsCode()
    {
        Tag("Valvular heart disease and coronary heart disease.").Entities.Where(e => e.Type == EntityType.Disease)
            .Select(e => e.CanonicalId).Should().Equal("I38", "I25.10");
    }
    [Theory]
    [InlineData("ILD on the T-DXd, so we held it.", "ILD", EntityType.AdverseEvent)]
    [InlineData("Scleroderma with ILD, PFTs stable.", "ILD", EntityType.Disease)]
    [InlineData("Hearing loss after cisplatin.", "Hearing loss", EntityType.AdverseEvent)]
    [InlineData("Hearing loss since childhood.", "Hearing loss", EntityType.Disease)]
    [InlineData("Adrenal insufficiency from the pembrolizumab.", "Adrenal insufficiency", EntityType.AdverseEvent)]
    [InlineData("Adrenal insufficiency after a pituitary bleed.", "Adrenal insufficiency", EntityType.Disease)]
    public void Tag_DrugInducedConceptInBothLists_ReadByWhetherADrugIsBlamed(string text, string surface, EntityType type)
    {
        Tag(text).Entities.Should().ContainSingle(e => e.Surface == surface).Which.Type.Should().Be(type);
    }

    [Theory]
    [InlineData("Iron sat 14%, ferritin 30.", "iron")]
    [InlineData("ASA class III, otherwise healthy.", "aspirin")]
    [InlineData("Held it 1 week per the old ASA advice.", "aspirin")]
    [InlineData("CLL, Rai stage III, anemia.", "sodium iodide i-131")]
    [InlineData("Plts fell from 210 to 60 on day 6.", "falls")]
    public void Tag_LabOrScoreHoldingADrugWord_NotAMention(string text, string id)
    {
        Tag(text).Entities.Should().NotContain(e => e.CanonicalId == id);
    }

    [Theory]
    [InlineData("Giving IV iron before any ESA.", "iv-iron")]
    [InlineData("ASA 81 daily after the stent.", "aspirin")]
    [InlineData("RAI planned for her Graves.", "sodium iodide i-131")]
    [InlineData("She fell at home last week.", "falls")]
    [InlineData("Optune plus temozolomide for the GBM.", "optune")]
    [InlineData("Failed clarithro triple, then bismuth quad.", "clarithromycin-triple")]
    public void Tag_SameWordsAsAMention_StillTagged(string text, string id)
    {
        Tag(text).Entities.Should().Contain(e => e.CanonicalId == id);
    }
}
