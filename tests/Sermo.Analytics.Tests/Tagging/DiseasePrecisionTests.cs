using Sermo.Analytics.Tagging;

namespace Sermo.Analytics.Tests.Tagging;

/// <summary>
/// Decision 204's kinds of disease false positive, pooled over the gold sets one may read, each fixed where it starts and
/// checked on sentences written for this test: events the lists make events wherever they appear, a manifestation or
/// imaging finding of a diagnosis, an abbreviation in its measurement or examination sense, and a pathogen's result or a
/// risk score. Each case has a guard that the disease itself is still found.
/// </summary>
public class DiseasePrecisionTests
{
    private static TagResult Tag(string text) => SharedTagger.Tagger.Tag(text);

    [Theory]
    // Malignant hyperthermia is an anaesthetic's effect (ICD-10-CM T88.3 is "due to anesthesia"), so an event with no drug in the sentence.
    [InlineData("Twenty minutes into the case he went rigid: malignant hyperthermia.", "malignant hyperthermia")]
    // Supine hypertension is the pressor's effect in neurogenic orthostatic hypotension.
    [InlineData("Her supine hypertension is worse at night now.", "hypertension (adverse)")]
    // Flu-like after an infusion or an instillation is the event, not influenza.
    [InlineData("He felt flu-like for two days after each infusion.", "flu-like symptoms")]
    [InlineData("A flu-like syndrome after the third weekly dose.", "flu-like symptoms")]
    public void Tag_EventWhereverItAppears_EventAndNoDisease(string text, string id)
    {
        var entities = Tag(text).Entities;
        entities.Should().Contain(e => e.Type == EntityType.AdverseEvent && e.CanonicalId == id);
        entities.Should().NotContain(e => e.Type == EntityType.Disease);
    }

    [Theory]
    // A manifestation or an imaging finding of the diagnosis the sentence names (round 30's rule).
    [InlineData("Narcolepsy type 1 in a student whose cataplexy comes with laughing.", "G47.411")]
    [InlineData("Acute stroke with an LVO on the angiogram, so straight to thrombectomy.", "I63.9")]
    public void Tag_ManifestationOfTheNamedDiagnosis_OnlyTheDiagnosis(string text, string code)
    {
        Tag(text).Entities.Where(e => e.Type == EntityType.Disease).Select(e => e.CanonicalId).Should().Equal(code);
    }

    [Theory]
    [InlineData("Thrombectomy for an LVO stroke at the spoke hospital.", "I66.9")]
    [InlineData("Narcolepsy with cataplexy, now on an oxybate.", "G47.411")]
    public void Tag_DiagnosisNamedWithItsManifestation_StillTagged(string text, string code)
    {
        Tag(text).Entities.Should().Contain(e => e.Type == EntityType.Disease && e.CanonicalId == code);
    }

    [Theory]
    // "PE" for the physical examination.
    [InlineData("PE on exam was normal apart from a soft murmur, and we started metoprolol.")]
    [InlineData("The preseason PE and ECG were fine, so no echo before lisinopril.")]
    // "SBP" against a target is the systolic pressure, not spontaneous bacterial peritonitis.
    [InlineData("Nicardipine drip to keep SBP under 160 after the bleed.")]
    [InlineData("Labetalol for SBP above 180 despite the amlodipine.")]
    // A pathogen's result or serostatus, and a risk score, are tests of a patient without the disease.
    [InlineData("EBV positive on the biopsy stain, and the rituximab starts Monday.")]
    [InlineData("The EBV load is rising, so we cut the tacrolimus.")]
    [InlineData("His 10-yr ASCVD risk is 8%, so moderate intensity atorvastatin.")]
    public void Tag_AbbreviationOrResultInAnotherSense_NoDisease(string text)
    {
        Tag(text).Entities.Should().NotContain(e => e.Type == EntityType.Disease);
    }

    [Theory]
    // A disease named in a list of shots is its vaccine.
    [InlineData("At two months she got Pentacel, hep B and Prevnar on the same day.", "hepatitis b vaccine")]
    [InlineData("We split MMR and varicella so the fever risk is lower.", "varicella vaccine")]
    [InlineData("Pediarix plus separate hep B was the old way.", "hepatitis b vaccine")]
    public void Tag_DiseaseListedAmongVaccines_TheVaccine(string text, string id)
    {
        var entities = Tag(text).Entities;
        entities.Should().Contain(e => e.Type == EntityType.Generic && e.CanonicalId == id);
        entities.Should().NotContain(e => e.Type == EntityType.Disease);
    }

    [Theory]
    [InlineData("Chronic hep B with cirrhosis, on tenofovir, and his MMR is up to date.", "B18.1")]
    [InlineData("Varicella at age six, so no vaccine needed now.", "B01.9")]
    [InlineData("PE on CT, so we started a heparin drip.", "I26.99")]
    [InlineData("Ceftriaxone for SBP after the paracentesis.", "K65.2")]
    [InlineData("Her father had an MI at 42 on no statin.", "I21.9")]
    [InlineData("Known ASCVD with two stents, so high intensity atorvastatin.", "I25.10")]
    public void Tag_TheDiseaseSense_StillTagged(string text, string code)
    {
        Tag(text).Entities.Should().Contain(e => e.Type == EntityType.Disease && e.CanonicalId == code);
    }
}
