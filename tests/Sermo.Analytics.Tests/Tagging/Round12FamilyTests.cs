using Sermo.Analytics.Tagging;

namespace Sermo.Analytics.Tests.Tagging;

/// <summary>
/// Round 12's lexicon families, codes by the ICD-10-CM index and the lower-case brand shorthand (docs/taggers.md
/// "Round 12", decision 092): each on a post where it must fire and, where the word has another sense, one where it
/// must not.
/// </summary>
public class Round12FamilyTests
{
    private static TagResult Tag(string text) => SharedTagger.Tagger.Tag(text);

    [Theory]
    [InlineData("Serotonin syndrome, so cyproheptadine and benzos.", "cyproheptadine")]
    [InlineData("Switched to vigabatrin for the spasms.", "vigabatrin")]
    [InlineData("Acthar gel is absurdly priced.", "corticotropin")]
    [InlineData("He still does dornase daily with hypertonic saline.", "dornase alfa")]
    [InlineData("Boric acid suppositories for the recurrent BV.", "boric acid")]
    [InlineData("Mirvaso gave her rebound redness.", "brimonidine topical")]
    [InlineData("Niktimvo is next for the chronic GVHD.", "axatilimab")]
    [InlineData("Moving to Nulojix monthly infusions.", "belatacept")]
    [InlineData("Thymoglobulin if the pulse steroids fail.", "anti-thymocyte globulin (rabbit)")]
    [InlineData("Sildenafil plus isosorbide is a disaster.", "isosorbide mononitrate")]
    public void Tag_Round12DrugFamily_TaggedWithItsGeneric(string text, string generic)
    {
        Tag(text).Entities.Should().Contain(e => e.Type.IsDrug() && e.CanonicalId == generic);
    }

    [Theory]
    [InlineData("Pulse Solu-Medrol x3 for the rejection.", "methylprednisolone")]
    [InlineData("Solu-Cortef kit at home for sick days.", "hydrocortisone")]
    [InlineData("Was she on Depo-Medrol injections?", "methylprednisolone")]
    public void Tag_SteroidBrand_TaggedAsBrand(string text, string generic)
    {
        Tag(text).Entities.Should().Contain(e => e.Type == EntityType.Brand && e.CanonicalId == generic);
    }

    [Theory]
    [InlineData("No prior NNRTI failure, so Cabenuva is fine.", "nnrti")]
    [InlineData("How much of the weight gain is the INSTI?", "integrase-inhibitor")]
    [InlineData("I am not excited about the HIF-PH inhibitors.", "hif-ph-inhibitor")]
    [InlineData("Stopped warfarin since vitamin K antagonists drive calciphylaxis.", "vitamin-k-antagonist")]
    [InlineData("Live vaccines are out once she is on the JAKi.", "live-vaccine")]
    [InlineData("Steering her toward a progestin-only option.", "progestin-only-contraceptive")]
    [InlineData("DVT on the combined pill last year.", "hormonal-contraceptive")]
    [InlineData("Eliquis was stopped, so the lytic was OK.", "thrombolytic")]
    [InlineData("Nivolumab plus AVD per S1826.", "avd")]
    [InlineData("Gave bismuth quadruple for 14 days.", "bismuth-quadruple")]
    public void Tag_Round12ClassOrRegimen_TaggedWithItsId(string text, string id)
    {
        Tag(text).Entities.Should().Contain(e => e.Type.IsDrug() && e.CanonicalId == id);
    }

    /// <summary>Pharmacologic classes no gold set has used yet (ATC and FDA established pharmacologic classes).</summary>
    [Theory]
    [InlineData("Added an LTRA for the exercise symptoms.", "ltra")]
    [InlineData("Cholinesterase inhibitors gave him vivid dreams.", "cholinesterase-inhibitor")]
    [InlineData("Any xanthine oxidase inhibitor is fine with his CKD.", "xanthine-oxidase-inhibitor")]
    [InlineData("Switched the mTOR inhibitor for the SCC risk.", "mtor-inhibitor")]
    [InlineData("Prostaglandin analogs darken the iris.", "prostaglandin-analog")]
    [InlineData("Somatostatin analogs for the carcinoid symptoms.", "somatostatin-analog")]
    [InlineData("Tetracyclines stain a child's teeth.", "tetracycline-class")]
    [InlineData("Maximized aminosalicylates before a biologic.", "aminosalicylate")]
    [InlineData("An MAO-B inhibitor early in Parkinson's.", "mao-b-inhibitor")]
    [InlineData("COMT inhibitors for the wearing off.", "comt-inhibitor")]
    [InlineData("A carbonic anhydrase inhibitor before the ascent.", "carbonic-anhydrase-inhibitor")]
    [InlineData("Potassium-sparing diuretics raise the K.", "potassium-sparing-diuretic")]
    [InlineData("Oral retinoids need two forms of contraception.", "retinoid")]
    [InlineData("An alpha-2 agonist helps the evenings.", "alpha2-agonist")]
    [InlineData("Beta-3 agonists do not raise the anticholinergic burden.", "beta3-agonist")]
    public void Tag_ClassNoSetHasUsed_TaggedWithItsClass(string text, string id)
    {
        Tag(text).Entities.Should().Contain(e => e.Type == EntityType.DrugClass && e.CanonicalId == id);
    }

