using Sermo.Analytics.Tagging;

namespace Sermo.Analytics.Tests.Tagging;

/// <summary>
/// Round 48's tagger changes for the guide's settled labels (docs/taggers.md "Round 48 (issue #13): the guide's open
/// questions", decision 321), each on a sentence written for this test: bare "heart block" is the index's I45.9 while a
/// complete one keeps I44.2, tricuspid regurgitation with no cause written is I07.1, hot flashes read by cause (the
/// menopause code with no drug blamed, the event on a drug), FluMist is the nasal live vaccine, and "sliding scale"
/// stays outside the insulin span.
/// </summary>
public class Decision321Tests
{
    private static TagResult Tag(string text) => SharedTagger.Tagger.Tag(text);

    [Theory]
    [InlineData("Syncope at the grocery store and the strip showed heart block, so cardiology is seeing him today.")]
    [InlineData("Lyme carditis can bring heart block; she is on telemetry while the ceftriaxone runs.")]
    public void Tag_BareHeartBlock_IsTheUnspecifiedBlockCode(string text)
    {
        var entities = Tag(text).Entities;

        entities.Should().Contain(e => e.Type == EntityType.Disease && e.CanonicalId == "I45.9");
        entities.Should().NotContain(e => e.CanonicalId == "I44.2");
    }

    [Fact]
    public void Tag_CompleteHeartBlock_KeepsTheThirdDegreeCode()
    {
        Tag("Complete heart block two days after the valve, so a dual chamber pacemaker went in.").Entities
            .Should().Contain(e => e.Type == EntityType.Disease && e.CanonicalId == "I44.2");
    }

    [Theory]
    [InlineData("Echo shows severe tricuspid regurgitation and a dilated right ventricle in this 77F.")]
    [InlineData("Tricuspid insufficiency after years of pacing leads, legs swollen to the knees.")]
    public void Tag_TricuspidRegurgitationWithNoCause_IsTheUnspecifiedCauseCode(string text)
    {
        Tag(text).Entities.Should().Contain(e => e.Type == EntityType.Disease && e.CanonicalId == "I07.1");
    }

    [Fact]
    public void Tag_HotFlashesNoDrugBlamed_IsTheMenopauseCode()
    {
        var entities = Tag("Perimenopausal 49F with hot flashes every hour and broken sleep for a year now.").Entities;

        entities.Should().Contain(e => e.Type == EntityType.Disease && e.CanonicalId == "N95.1"
            && e.Surface.Equals("hot flashes", StringComparison.Ordinal));
        entities.Should().NotContain(e => e.Type == EntityType.AdverseEvent && e.Surface == "hot flashes");
    }

    [Fact]
    public void Tag_HotFlashesOnADrug_IsTheEvent()
    {
        Tag("Three months into leuprolide he gets hot flashes at night and wants to stop.").Entities
            .Should().Contain(e => e.Type == EntityType.AdverseEvent && e.Surface == "hot flashes");
    }

    [Fact]
    public void Tag_FluMist_IsTheNasalLiveVaccine()
    {
        Tag("Her son is scared of needles, so FluMist this fall instead of the shot.").Entities
            .Should().Contain(e => e.CanonicalId == "influenza vaccine, live, intranasal");
    }

    [Fact]
    public void Tag_SlidingScaleInsulin_SpansTheInsulinAlone()
    {
        var entities = Tag("Admitted with sugars in the 300s and put on sliding scale insulin, which never catches up.").Entities;

        entities.Should().Contain(e => e.CanonicalId == "insulin" && e.Surface == "insulin");
        entities.Should().NotContain(e => e.Surface.Contains("sliding", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Tag_OrthostasisBlamedOnADrug_IsTheEvent()
    {
        Tag("Started doxazosin for his prostate and within a week orthostasis from the doxazosin put him on the floor.").Entities
            .Should().Contain(e => e.Type == EntityType.AdverseEvent && e.Surface == "orthostasis");
    }

    [Fact]
    public void Tag_OrthostasisAsTheCondition_IsTheDisease()
    {
        Tag("Multiple system atrophy with orthostasis, BP 150 lying and 85 standing.").Entities
            .Should().Contain(e => e.Type == EntityType.Disease && e.CanonicalId == "I95.1" && e.Surface == "orthostasis");
    }
}
