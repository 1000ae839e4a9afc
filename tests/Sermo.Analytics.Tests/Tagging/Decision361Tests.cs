using Sermo.Analytics.Tagging;

namespace Sermo.Analytics.Tests.Tagging;

/// <summary>
/// Round 52's tagger change for the guide's settled labels (docs/taggers.md "Round 52 (issue #13): the guide's open
/// questions", decision 361), on sentences written for this test: an organism a culture found, named before the verb or
/// the culture word, is the test's result and not the infection; the infection a post names with the organism stays.
/// </summary>
public class Decision361Tests
{
    private static TagResult Tag(string text) => SharedTagger.Tagger.Tag(text);

    [Theory]
    [InlineData("Knee washout on Friday and MRSA grew from the synovial fluid.")]
    [InlineData("Fever after the port was placed, MRSA in both cultures by morning.")]
    [InlineData("MRSA on three bottles, so the line comes out today.")]
    [InlineData("Spine abscess drained, MRSA from blood as well.")]
    public void Tag_OrganismACultureFound_IsTheResult(string text)
    {
        Tag(text).Entities.Should().NotContain(e => e.Type == EntityType.Disease && e.CanonicalId == "A49.02");
    }

    // Round 31's family test read "Klebsiella grew from the line tip" as the infection (A49.8); round 52 settled an
    // organism before the verb as the culture's result, as after it, so that case moved here with the opposite reading.
    [Fact]
    public void Tag_OrganismBeforeGrowthVerb_IsTheResult()
    {
        Tag("Klebsiella grown out of both bottles and the catheter tip by day two.").Entities
            .Should().NotContain(e => e.Type == EntityType.Disease && e.CanonicalId == "A49.8");
    }

    [Theory]
    [InlineData("Third admission this year for MRSA bacteremia from his dialysis catheter.")]
    [InlineData("Doxycycline for MRSA in the abscess he drained himself.")]
    public void Tag_MrsaInfection_StaysTheDisease(string text)
    {
        Tag(text).Entities.Should().Contain(e => e.Type == EntityType.Disease && e.CanonicalId == "A49.02");
    }
}
