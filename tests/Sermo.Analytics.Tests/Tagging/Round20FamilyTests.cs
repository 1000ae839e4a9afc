using Sermo.Analytics.Tagging;

namespace Sermo.Analytics.Tests.Tagging;

/// <summary>
/// Round 20's families (docs/taggers.md "Round 20", decision 146), each on a sentence of its own and with surfaces
/// long-r19 does not use: liver failure, appendicitis by the index, alcohol use, reflex syncope, stress ulcers, prerenal
/// azotemia, synovitis, iron stores; the dual incretin and orexin antagonist classes, seizure medicines, vaccines written
/// "vax", small-cell chemo-immunotherapy triplets; and the ambiguity model's case openers ("66F with BCC").
/// </summary>
public class Round20FamilyTests
{
    private static TagResult Tag(string text) => SharedTagger.Tagger.Tag(text);

    [Theory]
    [InlineData("End-stage liver disease, MELD 28, listed for transplant.", "K72.90")]
    [InlineData("Hepatic failure in a 50M with alcoholic hepatitis.", "K72.90")]
    [InlineData("Appendicitis on the ultrasound in a 9 year old.", "K37")]
    [InlineData("Acute appendicitis, to the OR tonight.", "K35.80")]
    [InlineData("Fecalith on CT but no perforation.", "K38.1")]
    [InlineData("Heavy EtOH use on weekends, counseled today.", "F10.90")]
    [InlineData("Neurocardiogenic syncope in a teenager, tilt table positive.", "R55")]
    [InlineData("Stress ulcers are rare now in ventilated patients.", "K27.9")]
    [InlineData("Pre-renal azotemia after two days of vomiting.", "R39.2")]
    [InlineData("Synovitis of both wrists on the ultrasound.", "M65.9")]
    [InlineData("Low iron stores, so oral iron every other day.", "E61.1")]
    public void Tag_Round20ConditionFamily_TaggedWithItsCode(string text, string code)
    {
        Tag(text).Entities.Should().Contain(e => e.Type == EntityType.Disease && e.CanonicalId == code);
    }

    [Theory]
    [InlineData("A dual GIP/GLP-1 agonist for her weight.", EntityType.DrugClass, "gip-glp1-ra")]
    [InlineData("Orexin receptor antagonists for insomnia in the elderly.", EntityType.DrugClass, "orexin-receptor-antagonist")]
    [InlineData("Seizure medications adjusted after the breakthrough.", EntityType.DrugClass, "antiepileptic")]
    [InlineData("Carbo/etoposide/atezolizumab for extensive stage disease.", EntityType.Regimen, "carboplatin-etoposide-atezolizumab")]
    [InlineData("Cis/etop/durva then durvalumab alone.", EntityType.Regimen, "platinum-etoposide-durvalumab")]
    [InlineData("Flu vax offered at every visit this fall.", EntityType.Generic, "influenza vaccine")]
    [InlineData("Zoster vax at 50 for everyone.", EntityType.Generic, "zoster vaccine")]
    [InlineData("Pneumonia vax due this year.", EntityType.Generic, "pneumococcal vaccine")]
    public void Tag_Round20ClassFamily_TaggedWithItsId(string text, EntityType type, string id)
    {
        Tag(text).Entities.Should().Contain(e => e.Type == type && e.CanonicalId == id);
    }

    [Fact]
    public void Tag_EndStageLiverDisease_NotCodedAsCirrhosis()
    {
        Tag("ESLD, on the transplant list.").Entities.Should().NotContain(e => e.CanonicalId == "K74.60");
    }

    [Fact]
    public void FindAmbiguityCandidates_AgeAndSexBeside_FoldedToOneFeature()
    {
        var candidate = SharedTagger.Tagger.FindAmbiguityCandidates("CAP, 81M, admitted overnight.").Should().ContainSingle().Subject;

        candidate.Features.Split(' ').Should().Contain("r1:<agesex>").And.NotContain("r1:81m");
    }

    [Fact]
    public void Tag_AbbreviationInCaseOpener_Kept()
    {
        Tag("66F with BCC on her back, Mohs next week.").Entities.Should().Contain(e => e.Surface == "BCC" && e.Type == EntityType.Disease);
    }

    [Fact]
    public void Tag_EmergencyDepartmentVisit_NotErectileDysfunction()
    {
        Tag("ED visit overnight, 40M, sent home.").Entities.Should().NotContain(e => e.CanonicalId == "N52.9");
    }
}
