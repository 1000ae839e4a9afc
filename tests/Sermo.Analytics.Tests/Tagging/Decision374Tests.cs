namespace Sermo.Analytics.Tests.Tagging;

/// <summary>
/// Decision 374's rules and rows from reading long-r50, each on a sentence of its own written for this test: bare "AVM"
/// in a post about gut bleeding as angiodysplasia, "thrombolysis" written as the procedure beside its drug or catheter,
/// bare "neo" read by a reversal or pressor post, bare "D5", a diet named by what it limits as no condition,
/// and the vascular, transplant and nutrition rows the lexicon lacked.
/// </summary>
public class Decision374Tests
{
    [Theory]
    [InlineData("Melena twice this month on apixaban; the capsule found two AVMs in the small bowel.")]
    [InlineData("Third GI bleed since the LVAD went in, and push enteroscopy cauterized an AVM.")]
    public void Tag_AvmInAGutBleedingPost_IsAngiodysplasia(string text)
    {
        SharedTagger.DiseaseIds(text).Should().Contain("K55.20");
    }

    [Theory]
    [InlineData("Her seizure work-up found an AVM in the left temporal lobe; radiosurgery planned.")]
    [InlineData("Headaches for a year and the MRA shows an AVM, referred on.")]
    public void Tag_AvmWithoutGutBleeding_NoAngiodysplasia(string text)
    {
        SharedTagger.DiseaseIds(text).Should().NotContain("K55.20");
    }

    [Theory]
    [InlineData("Massive PE with a saddle clot, so thrombolysis with tenecteplase at the bedside.")]
    [InlineData("Left iliac DVT in a runner: catheter-directed thrombolysis overnight and then a stent.")]
    public void Tag_ThrombolysisAsTheProcedure_NoClass(string text)
    {
        SharedTagger.DrugIds(text).Should().NotContain("thrombolytic");
    }

    [Fact]
    public void Tag_ThrombolysisAsAChoiceOfTreatment_IsTheClass()
    {
        SharedTagger.DrugIds("Recent craniotomy, so thrombolysis is off the table for this stroke.").Should().Contain("thrombolytic");
    }

    [Fact]
    public void Tag_DietNamedByWhatItLimits_NoCondition()
    {
        SharedTagger.DiseaseIds("Dialysis three times a week and a low-potassium diet she hates.").Should().NotContain("E87.6");
    }

    [Theory]
    [InlineData("A radiation ulcer on the sternum, twenty years after her mantle field.", "L59.8")]
    [InlineData("Most of my claudicants never get a walking program.", "I73.91")]
    [InlineData("Scleroderma with esophageal dysmotility, so aspiration worries the lung team.", "K22.4")]
    [InlineData("A carotid body tumor found by chance on a neck CT.", "D44.6")]
    [InlineData("Doppler on day two showed hepatic artery thrombosis after the transplant.", "I74.8")]
    [InlineData("Swimmer with a swollen arm and a subclavian vein thrombosis after a week of laps.", "I82.B19")]
    [InlineData("After the bypass he has night blindness and a low retinol level.", "H53.60")]
    [InlineData("Vitamin deficiencies are routine after malabsorptive surgery.", "E56.9")]
    public void Tag_RowsAdded_FindTheDisease(string text, string code)
    {
        SharedTagger.DiseaseIds(text).Should().Contain(code);
    }

    [Fact]
    public void Tag_NightBlindness_NoBlindness()
    {
        SharedTagger.DiseaseIds("Night blindness first, and the retinal exam was normal.").Should().NotContain("H54.7");
    }

    [Theory]
    [InlineData("Deep block at closing, so neo and glyco once the TOF came back to two twitches.", "neostigmine")]
    [InlineData("Post-induction hypotension in the aortic stenosis patient, neo in small pushes.", "phenylephrine")]
    [InlineData("Hypoglycemic after the fast, so D5 at maintenance until she ate.", "dextrose")]
    [InlineData("Hep B immune globulin at the anhepatic phase, then entecavir.", "hepatitis b immune globulin")]
    public void Tag_ShorthandAndRowsAdded_FindTheDrug(string text, string id)
    {
        SharedTagger.DrugIds(text).Should().Contain(id);
    }

    [Fact]
    public void Tag_NeoWithoutReversalOrPressors_NoDrug()
    {
        SharedTagger.DrugIds("Sent the twins to the neo unit for feeding.").Should().NotContain("neostigmine").And.NotContain("phenylephrine");
    }
}
