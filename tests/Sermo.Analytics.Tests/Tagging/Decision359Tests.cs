namespace Sermo.Analytics.Tests.Tagging;

/// <summary>
/// Decision 359's rules and rows from reading long-r49, each on a sentence of its own written for this test: bare
/// "potassium" given with the giving word after it or hung in the fluids, an ECG segment or the brain stem "depression"
/// that is no depressive disorder, "concert" that is no Concerta, bare "hypothyroidism" after a postprocedural one, and the
/// eye, mouth and emergency rows the lexicon lacked.
/// </summary>
public class Decision359Tests
{
    [Theory]
    [InlineData("Vomiting for two days with a gap of 22; fluids running and potassium added after the first liter.")]
    [InlineData("Ileus after the colectomy, so the tube went down and potassium and magnesium replaced daily.")]
    [InlineData("Bicarb drip for the salicylate, normal saline first, potassium in the bags once he peed.")]
    public void Tag_PotassiumGivenWithTheWordAfter_IsPotassiumChloride(string text)
    {
        SharedTagger.DrugIds(text).Should().Contain("potassium chloride");
    }

    [Theory]
    [InlineData("Potassium and sodium both low on the morning draw.")]
    [InlineData("Her potassium in the last labs was fine.")]
    public void Tag_PotassiumMeasured_NoPotassiumChloride(string text)
    {
        SharedTagger.DrugIds(text).Should().NotContain("potassium chloride");
    }

    [Theory]
    [InlineData("Diffuse ST depression on the tracing, so the troponin went off at once.")]
    [InlineData("Gabapentin with the oxycodone deepened his CNS depression overnight.")]
    [InlineData("Saddle-shaped elevation with PR depression in most leads.")]
    public void Tag_SegmentOrBrainDepression_NoDepressiveDisorder(string text)
    {
        SharedTagger.DiseaseIds(text).Should().NotContain(code => code.StartsWith("F32", StringComparison.Ordinal));
    }

    [Fact]
    public void Tag_RespiratoryDepression_StaysAnAdverseEvent()
    {
        var entities = SharedTagger.Tagger.Tag("Respiratory depression after the second dose of hydromorphone.");
        entities.Entities.Should().Contain(e => e.Surface.Equals("Respiratory depression", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Tag_ConcertTheWord_NoMethylphenidate()
    {
        SharedTagger.DrugIds("She fainted at an outdoor concert in the heat.").Should().NotContain("methylphenidate");
    }

    [Theory]
    [InlineData("Granular uveitis that became a panuveitis by the spring, so adalimumab.", "H44.119")]
    [InlineData("A 5 yo failing the screen from anisometropia, glasses first.", "H52.31")]
    [InlineData("Guarding and rebound, a surgical abdomen until proven otherwise.", "R10.0")]
    [InlineData("Week five of radiation and the radiation mucositis means a feeding tube.", "K12.33")]
    [InlineData("Post-radiation hypothyroidism ten years after her mantle field.", "E89.0")]
    [InlineData("Blurry center in a stressed pilot; central serous on the OCT.", "H35.719")]
    public void Tag_RowsAdded_FindTheDisease(string text, string code)
    {
        SharedTagger.DiseaseIds(text).Should().Contain(code);
    }

    [Theory]
    [InlineData("Radiation-induced hypothyroidism is easy to miss; her hypothyroidism was blamed on stress.")]
    [InlineData("Postsurgical hypothyroidism again in clinic today. With the hypothyroidism treated she feels fine.")]
    public void Tag_HypothyroidismAfterPostproceduralNamed_IsPostprocedural(string text)
    {
        var codes = SharedTagger.DiseaseIds(text).ToList();
        codes.Should().Contain("E89.0");
        codes.Should().NotContain("E03.9");
    }

    [Theory]
    [InlineData("Hypothyroidism after years of untreated Hashimoto's thyroiditis.")]
    [InlineData("Hypothyroidism first, and years later a post-thyroidectomy hypothyroidism in her sister.")]
    [InlineData("Her hypothyroidism is well controlled; the neck radiation was for something else.")]
    public void Tag_HypothyroidismWithNoPostproceduralNamedBefore_StaysGeneral(string text)
    {
        SharedTagger.DiseaseIds(text).Should().Contain("E03.9");
    }

    [Fact]
    public void Tag_Panuveitis_NoAnteriorUveitisCode()
    {
        SharedTagger.DiseaseIds("Behcet panuveitis in both eyes at 30.").Should().NotContain("H20.9");
    }

    [Theory]
    [InlineData("Posterior bleed stopped after silver nitrate and a rocket.", "silver nitrate")]
    [InlineData("Two Z-paks this winter already for colds.", "azithromycin")]
    public void Tag_DrugRowsAdded_FindTheDrug(string text, string id)
    {
        SharedTagger.DrugIds(text).Should().Contain(id);
    }

    [Fact]
    public void Tag_SilverNitrate_NoNitrateClass()
    {
        SharedTagger.DrugIds("Cauterized the septum with silver nitrate.").Should().NotContain("nitrate");
    }
}
