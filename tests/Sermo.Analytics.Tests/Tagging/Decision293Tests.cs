using Sermo.Analytics.Tagging;

namespace Sermo.Analytics.Tests.Tagging;

/// <summary>
/// Round 45's rules bringing the taggers to the guide's settled labels (docs/taggers.md "Round 45: the taggers brought to
/// the guide", decision 293), each on a sentence of its own written for this test: vertebral fractures in a bone-loss post,
/// an infection named by its viral test, an encephalopathy a drug is blamed for, "recurrent C diff", COVID myocarditis and
/// recurrent vulvovaginal candidiasis.
/// </summary>
public class Decision293Tests
{
    private static TagResult Tag(string text) => SharedTagger.Tagger.Tag(text);

    [Theory]
    [InlineData("Osteopenia turned osteoporosis: 66F with three vertebral fractures on the lateral spine film.", "vertebral fractures")]
    [InlineData("T-score -2.8 and a vertebral compression fracture at L1, so zoledronic acid this month.", "vertebral compression fracture")]
    [InlineData("She stopped Prolia on her own and came back with rebound vertebral fractures.", "rebound vertebral fractures")]
    [InlineData("Alendronate for 5 years; a new vertebral fracture last spring, now on teriparatide.", "vertebral fracture")]
    public void Tag_VertebralFractureInBoneLossPost_IsOsteoporoticFracture(string text, string surface)
    {
        var entities = Tag(text).Entities;

        entities.Should().Contain(e => e.Type == EntityType.Disease && e.CanonicalId.StartsWith("M80", StringComparison.Ordinal) && e.Surface == surface);
        entities.Should().NotContain(e => e.Type == EntityType.AdverseEvent && e.CanonicalId == "fracture");
    }

    [Theory]
    [InlineData("Motorcyclist with a vertebral fracture at T12 after the crash, neurosurgery consulted.")]
    [InlineData("Vertebral osteomyelitis in a 58M, MRSA on the biopsy.")]
    public void Tag_VertebralWordsWithoutBoneLoss_NoOsteoporoticFracture(string text)
    {
        Tag(text).Entities.Should().NotContain(e => e.CanonicalId.StartsWith("M80", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Repeat the HIV RNA before the next cabotegravir shot.", "HIV")]
    [InlineData("Treated with sofosbuvir; HCV RNA undetectable at week 12.", "HCV")]
    [InlineData("On Biktarvy, HIV viral load below 20 for years.", "HIV")]
    [InlineData("Pregnant at 28 weeks, HBV DNA 10 million, tenofovir started.", "HBV")]
    public void Tag_InfectionNamedByItsViralTest_IsNoDisease(string text, string surface)
    {
        Tag(text).Entities.Should().NotContain(e => e.Type == EntityType.Disease && e.Surface == surface);
    }

    [Fact]
    public void Tag_InfectionBesideItsTreatment_StaysDisease()
    {
        Tag("HIV on Biktarvy for ten years, now with CKD 3.").Entities
            .Should().Contain(e => e.Type == EntityType.Disease && e.Surface == "HIV");
    }

    [Theory]
    [InlineData("82M on baclofen 20 mg three times a day for spasticity came in with encephalopathy and a rising creatinine.")]
    [InlineData("Renal failure and full-dose cefepime, and she developed encephalopathy from it by day four.")]
    public void Tag_EncephalopathyBlamedOnDrug_IsToxicEncephalopathy(string text)
    {
        var entities = Tag(text).Entities;

        entities.Should().Contain(e => e.Type == EntityType.Disease && e.CanonicalId == "G92.8" && e.Surface == "encephalopathy");
        entities.Should().NotContain(e => e.CanonicalId == "G93.40");
    }

    [Theory]
    [InlineData("Septic shock from a pneumonia, and the encephalopathy cleared as the fever settled.")]
    [InlineData("Lactulose and rifaximin for prior encephalopathy in a cirrhotic.")]
    [InlineData("Pregabalin is possible at a low dose, though I worry about encephalopathy on dialysis.")]
    public void Tag_EncephalopathyNoDrugBlamed_StaysUnspecified(string text)
    {
        Tag(text).Entities.Should().NotContain(e => e.CanonicalId == "G92.8");
    }

    [Fact]
    public void Tag_RecurrentCDiff_IsTheEventOnCDiffAlone()
    {
        var entities = Tag("Recurrent C diff in a 70F, second episode, fidaxomicin again.").Entities;

        entities.Should().Contain(e => e.Surface == "C diff");
        entities.Should().NotContain(e => e.Surface.StartsWith("Recurrent", StringComparison.Ordinal));
    }

    [Fact]
    public void Tag_CovidMyocarditis_IsOneCovidSpan()
    {
        var entities = Tag("Cleared to play six months after COVID myocarditis, normal MRI now.").Entities;

        entities.Should().Contain(e => e.Type == EntityType.Disease && e.CanonicalId == "U07.1" && e.Surface == "COVID myocarditis");
        entities.Should().NotContain(e => e.CanonicalId == "I40.9");
    }

    [Fact]
    public void Tag_RecurrentVulvovaginalCandidiasis_IsOneDiseaseSpan()
    {
        Tag("Recurrent vulvovaginal candidiasis, 29F, five episodes this year; weekly fluconazole for six months.").Entities
            .Should().Contain(e => e.Type == EntityType.Disease && e.CanonicalId == "B37.31" && e.Surface == "Recurrent vulvovaginal candidiasis");
    }
}
