using Sermo.Analytics.Tagging;

namespace Sermo.Analytics.Tests.Tagging;

/// <summary>
/// Decision 362: disease errors pooled over the readable sets (round 52). The guide settled in round 51 (decision 355)
/// that "obstruction" and "trait" written alone after a named bowel obstruction or sickle cell trait are that condition
/// again; the head-said-again step now reads them, and leaves them where no such condition was named, where another word
/// names another obstruction, or where the head names a test. Sentences written for this test.
/// </summary>
public class Decision362Tests
{
    private static IReadOnlyList<TaggedEntity> Entities(string text) => SharedTagger.Tagger.Tag(text).Entities;

    private static string? CodeOf(string text, string surface) =>
        Entities(text).LastOrDefault(e => e.Type == EntityType.Disease && e.Surface.Equals(surface, StringComparison.OrdinalIgnoreCase))?.CanonicalId;

    [Theory]
    [InlineData("Ovarian cancer with a malignant bowel obstruction, venting tube placed. No prokinetics with a complete obstruction.", "malignant bowel obstruction", "obstruction")]
    [InlineData("Large bowel obstruction from a sigmoid tumor in a 77M. The obstruction resolved after the stent went in.", "Large bowel obstruction", "obstruction")]
    [InlineData("Marathon runner, 22M, with sickle cell trait. Heat and dehydration matter more than the trait itself.", "sickle cell trait", "trait")]
    [InlineData("Sickle trait found on newborn screening years ago; at the recruit physical, trait needs no restriction.", "Sickle trait", "trait")]
    public void Tag_ObstructionOrTraitSaidAgain_TakesTheNamedConditionsCode(string text, string named, string head)
    {
        var namedCode = CodeOf(text, named);
        namedCode.Should().NotBeNull();
        Entities(text).Should().Contain(e => e.Type == EntityType.Disease && e.Surface == head && e.CanonicalId == namedCode);
    }

    [Theory]
    [InlineData("Septal hypertrophy of 22 mm on echo, with no obstruction at rest and a small gradient on exercise.", "obstruction")]
    [InlineData("She asked whether a personality trait can be inherited, and I said the evidence is thin.", "trait")]
    public void Tag_HeadWithNoConditionNamedBefore_IsNotRead(string text, string head)
    {
        Entities(text).Should().NotContain(e => e.Type == EntityType.Disease && e.Surface == head);
    }

    [Fact]
    public void Tag_AnotherObstructionAfterABowelObstruction_IsNotTheBowelOne()
    {
        // "airway" names another obstruction than the bowel one named before it.
        var text = "Small bowel obstruction managed with a tube and rest. Then airway obstruction from secretions overnight.";
        Entities(text).Should().NotContain(e => e.Type == EntityType.Disease && e.Surface == "obstruction" && e.CanonicalId == CodeOf(text, "Small bowel obstruction"));
    }

    [Fact]
    public void Tag_ObstructionNamingATest_IsNotRead()
    {
        Entities("Small bowel obstruction suspected after his hernia repair. An obstruction series was ordered first.")
            .Should().NotContain(e => e.Type == EntityType.Disease && e.Surface == "obstruction");
    }
}
