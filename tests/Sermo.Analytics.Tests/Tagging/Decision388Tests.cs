using Sermo.Analytics.Tagging;

namespace Sermo.Analytics.Tests.Tagging;

/// <summary>
/// Decision 388's tagger changes, each on sentences of its own written for this test, both directions: ILD read as
/// interstitial lung disease J84.9 (pulmonary fibrosis keeps its own rows), Graves orbitopathy as Graves' disease E05.00,
/// drug-induced gout M10.20 only where the words say so, "stopped smoking" by whether the stopping happened, plural and
/// written-out heart failure exacerbations by whether a drug is blamed, "delirious" as the delirium event where a drug is
/// blamed, and the superior mesenteric artery read as no spinal muscular atrophy.
/// </summary>
public class Decision388Tests
{
    [Theory]
    [InlineData("ILD in a 58F with myositis, FVC down to 62 percent.", "ILD")]
    [InlineData("Interstitial lung disease on the CT, so pulmonology is seeing him.", "Interstitial lung disease")]
    public void Tag_Ild_IsInterstitialLungDiseaseUnspecified(string text, string surface)
    {
        SharedTagger.Tagger.Tag(text).Entities.Should().Contain(e => e.CanonicalId == "J84.9" && e.Surface == surface);
    }

    [Theory]
    [InlineData("PPF despite two years of mycophenolate, so nintedanib was added.", "J84.10")]
    [InlineData("Idiopathic pulmonary fibrosis with a falling FVC, now on pirfenidone.", "J84.112")]
    public void Tag_FibrosisWords_KeepTheirFibrosisCodes(string text, string code)
    {
        SharedTagger.DiseaseIds(text).Should().Contain(code).And.NotContain("J84.9");
    }

    [Theory]
    [InlineData("Graves orbitopathy is mild, so RAI with a steroid cover is fine.", "Graves orbitopathy")]
    [InlineData("Her Graves ophthalmopathy flared after the iodine.", "Graves ophthalmopathy")]
    public void Tag_GravesOrbitopathy_IsGravesDisease(string text, string surface)
    {
        var entities = SharedTagger.Tagger.Tag(text).Entities;
        entities.Should().Contain(e => e.CanonicalId == "E05.00" && e.Surface == surface);
        entities.Should().NotContain(e => e.CanonicalId == "H06.2");
    }

    [Theory]
    [InlineData("Medication-induced gout in a 70M, so the culprit went.", "Medication-induced gout")]
    [InlineData("This is drug-induced gout from the cyclosporine, not his old disease.", "drug-induced gout")]
    public void Tag_GoutSaidToBeDrugInduced_IsDrugInducedGout(string text, string surface)
    {
        SharedTagger.Tagger.Tag(text).Entities.Should().Contain(e => e.CanonicalId == "M10.20" && e.Surface == surface);
    }

    [Fact]
    public void Tag_GoutWithNoCauseWritten_KeepsGoutUnspecified()
    {
        SharedTagger.DiseaseIds("Gout in the big toe twice this year, on allopurinol now.").Should().Contain("M10.9").And.NotContain("M10.20");
    }

    [Theory]
    [InlineData("He stopped smoking in 2015 and still has a cough.")]
    [InlineData("COPD, stopped smoking ten years ago, on two inhalers.")]
    public void Tag_StoppedSmokingDone_IsOneHistorySpan(string text)
    {
        var entities = SharedTagger.Tagger.Tag(text).Entities;
        entities.Should().Contain(e => e.CanonicalId == "Z87.891" && e.Surface.Equals("stopped smoking", StringComparison.OrdinalIgnoreCase));
        entities.Should().NotContain(e => e.CanonicalId == "F17.210");
    }

    [Theory]
    [InlineData("He never stopped smoking after the stent.")]
    [InlineData("She has not stopped smoking, two packs a day.")]
    public void Tag_StoppedSmokingNotDone_KeepsSmokingAsDependence(string text)
    {
        var entities = SharedTagger.Tagger.Tag(text).Entities;
        entities.Should().Contain(e => e.CanonicalId == "F17.210" && e.Surface == "smoking");
        entities.Should().NotContain(e => e.CanonicalId == "Z87.891");
    }

    [Theory]
    [InlineData("Three CHF exacerbations since spring, each with salt at a wedding.", "CHF")]
    [InlineData("Admitted for a heart failure exacerbation after a salty weekend.", "heart failure")]
    public void Tag_HeartFailureExacerbationsNoDrugBlamed_AreTheHeartFailureAlone(string text, string surface)
    {
        var entities = SharedTagger.Tagger.Tag(text).Entities;
        entities.Should().Contain(e => e.CanonicalId == "I50.9" && e.Surface == surface);
        entities.Should().NotContain(e => e.Type == EntityType.AdverseEvent && e.Surface.Contains("exacerbation", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Tag_HeartFailureExacerbationADrugCaused_IsTheEvent()
    {
        SharedTagger.Tagger.Tag("She had a heart failure exacerbation after starting pioglitazone.").Entities
            .Should().Contain(e => e.Type == EntityType.AdverseEvent && e.Surface == "heart failure exacerbation");
    }

    [Theory]
    [InlineData("Chronic mesenteric ischemia with weight loss; SMA stenosis of 80 percent, stented from the arm.")]
    [InlineData("Postprandial pain gone after the SMA stent, on clopidogrel now.")]
    public void Tag_SuperiorMesentericArtery_IsNoSpinalMuscularAtrophy(string text)
    {
        SharedTagger.DiseaseIds(text).Should().NotContain(id => id.StartsWith("G12", StringComparison.Ordinal));
    }

    [Fact]
    public void Tag_SmaInANeuromuscularPost_StaysSpinalMuscularAtrophy()
    {
        SharedTagger.DiseaseIds("SMA type 2 in a 4 year old, started on nusinersen, motor scores up.").Should().Contain(id => id.StartsWith("G12", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Two doses of diphenhydramine overnight and the 88M was delirious by breakfast.")]
    [InlineData("He became delirious on the scopolamine patch, so it came off.")]
    public void Tag_DeliriousOnADrug_IsTheDeliriumEvent(string text)
    {
        var entities = SharedTagger.Tagger.Tag(text).Entities;
        entities.Should().Contain(e => e.Type == EntityType.AdverseEvent && e.Surface == "delirious" && e.CanonicalId == "delirium");
    }

    [Theory]
    [InlineData("Capacity consult: calm, oriented, not delirious, and clear about refusing surgery.")]
    [InlineData("Septic from the urine, febrile and delirious in the ED.")]
    public void Tag_DeliriousWithNoDrugBlamed_IsNoDeliriumEvent(string text)
    {
        SharedTagger.Tagger.Tag(text).Entities.Should().NotContain(e => e.CanonicalId == "delirium");
    }
}
