using Sermo.Analytics.Tagging;

namespace Sermo.Analytics.Tests.Tagging;

/// <summary>
/// Round 51's tagger changes for the guide's settled labels (docs/taggers.md "Round 51 (issue #13): the guide's open
/// questions", decision 349), each on a sentence written for this test: short bowel syndrome is K90.829, aseptic
/// meningitis G03.0, "steroid induced diabetic" one E09.9 span, post-transplant diabetes named with its organ E13.9, and
/// bare "polyps" in an AERD post the nasal polyps.
/// </summary>
public class Decision349Tests
{
    private static TagResult Tag(string text) => SharedTagger.Tagger.Tag(text);

    [Theory]
    [InlineData("Home parenteral nutrition for short bowel syndrome after three resections for Crohn's.")]
    [InlineData("Teduglutide helped his short gut, fewer PN nights now.")]
    public void Tag_ShortBowelSyndrome_IsTheIndexCode(string text)
    {
        var entities = Tag(text).Entities;

        entities.Should().Contain(e => e.Type == EntityType.Disease && e.CanonicalId == "K90.829");
        entities.Should().NotContain(e => e.CanonicalId == "K91.2");
    }

    [Fact]
    public void Tag_AsepticMeningitis_IsNonpyogenicMeningitis()
    {
        var entities = Tag("Stiff neck and headache the day after his immune globulin, CSF sterile: aseptic meningitis.").Entities;

        entities.Should().Contain(e => e.Type == EntityType.Disease && e.CanonicalId == "G03.0" && e.Surface == "aseptic meningitis");
        entities.Should().NotContain(e => e.CanonicalId == "A87.9");
    }

    [Fact]
    public void Tag_ViralMeningitis_KeepsItsOwnCode()
    {
        Tag("Enteroviral season again, three kids admitted with viral meningitis this week.").Entities
            .Should().Contain(e => e.Type == EntityType.Disease && e.CanonicalId == "A87.9");
    }

    [Fact]
    public void Tag_SteroidInducedDiabetic_IsOneDrugCausedDiabetesSpan()
    {
        var entities = Tag("After a year of prednisone for her sarcoid she is steroid-induced diabetic and on glipizide.").Entities;

        entities.Should().Contain(e => e.Type == EntityType.Disease && e.CanonicalId == "E09.9" && e.Surface == "steroid-induced diabetic");
        entities.Should().NotContain(e => e.CanonicalId == "E11.9");
    }

    [Theory]
    [InlineData("Post kidney transplant diabetes, A1c 8, so we added linagliptin.")]
    [InlineData("She has post-liver transplant diabetes from the tacrolimus.")]
    public void Tag_PostTransplantDiabetesWithItsOrgan_IsPtdm(string text)
    {
        var entities = Tag(text).Entities;

        entities.Should().Contain(e => e.Type == EntityType.Disease && e.CanonicalId == "E13.9");
        entities.Should().NotContain(e => e.CanonicalId == "E11.9");
    }

    [Fact]
    public void Tag_BarePolypsInAnAerdPost_AreNasalPolyps()
    {
        Tag("Aspirin desensitization planned for AERD; his polyps came back within a year of surgery.").Entities
            .Should().Contain(e => e.Type == EntityType.Disease && e.CanonicalId == "J33.9" && e.Surface == "polyps");
    }

    [Fact]
    public void Tag_BarePolypsAtColonoscopy_AreNotNasal()
    {
        Tag("Colonoscopy at 45, two polyps removed, repeat in three years.").Entities
            .Should().NotContain(e => e.CanonicalId == "J33.9");
    }

    [Fact]
    public void Tag_HPyloriABiopsyGrew_IsTheInfection()
    {
        // Round 50's rule (decision 339): a positive H. pylori result is the infection; decision 281 had read it as a result.
        Tag("Gastric biopsies grew H. pylori, so bismuth quadruple therapy for 14 days.").Entities
            .Should().Contain(e => e.Type == EntityType.Disease && e.CanonicalId == "B96.81");
    }

    [Fact]
    public void Tag_OtherOrganismACultureGrew_StaysTheResult()
    {
        Tag("Blood cultures grew MSSA on day two, so cefazolin for the bacteremia.").Entities
            .Should().NotContain(e => e.Type == EntityType.Disease && e.Surface == "MSSA");
    }

    [Theory]
    [InlineData("Preterm twins at 31 weeks, both on CPAP and caffeine.", "P07.30")]
    [InlineData("Late preterm twins born by section, one needed phototherapy.", "P07.39")]
    public void Tag_PretermTwins_ArePretermNewborns(string text, string code)
    {
        Tag(text).Entities.Should().Contain(e => e.Type == EntityType.Disease && e.CanonicalId == code);
    }
}
