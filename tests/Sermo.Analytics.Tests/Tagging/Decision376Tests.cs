using Sermo.Analytics.Tagging;

namespace Sermo.Analytics.Tests.Tagging;

/// <summary>
/// Round 53's rules and rows for the guide's open questions (docs/taggers.md "Round 53 (issue #13): the guide's open
/// questions", decision 376), on sentences written for this test: bare "triple therapy" is the regimen of the post's
/// subject (rheumatoid arthritis or H. pylori) and nothing where the post names neither or both; "glucose" is the drug
/// dextrose only where it stands in order with thiamine; topical steroid withdrawal is one event; an anticholinergic
/// burden score names no drug.
/// </summary>
public class Decision376Tests
{
    private static TagResult Tag(string text) => SharedTagger.Tagger.Tag(text);

    [Theory]
    [InlineData("Seropositive rheumatoid arthritis still active on methotrexate. Triple therapy costs less than any biologic.", "triple-dmard-therapy")]
    [InlineData("Her RA flares whenever we drop the sulfasalazine, so she stays on triple therapy.", "triple-dmard-therapy")]
    [InlineData("H. pylori breath test still positive after triple therapy in the spring.", "clarithromycin-triple")]
    [InlineData("Helicobacter gastritis in a 40M; local resistance is high, so no triple therapy for him.", "clarithromycin-triple")]
    public void Tag_BareTripleTherapy_IsTheRegimenOfThePostsSubject(string text, string regimen)
    {
        Tag(text).Entities.Should().Contain(e => e.Type == EntityType.Regimen && e.CanonicalId == regimen
            && e.Surface.Equals("triple therapy", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("The newborn went on triple therapy with zidovudine after a viral load of 900 at delivery.")]
    [InlineData("RA on methotrexate and a new H. pylori ulcer: which triple therapy did the GI clinic mean?")]
    public void Tag_BareTripleTherapyWithoutOneSubject_StaysBare(string text)
    {
        Tag(text).Entities.Should().NotContain(e => e.Surface.Equals("triple therapy", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("Malnourished drinker, confused: thiamine 500 IV before any glucose.")]
    [InlineData("Never glucose before thiamine in a patient who has been vomiting for weeks.")]
    public void Tag_GlucoseInOrderWithThiamine_IsDextrose(string text)
    {
        Tag(text).Entities.Should().Contain(e => e.Type.IsDrug() && e.CanonicalId == "dextrose" && e.Surface == "glucose");
    }

    [Theory]
    [InlineData("Her glucose was 240 this morning, and thiamine was started for the alcohol history.")]
    [InlineData("Fingerstick glucose before breakfast runs near 180 on the new dose.")]
    public void Tag_GlucoseAsAValue_IsNoDrug(string text)
    {
        Tag(text).Entities.Should().NotContain(e => e.Surface == "glucose" && e.Type.IsDrug());
    }

    [Fact]
    public void Tag_TopicalSteroidWithdrawal_IsOneEvent()
    {
        Tag("Her mother worries about topical steroid withdrawal after reading online forums.").Entities
            .Should().Contain(e => e.Type == EntityType.AdverseEvent && e.Surface == "topical steroid withdrawal");
    }

    [Fact]
    public void Tag_AnticholinergicBurdenScore_NamesNoDrugClass()
    {
        Tag("An anticholinergic burden score of 6 in an 81F with two falls this month.").Entities
            .Should().NotContain(e => e.Type.IsDrug());
    }
}
