using Sermo.Analytics.Tagging;

namespace Sermo.Analytics.Tests.Tagging;

/// <summary>
/// Decision 272: the lexicon's own forms written another way. A prefix open or closed ("nonsmall cell", "post-partum",
/// "betablockers"), the British "-isation" and "leucocyte", and a long disease word misspelt by two swapped letters
/// or one dropped inside it; with counterparts that stay bare: a prefix is never glued to a word the row does not
/// give it, and a changed, added or final letter does not make a disease of an ordinary word. Sentences written for this test.
/// </summary>
public class Decision272Tests
{
    private static IReadOnlyList<TaggedEntity> Entities(string text) => SharedTagger.Tagger.Tag(text).Entities;

    [Theory]
    [InlineData("Stage IV nonsmall cell lung cancer, EGFR positive, on osimertinib.", "nonsmall cell lung cancer", "C34.90")]
    [InlineData("Six weeks after delivery she scored 16 for post partum depression.", "post partum depression", "F53.0")]
    [InlineData("Known auto-immune hepatitis, on azathioprine, ALT back to normal.", "auto-immune hepatitis", "K75.4")]
    [InlineData("Thunderclap headache, CT showed a sub-arachnoid haemorrhage.", "sub-arachnoid haemorrhage", "I60.9")]
    [InlineData("Her mother has poly-cystic kidney disease and was on dialysis.", "poly-cystic kidney disease", "Q61.3")]
    [InlineData("WBC 19, a neutrophilic leucocytosis, no source yet.", "neutrophilic leucocytosis", "D72.828")]
    [InlineData("Long history of somatisation, many normal scans.", "somatisation", "F45.1")]
    public void Tag_ForkOfTheRowsOwnForm_ReadsTheConcept(string text, string surface, string id)
    {
        Entities(text).Should().Contain(e => e.Surface.Contains(surface, StringComparison.OrdinalIgnoreCase) && e.CanonicalId == id);
    }

    [Theory]
    [InlineData("Two betablockers were stopped for bradycardia.", "betablockers")]
    [InlineData("Tried beta-blockers and calcium channel blockers before.", "beta-blockers")]
    public void Tag_ClassWithItsPrefixClosedOrOpen_ReadsTheClass(string text, string surface)
    {
        Entities(text).Should().Contain(e => e.Surface == surface && e.CanonicalId == "beta-blocker");
    }

    [Theory]
    [InlineData("Admitted with pnuemonia, on ceftriaxone and azithro.", "pnuemonia", "J18.9")]
    [InlineData("TSH 14, so hypothyriodism; levothyroxine 50 started.", "hypothyriodism", "E03.9")]
    [InlineData("Fever and pnemonia on the chest film.", "pnemonia", "J18.9")]
    public void Tag_DiseaseWordWithSwappedOrDroppedLetter_ReadsTheDisease(string text, string surface, string code)
    {
        Entities(text).Should().Contain(e => e.Surface == surface && e.CanonicalId == code && e.Type == EntityType.Disease);
    }

    [Theory]
    // An added letter (caries), a changed one (rejection, Graves), a final one dropped (adhesions): ordinary words.
    [InlineData("She carries an EpiPen everywhere since the reaction.", "carries")]
    [InlineData("Resection of the sigmoid went well, home on day 4.", "Resection")]
    [InlineData("His grades are slipping on methylphenidate.", "grades")]
    [InlineData("Sensor adhesion is poor in the summer heat.", "adhesion")]
    public void Tag_OrdinaryWordOneEditFromADiseaseWord_NoDisease(string text, string surface)
    {
        Entities(text).Should().NotContain(e => e.Surface == surface && e.Type == EntityType.Disease);
    }

    [Theory]
    // "non" is joined only to the words a row gives it: a nonstatin is no statin.
    [InlineData("Added a nonstatin agent, ezetimibe, for LDL.", "nonstatin")]
    // No plural is stripped: AIDS stays AIDS and first aid is no disease.
    [InlineData("She learned first aid at school.", "aid")]
    public void Tag_PrefixOrPluralTheRowDoesNotGive_NoMatch(string text, string surface)
    {
        Entities(text).Should().NotContain(e => e.Surface == surface);
    }

    [Fact]
    public void Tag_Aids_StillTheDisease()
    {
        Entities("Advanced AIDS with a CD4 of 30, restarting ART.").Should().Contain(e => e.Surface == "AIDS" && e.Type == EntityType.Disease);
    }

    [Theory]
    [InlineData("non small cell lung cancer", "nonsmall cell lung cancer")]
    [InlineData("postpartum depression", "post partum depression")]
    [InlineData("beta blockers", "betablockers")]
    [InlineData("hypertension", "hyper tension")]
    public void PrefixJoints_GivesTheOtherForm(string normalized, string expected)
    {
        PrefixJoints.Of(normalized, new HashSet<string>()).Should().Contain(expected);
    }

    [Theory]
    // "co" is carbon monoxide, not a prefix; "re" and "para" start words ("reactive", "paralysis").
    [InlineData("co poisoning")]
    [InlineData("reactive arthritis")]
    [InlineData("aids")]
    public void PrefixJoints_NoPrefix_NoOtherForm(string normalized)
    {
        PrefixJoints.Of(normalized, new HashSet<string>()).Should().BeEmpty();
    }

    [Fact]
    public void PrefixJoints_ClosedFormThatIsAnOrdinaryWord_Left()
    {
        PrefixJoints.Of("over weight", new HashSet<string> { "overweight" }).Should().NotContain("overweight");
    }

    [Theory]
    [InlineData("pneumonia", "pnuemonia", true)]
    [InlineData("pneumonia", "pneumona", true)]
    [InlineData("adhesions", "adhesion", false)]
    [InlineData("caries", "carries", false)]
    [InlineData("rejection", "resection", false)]
    public void IsSwapOrDrop_OnlySwapsAndInnerDrops(string term, string token, bool expected)
    {
        (FuzzyTermIndex.WithinOneEdit(term, token) && FuzzyTermIndex.IsSwapOrDrop(term, token)).Should().Be(expected);
    }
}
