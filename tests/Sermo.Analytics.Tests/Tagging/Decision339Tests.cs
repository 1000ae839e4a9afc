using Sermo.Analytics.Tagging;

namespace Sermo.Analytics.Tests.Tagging;

/// <summary>
/// Round 50's tagger changes for the guide's settled labels (docs/taggers.md "Round 50 (issue #13): the guide's open
/// questions", decision 339), each on a sentence written for this test: bare "PEG" is the feeding tube or the laxative by
/// the post, "contrast" in a post naming Gastrografin is that product, laryngopharyngeal reflux is K21.9, "passed out" is
/// no event by itself, and a steroid-induced hyperglycemia is the class and the plain event.
/// </summary>
public class Decision339Tests
{
    private static TagResult Tag(string text) => SharedTagger.Tagger.Tag(text);

    [Theory]
    [InlineData("Bulbar ALS in a 63F, swallow study failed, PEG placed last week and feeds are going well.")]
    [InlineData("Stroke with severe dysphagia; the daughter declined a PEG after the family meeting.")]
    [InlineData("Tongue base cancer, PEG dependent through radiation.")]
    public void Tag_BarePegInAPostWithoutABowelWord_IsTheFeedingTube(string text)
    {
        var entities = Tag(text).Entities;

        entities.Should().Contain(e => e.Type == EntityType.Device && e.CanonicalId == "gastrostomy-tube" && e.Surface == "PEG");
        entities.Should().NotContain(e => e.CanonicalId == "polyethylene glycol");
    }

    [Theory]
    [InlineData("Constipation on methadone, senna and PEG daily and still nothing.")]
    [InlineData("For the colonoscopy prep we use split dose PEG with bisacodyl.")]
    public void Tag_BarePegInABowelPost_IsTheLaxative(string text)
    {
        var entities = Tag(text).Entities;

        entities.Should().Contain(e => e.CanonicalId == "polyethylene glycol" && e.Surface == "PEG");
        entities.Should().NotContain(e => e.CanonicalId == "gastrostomy-tube");
    }

    [Fact]
    public void Tag_PegInsideALongerDrugName_IsLeftToThatName()
    {
        Tag("Tinea capitis in a 7yo, Gris-PEG for eight weeks.").Entities
            .Should().NotContain(e => e.CanonicalId == "gastrostomy-tube" || e.CanonicalId == "polyethylene glycol");
    }

    [Fact]
    public void Tag_ContrastInAPostNamingGastrografin_IsThatProduct()
    {
        var entities = Tag("Adhesive obstruction, so a Gastrografin study. The contrast was in the rectum by six hours.").Entities;

        entities.Should().Contain(e => e.Surface == "contrast" && e.CanonicalId == "diatrizoate");
        entities.Should().NotContain(e => e.CanonicalId == "iodinated-contrast");
    }

    [Fact]
    public void Tag_ContrastWithNoProductNamed_StaysTheIodinatedClass()
    {
        Tag("Her creatinine rose two days after the contrast for the CT angiogram.").Entities
            .Should().Contain(e => e.Surface == "contrast" && e.CanonicalId == "iodinated-contrast");
    }

    [Theory]
    [InlineData("Laryngopharyngeal reflux in a teacher who clears her throat all day; omeprazole twice daily.")]
    [InlineData("LPR suspected by ENT, so a PPI trial for eight weeks.")]
    public void Tag_LaryngopharyngealReflux_IsTheRefluxCode(string text)
    {
        var entities = Tag(text).Entities;

        entities.Should().Contain(e => e.Type == EntityType.Disease && e.CanonicalId == "K21.9");
        entities.Should().NotContain(e => e.CanonicalId == "J38.7");
    }

    [Fact]
    public void Tag_PassedOutWithAValveDisease_IsNoEvent()
    {
        Tag("Critical aortic stenosis in an 84M who passed out while gardening; TAVR is booked.").Entities
            .Should().NotContain(e => e.Type == EntityType.AdverseEvent && e.Surface == "passed out");
    }

    [Fact]
    public void Tag_SteroidInducedHyperglycemia_IsTheClassAndTheHyperglycemiaEvent()
    {
        var entities = Tag("COPD flare on prednisone, now steroid induced hyperglycemia in the 300s.").Entities;

        entities.Should().Contain(e => e.Type == EntityType.AdverseEvent && e.CanonicalId == "hyperglycemia");
        entities.Should().NotContain(e => e.CanonicalId == "hyperglycemia from steroids");
    }
}
