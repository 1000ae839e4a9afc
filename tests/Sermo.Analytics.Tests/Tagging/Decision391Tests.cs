using Sermo.Analytics.Tagging;

namespace Sermo.Analytics.Tests.Tagging;

/// <summary>
/// Decision 391 (docs/taggers.md "Round 54 (issue #13): both-lists concepts without a drug, and look-alike words"): the
/// readable sets label hyperkalemia, hyponatremia and AKI as the adverse event whether or not a drug is in the post
/// (the survey counts in the decision), so the taggers keep the event reading with no drug in sight; VTE, whose row is
/// marked disease unless a drug is blamed, stays the disease without a drug and the event with one. Sentences written
/// for this test.
/// </summary>
public class Decision391Tests
{
    private static TagResult Tag(string text) => SharedTagger.Tagger.Tag(text);

    [Theory]
    [InlineData("Septic from a perforated bowel, and by morning he had AKI with a creatinine of 3.1.", "AKI")]
    [InlineData("Admitted with hyponatremia after a week of drinking beer and little else.", "hyponatremia")]
    public void Tag_ElectrolyteOrKidneyConceptWithNoDrug_KeepsTheSetsEventReading(string text, string surface)
    {
        Tag(text).Entities.Should().Contain(e => e.Type == EntityType.AdverseEvent && e.Surface == surface);
    }

    [Fact]
    public void Tag_VteWithNoDrug_IsTheDisease()
    {
        Tag("Long flight home from Sydney, then a swollen calf, and the ultrasound confirmed VTE.").Entities
            .Should().Contain(e => e.Type == EntityType.Disease && e.Surface == "VTE")
            .And.NotContain(e => e.Type == EntityType.AdverseEvent && e.Surface == "VTE");
    }
}
