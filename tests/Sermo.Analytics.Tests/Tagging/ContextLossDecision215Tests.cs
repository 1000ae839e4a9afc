using Sermo.Analytics.Tagging;

namespace Sermo.Analytics.Tests.Tagging;

/// <summary>
/// Decision 215: terms the lexicon has that the tagger lost to context. An ambiguous class or disease abbreviation the
/// disambiguation model drops in a sentence with no clinical words of its own is kept when the post names a drug that
/// backs it: a member of the class, or a drug of the disease's specialty. Each case has its counterpart without the
/// backing drug, where the abbreviation stays dropped, so the drug is what keeps it. A term in both lists (disease
/// unless a drug is blamed) is not blamed on a drug of the disease's own specialty, its treatment; a drug of another
/// specialty or a heart drug still makes it the event. Sentences written for this test.
/// </summary>
public class ContextLossDecision215Tests
{
    private static TagResult Tag(string text) => SharedTagger.Tagger.Tag(text);

    [Theory]
    [InlineData("Newly diagnosed HIV, started dolutegravir with emtricitabine and tenofovir. We talked about ART for a long time today.", "ART", "antiretroviral")]
    [InlineData("Spironolactone 25 was added in March. The MRA stays unless potassium climbs.", "MRA", "mra")]
    public void Tag_ClassAbbreviationWithAMemberInThePost_TaggedAsTheClass(string text, string surface, string id)
    {
        Tag(text).Entities.Should().Contain(e => e.Type == EntityType.DrugClass && e.Surface == surface && e.CanonicalId == id);
    }

    [Theory]
    [InlineData("Newly diagnosed HIV, started ibuprofen for the headache. We talked about ART for a long time today.")]
    [InlineData("Metoprolol 25 was added in March. The MRA stays unless potassium climbs.")]
    public void Tag_ClassAbbreviationWithoutAMember_NotTagged(string text)
    {
        Tag(text).Entities.Should().NotContain(e => e.Type == EntityType.DrugClass);
    }

    [Fact]
    public void Tag_LowerCaseWordBesideAMember_NotTheClass()
    {
        // The hard conditions still hold: a lower-case "art" is the word, whatever drugs the post names.
        Tag("Started dolutegravir last week. Her art class on Tuesdays keeps her going.").Entities
            .Should().NotContain(e => e.Type == EntityType.DrugClass);
    }

    [Theory]
    [InlineData("Isoniazid and rifampin for four months, then done. TB is the word nobody at home says out loud.", true)]
    [InlineData("Four months, then done. TB is the word nobody at home says out loud.", false)]
    public void Tag_DiseaseAbbreviationAndADrugOfItsSpecialty_TaggedOnlyWithTheDrug(string text, bool tagged)
    {
        Tag(text).Entities.Any(e => e.Type == EntityType.Disease && e.Surface == "TB").Should().Be(tagged);
    }

    [Theory]
    // Heart and metabolic drugs sit in every specialty's posts: they back no abbreviation.
    [InlineData("Atorvastatin 40 since the spring. The PE teacher called about him twice.")]
    // (Round 46, decision 301: "Her MI was nine years ago" is a past MI the gold sets label and the model now keeps on its own.)
    [InlineData("Rosuvastatin 20 and ezetimibe. The MI chapter of the society meets on Tuesday.")]
    public void Tag_AbbreviationBesideOnlyBackgroundDrugs_NotKeptByTheDrugs(string text)
    {
        Tag(text).Entities.Should().NotContain(e => e.Type == EntityType.Disease);
    }

    [Theory]
    [InlineData("Post-op delirium in an 80M, settled with low dose quetiapine at night.", "delirium", "F05")]
    [InlineData("Gout flare in the left knee, so colchicine 0.6 twice daily.", "Gout", "M10.9")] // "flare" outside (decision 299)
    [InlineData("Her ILD is stable on nintedanib, and the cough is better.", "ILD", "J84.9")] // the index's interstitial lung disease (decision 388)
    public void Tag_BothListTermWithADrugOfItsOwnSpecialty_Disease(string text, string surface, string code)
    {
        Tag(text).Entities.Should().Contain(e => e.Type == EntityType.Disease && e.Surface == surface && e.CanonicalId == code);
    }

    [Theory]
    [InlineData("Delirium in an 84F since the oxybutynin was added.", "Delirium")]
    [InlineData("Gout flare in the left knee two weeks after hydrochlorothiazide was started.", "Gout flare")]
    [InlineData("Her ILD came on a year into amiodarone.", "ILD")]
    // A drug of the condition's own specialty still blames when named before it or after a word of onset.
    [InlineData("Methylphenidate made his tics worse within a week.", "tics")]
    [InlineData("Gout attack a week after starting allopurinol.", "Gout attack")]
    public void Tag_BothListTermWithADrugOfAnotherSpecialty_AdverseEvent(string text, string surface)
    {
        var entities = Tag(text).Entities;
        entities.Should().Contain(e => e.Type == EntityType.AdverseEvent && e.Surface == surface);
        entities.Should().NotContain(e => e.Type == EntityType.Disease);
    }

    [Fact]
    public void TraceEntityHits_AbbreviationTheModelDrops_ListedWithItsVerdictButNotKept()
    {
        const string text = "Metoprolol 25 was added in March. The MRA stays unless potassium climbs.";
        var trace = SharedTagger.Tagger.TraceEntityHits(text);

        trace.Should().Contain(t => t.Stage == "listed" && t.Surface == "MRA" && t.Note.Contains("model:drop", StringComparison.Ordinal));
        trace.Should().NotContain(t => t.Stage == "kept" && t.Surface == "MRA");
        trace.Where(t => t.Stage == "final").Select(t => (t.Surface, t.Id))
            .Should().Equal(Tag(text).Entities.Select(e => (e.Surface, e.CanonicalId)));
    }
}
