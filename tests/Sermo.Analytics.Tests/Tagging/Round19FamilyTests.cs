using Sermo.Analytics.Tagging;

namespace Sermo.Analytics.Tests.Tagging;

/// <summary>
/// Round 19's families (docs/taggers.md "Round 19", decision 141), each on a sentence of its own and with surfaces
/// long-r18 does not use: cancers by site, in situ neoplasms, named musculoskeletal conditions, disc displacement by
/// level, fractures by site, travel infections, pneumoconioses, substance use, diabetes of other types, abdominal wall
/// hernias, varicose veins, gangrene, old infarction, spinal cord injury and stroke sequelae; class abbreviations and
/// immunotherapy combinations; and the tests and duplex findings that name no disease.
/// </summary>
public class Round19FamilyTests
{
    private static TagResult Tag(string text) => SharedTagger.Tagger.Tag(text);

    [Theory]
    [InlineData("Tongue cancer in a nonsmoker, HPV negative.", "C02.9")]
    [InlineData("Penile carcinoma referred to urology oncology.", "C60.9")]
    [InlineData("Merkel cell carcinoma on the cheek of a 78M.", "C4A.9")]
    [InlineData("LCIS on the core biopsy, so high-risk screening.", "D05.00")]
    [InlineData("Lentigo maligna on the forehead, excised with margins.", "D03.9")]
    [InlineData("Adhesive capsulitis after her wrist surgery, PT twice a week.", "M75.00")]
    [InlineData("Trigger thumb injected once, doing well.", "M65.30")]
    [InlineData("Phantom pain after the BKA is his main complaint.", "G54.6")]
    [InlineData("C6-7 disc herniation with arm numbness.", "M50.20")]
    [InlineData("Herniated disk on the MRI, conservative care first.", "M51.26")]
    [InlineData("Three rib fractures after the fall, good pain control.", "S22.39XA")]
    [InlineData("Colles fracture in an 80F who tripped on the rug.", "S52.509A")]
    [InlineData("Pathological fracture of the humerus from a lytic lesion.", "M84.40XA")]
    [InlineData("Bilharzia after swimming in Lake Malawi.", "B65.9")]
    [InlineData("Chikungunya fever with joint pain for months after Brazil.", "A92.0")]
    [InlineData("Black lung in a retired miner on oxygen.", "J60")]
    [InlineData("Chronic beryllium disease in an aerospace machinist.", "J63.2")]
    [InlineData("Crack use since his twenties, now wants help.", "F14.90")]
    [InlineData("IVDU with a new murmur, echo ordered.", "F19.90")]
    [InlineData("Gambling addiction made his depression worse.", "F63.0")]
    [InlineData("CFRD managed with insulin since age 16.", "E84.8")]
    [InlineData("Type 3c diabetes after her pancreatectomy.", "E08.9")]
    [InlineData("Umbilical hernia repair next month.", "K42.9")]
    [InlineData("Incisional hernia after his laparotomy.", "K43.2")]
    [InlineData("Varicosities on both calves, compression stockings.", "I83.90")]
    [InlineData("Dry gangrene of two toes, vascular consulted.", "I96")]
    [InlineData("Old MI on the ECG, Q waves inferiorly.", "I25.2")]
    [InlineData("Tetraplegia after a diving accident, C5 level.", "G82.50")]
    [InlineData("Post-stroke aphasia improving with speech therapy.", "I69.320")]
    [InlineData("Klinefelter syndrome found during an infertility workup.", "Q98.4")]
    [InlineData("Ruptured spleen from mono, he went to the OR.", "D73.5")]
    public void Tag_Round19ConditionFamily_TaggedWithItsCode(string text, string code)
    {
        Tag(text).Entities.Should().Contain(e => e.Type == EntityType.Disease && e.CanonicalId == code);
    }

    [Theory]
    [InlineData("Azole antifungals raise tacrolimus levels.", EntityType.DrugClass, "azole-antifungal")]
    [InlineData("Non-DHP CCB for rate control since she cannot take metoprolol.", EntityType.DrugClass, "ccb")]
    [InlineData("A third generation cephalosporin covers it.", EntityType.DrugClass, "cephalosporin")]
    [InlineData("MOUD started in the ED with a bridge prescription.", EntityType.DrugClass, "moud")]
    [InlineData("A calcimimetic for his secondary hyperparathyroidism.", EntityType.DrugClass, "calcimimetic")]
    [InlineData("Anti-CD38 antibody in the second line.", EntityType.DrugClass, "anti-cd38")]
    [InlineData("Dual HER2 blockade before surgery.", EntityType.DrugClass, "anti-her2")]
    [InlineData("A BRAF inhibitor for the V600E melanoma.", EntityType.DrugClass, "braf-inhibitor")]
    [InlineData("A taxane after progression on the first line.", EntityType.DrugClass, "taxane")]
    [InlineData("A platinum agent first, then maintenance.", EntityType.DrugClass, "platinum")]
    [InlineData("Nivo/cabo first line for clear cell disease.", EntityType.Regimen, "nivolumab-cabozantinib")]
    [InlineData("Atezo/bev for unresectable HCC.", EntityType.Regimen, "atezolizumab-bevacizumab")]
    [InlineData("Lenva/pembro for endometrial cancer after chemo.", EntityType.Regimen, "lenvatinib-pembrolizumab")]
    public void Tag_Round19ClassFamily_TaggedWithItsId(string text, EntityType type, string id)
    {
        Tag(text).Entities.Should().Contain(e => e.Type == type && e.CanonicalId == id);
    }

    [Theory]
    [InlineData("EBV viral load rising after the transplant.", "B27.90")]
    [InlineData("CMV mismatch, so valganciclovir for six months.", "B25.9")]
    [InlineData("HIV screening was offered to everyone in the clinic.", "B20")]
    [InlineData("Bone biopsy grew MRSA, so vancomycin.", "A49.02")]
    [InlineData("Saphenous reflux on the duplex, ablation planned.", "K21.9")]
    public void Tag_TestsAndVenousFindings_NoDisease(string text, string code)
    {
        Tag(text).Entities.Should().NotContain(e => e.Type == EntityType.Disease && e.CanonicalId == code);
    }

    [Fact]
    public void Tag_DrugNamesJoinedByPlus_StayDrugsNotARegimen()
    {
        var entities = Tag("Second line lenvatinib plus pembrolizumab.").Entities;

        entities.Should().NotContain(e => e.Type == EntityType.Regimen);
        entities.Should().Contain(e => e.CanonicalId == "lenvatinib");
    }
}