    [Theory]
    [InlineData("Plantar fasciitis for a year, night splints failed.", "M72.2")]
    [InlineData("Rotator cuff tear on MRI, ortho wants PT first.", "M75.100")]
    [InlineData("Autistic 7 year old with severe irritability.", "F84.0")]
    [InlineData("Seb derm on the face, ketoconazole cream.", "L21.9")]
    [InlineData("A large fibroid and heavy bleeding.", "D25.9")]
    [InlineData("B12 deficient on metformin for years.", "E53.8")]
    public void Tag_CommonConditionForm_TaggedWithItsCode(string text, string code)
    {
        Tag(text).Entities.Should().Contain(e => e.Type == EntityType.Disease && e.CanonicalId == code);
    }

    [Fact]
    public void Tag_LyticLesions_NotAThrombolytic()
    {
        Tag("Myeloma with lytic lesions in the spine.").Entities.Should().NotContain(e => e.CanonicalId == "thrombolytic");
    }

    [Fact]
    public void Tag_VitaminKAntagonist_NotVitaminK()
    {
        Tag("Vitamin K antagonists are out for her.").Entities.Should().NotContain(e => e.CanonicalId == "phytonadione");
    }

    [Theory]
    [InlineData("Her insulin pump helped the glucose swings.", "insulin-pump")]
    [InlineData("He got a drug-eluting stent in the SFA.", "drug-eluting-stent")]
    [InlineData("Also considering ortho-k lenses later.", "orthokeratology-lens")]
    public void Tag_Round12Device_TaggedWithItsId(string text, string id)
    {
        Tag(text).Entities.Should().Contain(e => e.Type == EntityType.Device && e.CanonicalId == id);
    }

    [Theory]
    [InlineData("Endophthalmitis after an intravitreal injection.", "H44.009")]
    [InlineData("Diabetic with macular edema and 20/200 vision.", "H35.81")]
    [InlineData("She has Fuchs dystrophy too, so no PK.", "H18.51")]
    [InlineData("Parents both high myopes, starting atropine.", "H52.1")]
    [InlineData("Three secondary syphilis cases this month.", "A51.49")]
    [InlineData("One neurosyphilis with uveitis.", "A52.3")]
    [InlineData("Interstitial cystitis, 43F, years of pelvic pain.", "N30.10")]
    [InlineData("Treating her pelvic floor dysfunction with PT.", "M62.89")]
    [InlineData("Postpartum is the highest risk window for mania.", "F30.9")]
    [InlineData("Infantile spasms, 6 month old with hypsarrhythmia.", "G40.822")]
    [InlineData("Workup found tuberous sclerosis.", "Q85.1")]
    [InlineData("HPV positive, CIN3 on colposcopy.", "D06.9")]
    [InlineData("Intrahepatic cholestasis of pregnancy at 33 weeks.", "O26.619")]
    [InlineData("Early cardiac allograft vasculopathy on the cath.", "T86.290")]
    [InlineData("Field treatment for the actinic keratoses.", "L57.0")]
    [InlineData("Monthly hemarthroses on prophylaxis.", "M25.00")]
    [InlineData("Thiazide if he is hypercalciuric.", "R82.994")]
    [InlineData("Parents worried about eating disorders.", "F50.9")]
    public void Tag_Round12ConditionFamily_TaggedWithItsCode(string text, string code)
    {
        Tag(text).Entities.Should().Contain(e => e.Type == EntityType.Disease && e.CanonicalId == code);
    }

    [Theory]
    [InlineData("PsA with dactylitis and nail disease.", true)]
    [InlineData("Quick PSA for the PCPs: check the A1c.", false)]
    [InlineData("PSA 6.2 on finasteride.", false)]
    public void Tag_PsA_OnlyInItsOwnSpelling(string text, bool psoriaticArthritis)
    {
        Tag(text).Entities.Any(e => e.CanonicalId == "L40.50").Should().Be(psoriaticArthritis);
    }

    [Theory]
    [InlineData("Hx of RA, on methotrexate.", "M06.9")]
    [InlineData("Pericarditis recurrence on colchicine.", "I31.9")]
    [InlineData("Acute pericarditis after a viral illness.", "I30.9")]
    [InlineData("Admitted with hepatic encephalopathy again.", "K76.82")]
    [InlineData("Ferritin 7, so iron deficiency even without anemia.", "E61.1")]
    [InlineData("Iron deficiency anemia from menorrhagia.", "D50.9")]
    [InlineData("Adrenal adenoma 3 cm, cortisol autonomous.", "D35.00")]
    [InlineData("Diabetic foot ulcer with probe to bone.", "E11.621")]
    [InlineData("His wife has flu, she got Xofluza.", "J11.1")]
    [InlineData("Turned out influenza A on the swab.", "J10.1")]
    [InlineData("Their neighbor had anaplasma last summer.", "A79.82")]
    [InlineData("Acute sinusitis for five days, no antibiotics.", "J01.90")]
    public void Tag_ConditionCodedByTheIcd10CmIndex(string text, string code)
    {
        Tag(text).Entities.Should().Contain(e => e.Type == EntityType.Disease && e.CanonicalId == code);
    }

    [Theory]
    [InlineData("Resistant to ceftriaxone and cipro.", EntityType.Generic)]
    [InlineData("He got Cipro for a UTI last month.", EntityType.Brand)]
    [InlineData("Eliquis and cipro together, watch the bleeding.", EntityType.Generic)]
    [InlineData("afib on eliquis, CKD4.", EntityType.Brand)]
    public void Tag_LowerCaseBrandThatStartsItsGeneric_IsTheGenericShorthand(string text, EntityType type)
    {
        var drug = Tag(text).Entities.Where(e => e.Type.IsDrug()).Last(e => e.CanonicalId is "ciprofloxacin" or "apixaban");
        drug.Type.Should().Be(type);
    }
}
