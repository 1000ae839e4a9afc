using Sermo.Analytics.Tagging;

namespace Sermo.Analytics.Tests.Tagging;

/// <summary>
/// Decision 342: disease false positives and misses pooled over the readable sets, a third pass (round 50). The plural
/// "sinus infections" reads as the singular does, J32.9, unless a drug is blamed for it, when it is the event (the
/// guide's settled reading, round 49). Each reading has a counterpart. Sentences written for this test.
/// </summary>
public class Decision342Tests
{
    private static IReadOnlyList<TaggedEntity> Entities(string text) => SharedTagger.Tagger.Tag(text).Entities;

    [Theory]
    [InlineData("Nearly all sinus infections in clinic are viral, so I wait ten days before writing anything.", "sinus infections")]
    [InlineData("Third year in a row that urgent care hands out azithromycin for sinus infections.", "sinus infections")]
    [InlineData("A 50F with asthma and frequent sinus infections, no nasal polyps on the scope.", "sinus infections")]
    public void Tag_SinusInfectionsWithNoDrugBlamed_IsTheDisease(string text, string surface)
    {
        Entities(text).Should().Contain(e => e.Type == EntityType.Disease && e.Surface == surface && e.CanonicalId == "J32.9");
    }

    [Fact]
    public void Tag_SinusInfectionsBlamedOnADrug_IsTheEvent()
    {
        var entities = Entities("Since starting ocrelizumab she has had four sinus infections, and her IgG is falling.");
        entities.Should().Contain(e => e.Type == EntityType.AdverseEvent && e.CanonicalId == "sinus infections")
            .And.NotContain(e => e.Type == EntityType.Disease && e.CanonicalId == "J32.9");
    }

    [Fact]
    public void Tag_SingularSinusInfection_StaysTheDiseaseBesideADrug()
    {
        // Only the plural is on the event list; the singular after a drug given for it is the drug's indication.
        Entities("Clarithromycin from urgent care for a sinus infection, and now his tacrolimus trough is 22.")
            .Should().Contain(e => e.Type == EntityType.Disease && e.Surface == "sinus infection" && e.CanonicalId == "J32.9");
    }
}
