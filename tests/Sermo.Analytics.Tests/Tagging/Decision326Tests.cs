namespace Sermo.Analytics.Tests.Tagging;

/// <summary>
/// Decision 326's rules and rows from reading long-r46, each on a sentence of its own written for this test: bare
/// "calcium" after a take verb as the supplement, bare "T3" given in a thyroid drug post as liothyronine, a needing word
/// giving potassium, "the ring" after a contraceptive ring brand as the class, "dex suppression" as the test, two fuzzy
/// false hits, and the endocrine and reproductive rows the lexicon lacked.
/// </summary>
public class Decision326Tests
{
    [Theory]
    [InlineData("TSH keeps drifting up; she takes her levothyroxine with juice and calcium at breakfast.")]
    [InlineData("He was taking the Synthroid with calcium right after his eggs.")]
    public void Tag_CalciumAfterATakeVerb_IsTheSupplement(string text)
    {
        SharedTagger.DrugIds(text).Should().Contain("calcium carbonate");
    }

    [Theory]
    [InlineData("She takes her pills at night. Calcium 10.9 on the last panel.")]
    [InlineData("Taking a closer look at the serum calcium after the parathyroid scan.")]
    public void Tag_CalciumAsALabValue_NoSupplement(string text)
    {
        SharedTagger.DrugIds(text).Should().NotContain("calcium carbonate");
    }

    [Theory]
    [InlineData("On levothyroxine 88 and still tired, so her naturopath wants T3 on top.")]
    [InlineData("Synthroid alone for now; we may be adding T3 if the fog persists.")]
    public void Tag_T3GivenInAThyroidDrugPost_IsLiothyronine(string text)
    {
        SharedTagger.DrugIds(text).Should().Contain("liothyronine");
    }

    [Theory]
    [InlineData("On levothyroxine 100; free T3 is low-normal and the TSH is 1.8.")]
    [InlineData("Rectal cancer, staged with T3 disease on MRI, then chemoradiation with capecitabine.")]
    public void Tag_T3AsTheHormoneOrAStage_NoLiothyronine(string text)
    {
        SharedTagger.DrugIds(text).Should().NotContain("liothyronine");
    }

    [Fact]
    public void Tag_PotassiumAfterANeedingWord_IsPotassiumChloride()
    {
        SharedTagger.DrugIds("On the adrenal blocker her hypokalemia needs potassium twice a day.").Should().Contain("potassium chloride");
    }

    [Fact]
    public void Tag_PotassiumNeededBeforeACheck_StaysTheLab()
    {
        SharedTagger.DrugIds("Needs potassium checked before the next spironolactone dose.").Should().NotContain("potassium chloride");
    }

    [Theory]
    [InlineData("Switched her to NuvaRing last spring. Spotting settled and she likes the ring.")]
    [InlineData("Annovera for a college student; the ring stays in for three weeks at a time.")]
    public void Tag_TheRingAfterAContraceptiveRing_IsTheClass(string text)
    {
        SharedTagger.DrugIds(text).Should().Contain("hormonal-contraceptive");
    }

    [Theory]
    [InlineData("Prolapse in an 82F on NuvaRing years ago; fitted the ring pessary today.")]
    [InlineData("Wedding this weekend and she worries the ring will not fit over her swollen fingers.")]
    public void Tag_OtherRings_NoClass(string text)
    {
        SharedTagger.DrugIds(text).Should().NotContain("hormonal-contraceptive");
    }

    [Theory]
    [InlineData("Incidentaloma workup: overnight dex suppression cortisol 2.1, metanephrines normal.")]
    [InlineData("Thyroglobulin undetectable a year after the thyroidectomy.")]
    [InlineData("She rotates her injection sites poorly and has lipohypertrophy.")]
    public void Tag_TestsAndWordsNearADrugName_NoDrug(string text)
    {
        SharedTagger.DrugIds(text).Should().BeEmpty();
    }

    [Theory]
    [InlineData("Duavee was a good fit, and the bazedoxifene spares her endometrium.", "bazedoxifene")]
    [InlineData("For hypothalamic amenorrhea with a pregnancy wish, pulsatile GnRH by pump.", "gonadorelin")]
    [InlineData("Puberty blockers started at Tanner 2 after a long family talk.", "gnrh-agonist")]
    public void Tag_DrugsAndClassesTheLexiconLacked_AreFound(string text, string id)
    {
        SharedTagger.DrugIds(text).Should().Contain(id);
    }

    [Theory]
    [InlineData("Panhypopituitarism after a craniopharyngioma was removed as a child.", "D44.4")]
    [InlineData("Post-pancreatectomy diabetes is brittle; tiny basal doses.", "E13.9")]
    public void Tag_EndocrineRows_OneDiseaseByTheIndex(string text, string code)
    {
        SharedTagger.DiseaseIds(text).Should().Contain(code);
    }
}
