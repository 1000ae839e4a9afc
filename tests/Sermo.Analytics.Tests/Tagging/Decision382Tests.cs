using Sermo.Analytics.Tagging;

namespace Sermo.Analytics.Tests.Tagging;

/// <summary>
/// Decision 382's rules, each on sentences of its own written for this test, both directions: "nonsmoker" as nicotine
/// dependence negated over the whole word, "quit smoking" of a patient who has quit against one still to quit, a liver
/// failure a drug caused against one with no drug, and "CHF exacerbation" by whether a drug is blamed.
/// </summary>
public class Decision382Tests
{
    [Theory]
    [InlineData("62 year old lifelong nonsmoker with a new lung nodule on CT.", "nonsmoker")]
    [InlineData("She is a non-smoker, drinks rarely, and walks daily.", "non-smoker")]
    public void Tag_Nonsmoker_IsNicotineDependenceNegatedOverTheWholeWord(string text, string surface)
    {
        SharedTagger.Tagger.Tag(text).Entities.Should().Contain(e => e.CanonicalId == "F17.210" && e.Surface == surface && e.Negated);
    }

    [Fact]
    public void Tag_Nonsmoker_IsNeverAnAffirmedSmoker()
    {
        // LexiconFamilyTests once held "She is a nonsmoker." as prose with no F17.210; the settled reading keeps its
        // intent (no smoker asserted) with the word now read, negated.
        SharedTagger.Tagger.Tag("She is a nonsmoker.").Entities.Should().NotContain(e => e.CanonicalId == "F17.210" && !e.Negated);
    }

    [Fact]
    public void Tag_SmokerNextToNonsmoker_StaysAffirmed()
    {
        SharedTagger.Tagger.Tag("Her husband is a heavy smoker.").Entities
            .Should().Contain(e => e.CanonicalId == "F17.210" && !e.Negated);
    }

    [Theory]
    [InlineData("He quit smoking in 2015 and still has a cough.")]
    [InlineData("COPD on two inhalers; she has quit smoking for good now.")]
    [InlineData("Quit smoking 20 years ago but the emphysema progressed.")]
    [InlineData("He was finally able to quit smoking after varenicline.")]
    public void Tag_QuitSmokingDone_IsOneHistorySpan(string text)
    {
        var entities = SharedTagger.Tagger.Tag(text).Entities;
        entities.Should().Contain(e => e.CanonicalId == "Z87.891" && e.Surface.Equals("quit smoking", StringComparison.OrdinalIgnoreCase));
        entities.Should().NotContain(e => e.CanonicalId == "F17.210");
    }

    [Theory]
    [InlineData("He needs to quit smoking before the bypass.")]
    [InlineData("She wants to quit smoking and asked about the patch.")]
    [InlineData("We can help him quit smoking with bupropion.")]
    [InlineData("He never quit smoking despite the stroke.")]
    public void Tag_QuitSmokingNotDone_KeepsSmokingAsDependence(string text)
    {
        var entities = SharedTagger.Tagger.Tag(text).Entities;
        entities.Should().Contain(e => e.CanonicalId == "F17.210" && e.Surface == "smoking");
        entities.Should().NotContain(e => e.CanonicalId == "Z87.891");
    }

    [Theory]
    [InlineData("Admitted with acute liver failure after an acetaminophen overdose.")]
    [InlineData("The toddler developed liver failure on valproate.")]
    public void Tag_LiverFailureADrugCaused_IsToxicLiverDisease(string text)
    {
        var ids = SharedTagger.DiseaseIds(text).ToList();
        ids.Should().Contain("K71.10");
        ids.Should().NotContain("K72.00").And.NotContain("K72.90");
    }

    [Theory]
    [InlineData("Acute liver failure from amanita mushrooms, listed for transplant.", "K72.00")]
    [InlineData("Liver failure from hepatitis B, now on the transplant list.", "K72.90")]
    [InlineData("His liver failure makes apixaban dosing a guess.", "K72.90")]
    [InlineData("Started NAC and silibinin. Now with acute liver failure, transplant team aware.", "K72.00")]
    public void Tag_LiverFailureWithNoDrug_KeepsItsCode(string text, string code)
    {
        var ids = SharedTagger.DiseaseIds(text).ToList();
        ids.Should().Contain(code);
        ids.Should().NotContain("K71.10");
    }

    [Theory]
    [InlineData("Admitted overnight for a CHF exacerbation, diuresed 3 liters.", "CHF")]
    [InlineData("Third HF exacerbation this year, so we are referring to advanced HF.", "HF")]
    public void Tag_HeartFailureExacerbationNoDrugBlamed_IsTheHeartFailureAlone(string text, string surface)
    {
        var entities = SharedTagger.Tagger.Tag(text).Entities;
        entities.Should().Contain(e => e.CanonicalId == "I50.9" && e.Surface == surface);
        entities.Should().NotContain(e => e.Type == EntityType.AdverseEvent && e.Surface.Contains("exacerbation", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("She had a CHF exacerbation after starting pioglitazone.")]
    [InlineData("Admitted for a CHF exacerbation after his PCP started ibuprofen for back pain.")]
    public void Tag_HeartFailureExacerbationADrugCaused_IsTheEvent(string text)
    {
        SharedTagger.Tagger.Tag(text).Entities
            .Should().Contain(e => e.Type == EntityType.AdverseEvent && e.Surface == "CHF exacerbation");
    }
}
