using Sermo.Analytics.Tagging;

namespace Sermo.Analytics.Tests.Tagging;

/// <summary>
/// Round 53's row for the codes the readable sets gave two ways (docs/taggers.md "Round 53 (issue #13): codes given two
/// ways", decision 381), on sentences written for this test: a leak after a bariatric operation is the index's bariatric
/// complication K95.89, while an anastomotic leak after bowel surgery keeps K91.89.
/// </summary>
public class Decision381Tests
{
    private static TagResult Tag(string text) => SharedTagger.Tagger.Tag(text);

    [Theory]
    [InlineData("Tachycardic and febrile on day five after her sleeve: CT shows a staple line leak near the GE junction.", "staple line leak")]
    [InlineData("Sleeve leak treated with an endoscopic stent and drainage, and she is eating again.", "Sleeve leak")]
    public void Tag_LeakAfterABariatricOperation_IsK9589(string text, string surface)
    {
        Tag(text).Entities.Should().Contain(e => e.Type == EntityType.Disease && e.CanonicalId == "K95.89"
            && e.Surface == surface);
    }

    [Fact]
    public void Tag_AnastomoticLeakAfterAColectomy_KeepsK9189()
    {
        Tag("Anastomotic leak after a sigmoid colectomy, back to the OR for a washout.").Entities
            .Should().Contain(e => e.Type == EntityType.Disease && e.CanonicalId == "K91.89")
            .And.NotContain(e => e.CanonicalId == "K95.89");
    }
}
