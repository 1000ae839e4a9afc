using Sermo.Analytics.Tagging;

namespace Sermo.Analytics.Tests.Tagging;

/// <summary>
/// Round 47's rules and rows from reading long-r44 (docs/taggers.md "Round 47", decision 305), each on a sentence of its
/// own written for this test: a supplement word after a checking word is the lab, bare zinc and butalbital as their own
/// generics, and the gastroenterology, hepatology and nutrition rows the lexicon lacked.
/// </summary>
public class Decision305Tests
{
    private static TagResult Tag(string text) => SharedTagger.Tagger.Tag(text);

    [Theory]
    [InlineData("Checked magnesium and zinc last week, both were low.")]
    [InlineData("We keep checking her iron every few months since the bypass.")]
    [InlineData("Recheck vitamin D in the spring, no need sooner.")]
    [InlineData("Ferritin falls with phlebotomy, and iron removal may help his sugars.")]
    public void Tag_SupplementAfterACheckingWord_IsTheLab(string text)
    {
        Tag(text).Entities.Should().NotContain(e => e.Type.IsDrug());
    }

    [Theory]
    [InlineData("Magnesium oxide and zinc both started after the checked labs came back.", "zinc")]
    [InlineData("Oral zinc twice daily until the rash clears.", "zinc")]
    [InlineData("She stopped the zinc because of nausea.", "zinc")]
    public void Tag_SupplementGiven_IsTheDrug(string text, string generic)
    {
        Tag(text).Entities.Should().Contain(e => e.Type.IsDrug() && e.CanonicalId == generic);
    }

    [Fact]
    public void Tag_BareButalbital_IsTheBarbiturateNotTheCombination()
    {
        var drugs = Tag("Butalbital withdrawal can seize, so taper it slowly.").Entities.Where(e => e.Type.IsDrug()).ToList();

        drugs.Should().Contain(e => e.CanonicalId == "butalbital");
        drugs.Should().NotContain(e => e.CanonicalId == "butalbital/acetaminophen/caffeine");
    }

    [Theory]
    [InlineData("Home PN with Omegaven instead of the soybean lipid.", "fish oil triglycerides")]
    [InlineData("Taurolidine locks cut his line infections to one a year.", "taurolidine")]
    [InlineData("IV cupric chloride goes into the bag from tonight.", "cupric chloride")]
    [InlineData("Sorbitol in the elixir was what drove the diarrhea.", "sorbitol")]
    [InlineData("Taurine from a supplement store, on her own.", "taurine")]
    [InlineData("Green tea extract capsules for weight loss, then jaundice.", "green tea extract")]
    [InlineData("Hep B vaccination is overdue for this dialysis patient.", "hepatitis b vaccine")]
    public void Tag_DrugsTheLexiconLacked_AreFound(string text, string id)
    {
        Tag(text).Entities.Should().Contain(e => e.Type.IsDrug() && e.CanonicalId == id);
    }

    [Fact]
    public void Tag_HerbalSupplements_AreTheClass()
    {
        Tag("He takes herbal supplements he will not name.").Entities
            .Should().Contain(e => e.Type == EntityType.DrugClass && e.CanonicalId == "herbal-supplement");
    }

    [Theory]
    [InlineData("Elastography says CSPH, so carvedilol it is.", "K76.6")]
    [InlineData("Most cirrhotics in our clinic never got screened.", "K74.60")]
    [InlineData("Refractory symptoms look like functional heartburn, not reflux.", "R12")]
    [InlineData("Buried bumper found at endoscopy, and the tube was replaced.", "K94.23")]
    [InlineData("Years of chronic neck pain after the crash, on duloxetine now.", "M54.2")]
    public void Tag_RowsTheLexiconLacked_OneDiseaseByTheIndex(string text, string code)
    {
        Tag(text).Entities.Where(e => e.Type == EntityType.Disease).Select(e => e.CanonicalId).Should().Contain(code);
    }

    [Theory]
    [InlineData("Cholestatic labs, ALP 600, and an MRCP is pending.")]
    [InlineData("Incontinence pads every night now, and she hates them.")]
    [InlineData("No specialist referral is needed for non-cirrhotics on this pathway.")]
    public void Tag_AdjectiveOrProductNamedByADisease_NoDisease(string text)
    {
        Tag(text).Entities.Should().NotContain(e => e.Type == EntityType.Disease);
    }
}
