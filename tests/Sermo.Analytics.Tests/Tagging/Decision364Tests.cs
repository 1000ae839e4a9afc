using Sermo.Analytics.Tagging;

namespace Sermo.Analytics.Tests.Tagging;

/// <summary>
/// Round 52's lexicon rows for the surfaces the readable sets labelled two ways (docs/taggers.md "Round 52 (issue #13):
/// surfaces labelled two ways", decision 364), on sentences written for this test: a screen named by a disease is the
/// test, and "mild autonomous cortisol secretion" is not annotated; the disease itself, named outside a screen, stays.
/// </summary>
public class Decision364Tests
{
    private static TagResult Tag(string text) => SharedTagger.Tagger.Tag(text);

    [Theory]
    [InlineData("Universal hep C screening at intake found nothing this quarter.", "B18.2")]
    [InlineData("We offer HCV testing to every adult at the first visit.", "B18.2")]
    [InlineData("Quarterly STI screening is part of every PrEP visit.", "A64")]
    public void Tag_ScreenNamedByADisease_IsTheTest(string text, string code)
    {
        Tag(text).Entities.Should().NotContain(e => e.Type == EntityType.Disease && e.CanonicalId == code);
    }

    [Fact]
    public void Tag_HepatitisCNamedOutsideAScreen_StaysTheDisease()
    {
        Tag("Chronic hep C, genotype 3, starting sofosbuvir next week.").Entities
            .Should().Contain(e => e.Type == EntityType.Disease && e.CanonicalId == "B18.2");
    }

    [Fact]
    public void Tag_MildAutonomousCortisolSecretion_IsNotAnnotated()
    {
        Tag("Adrenal incidentaloma with mild autonomous cortisol secretion, so we repeat the dex test yearly.").Entities
            .Should().NotContain(e => e.Type == EntityType.Disease && e.CanonicalId.StartsWith("E24", StringComparison.Ordinal));
    }
}
