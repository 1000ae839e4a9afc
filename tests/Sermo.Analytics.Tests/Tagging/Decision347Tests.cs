namespace Sermo.Analytics.Tests.Tagging;

/// <summary>
/// Decision 347's rules and rows from reading long-r48, each on a sentence of its own written for this test: bare
/// "folate" as the supplement, a named ulcer said again by its head, "AD" in a skin post as atopic dermatitis, "LAI"
/// written against a named antipsychotic, "the penicillin" after a penicillin product, and the dermatology rows the
/// lexicon lacked.
/// </summary>
public class Decision347Tests
{
    [Theory]
    [InlineData("Weekly methotrexate for her psoriatic arthritis, and folate on the other six days.")]
    [InlineData("Pregnant on lamotrigine, so high-dose folate from before conception.")]
    public void Tag_BareFolate_IsFolicAcid(string text)
    {
        SharedTagger.DrugIds(text).Should().Contain("folic acid");
    }

    [Theory]
    [InlineData("Macrocytosis workup: serum folate and B12 both normal.")]
    [InlineData("We checked folate twice and it was fine.")]
    public void Tag_FolateMeasured_NoFolicAcid(string text)
    {
        SharedTagger.DrugIds(text).Should().NotContain("folic acid");
    }

    [Theory]
    [InlineData("Limited scleroderma with a digital ulcer on the index finger; on bosentan now and the ulcer is closing.", "L98.499")]
    [InlineData("Diabetic foot ulcer under the hallux for months. With offloading the ulcer finally shrank.", "E11.621")]
    public void Tag_UlcerSaidAgainAfterItsCondition_IsThatCondition(string text, string code)
    {
        SharedTagger.DiseaseIds(text).Where(id => id == code).Should().HaveCount(2);
    }

    [Theory]
    [InlineData("Digital ulcer on her thumb, and she wants stress ulcer advice for her father.")]
    [InlineData("Digital ulcers every winter; sildenafil healed two ulcers this year.")]
    [InlineData("Digital ulcer on the thumb; iloprost if an ulcer starts to threaten the finger.")]
    public void Tag_OtherOrNewUlcerAfterADigitalUlcer_StaysUnread(string text)
    {
        SharedTagger.DiseaseIds(text).Where(id => id == "L98.499").Should().ContainSingle();
    }

    [Theory]
    [InlineData("Severe AD in a 19-year-old who failed Dupixent; trying Rinvoq next.")]
    [InlineData("Her AD flares every winter; itchy flexural plaques despite emollients.")]
    public void Tag_AdInASkinPost_IsAtopicDermatitis(string text)
    {
        var codes = SharedTagger.DiseaseIds(text).ToList();
        codes.Should().Contain("L20.9");
        codes.Should().NotContain("G30.9");
    }

    [Fact]
    public void Tag_AdWithMemoryWords_StaysAlzheimers()
    {
        const string text = "Moderate AD with memory loss on donepezil; her skin tears easily too.";
        SharedTagger.DiseaseIds(text).Should().NotContain("L20.9");
    }

    [Theory]
    [InlineData("Hyperprolactinemia again, so we are switching to aripiprazole LAI next month.")]
    [InlineData("Nonadherent twice this year; maybe LAI Invega Sustenna for him.")]
    public void Tag_LaiAgainstANamedDrug_NoClass(string text)
    {
        SharedTagger.DrugIds(text).Should().NotContain("lai-antipsychotic");
    }

    [Fact]
    public void Tag_LaiAlone_IsTheClass()
    {
        SharedTagger.DrugIds("After three admissions he finally agreed to an LAI.").Should().Contain("lai-antipsychotic");
    }

    [Fact]
    public void Tag_ThePenicillinAfterBicillin_IsBenzathinePenicillin()
    {
        const string text = "Secondary syphilis, Bicillin 2.4 million units once. He shivered for a day after the penicillin.";
        SharedTagger.DrugIds(text).Select(id => id.ToLowerInvariant()).Should().NotContain("penicillin")
            .And.Contain("penicillin g benzathine");
    }

    [Fact]
    public void Tag_ThePenicillinWithNoProductBefore_StaysPenicillin()
    {
        SharedTagger.DrugIds("Strep throat again; the penicillin worked last time.").Should().Contain("penicillin");
    }

    [Theory]
    [InlineData("Gorlin syndrome in a teenager with new jaw cysts.", "Q87.89")]
    [InlineData("Her kidney disease rules out lithium for now.", "N28.9")]
    [InlineData("Bipolar II: years of depression and one clear hypomanic episode last spring.", "F30.8")]
    public void Tag_RowsAdded_FindTheDisease(string text, string code)
    {
        SharedTagger.DiseaseIds(text).Should().Contain(code);
    }

    [Fact]
    public void Tag_BasalCellNevusSyndrome_NoCarcinomaOrNevus()
    {
        var codes = SharedTagger.DiseaseIds("Basal cell nevus syndrome, so no radiation for him.").ToList();
        codes.Should().Contain("Q87.89");
        codes.Should().NotContain("C44.91").And.NotContain("D22.9");
    }

    [Theory]
    [InlineData("Eye drops for the uveitis flare: lotepred four times a day.", "loteprednol")]
    [InlineData("Sulfapyridine if the dapsone cannot be tolerated.", "sulfapyridine")]
    public void Tag_DrugRowsAdded_FindTheDrug(string text, string id)
    {
        SharedTagger.DrugIds(text).Should().Contain(id);
    }
}
