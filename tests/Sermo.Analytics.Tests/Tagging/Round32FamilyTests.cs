using Sermo.Analytics.Tagging;

namespace Sermo.Analytics.Tests.Tagging;

/// <summary>
/// Round 32's families (docs/taggers.md "Round 32", decision 209), each on a sentence of its own written for this test:
/// the chronic disease clinics' conditions under the code the guide settles for every set (chronic bronchitis, erosive
/// esophagitis, rapidly progressive glomerulonephritis, pulmonary hemorrhage, arterial stenosis, heavy proteinuria), the
/// clinics' devices by kind (home oxygen, soft mist inhalers, AV grafts), and what stays out (MR as the imaging method, a disease named as its screen or test).
/// </summary>
public class Round32FamilyTests
{
    private static TagResult Tag(string text) => SharedTagger.Tagger.Tag(text);

    [Theory]
    // Pulmonology: chronic bronchitis is its own code, not COPD.
    [InlineData("He has chronic bronchitis with sputum every winter morning.", "J42")]
    // Nephrology: crescentic, rapidly progressive disease and heavy protein loss.
    [InlineData("Rapidly progressive glomerulonephritis with crescents on the biopsy.", "N01.9")]
    [InlineData("Nephrotic-range proteinuria at 6 grams a day.", "R80.9")]
    // GI: erosive disease is reflux esophagitis (the index's Esophagitis, reflux), whatever its LA grade.
    [InlineData("Erosive esophagitis on the scope after a year of heartburn.", "K21.00")]
    [InlineData("LA grade D esophagitis, so twice daily PPI for eight weeks.", "K21.00")]
    // Rheumatology and vasculitis: lung bleeding and a stenosed subclavian artery.
    [InlineData("Vasculitis with pulmonary haemorrhage needs plasma exchange talk.", "R04.89")]
    [InlineData("Left subclavian artery stenosis with arm pressures 30 apart.", "I77.1")]
    public void Tag_ChronicClinicCondition_TaggedWithTheSettledCode(string text, string code)
    {
        Tag(text).Entities.Should().Contain(e => e.Type == EntityType.Disease && e.CanonicalId == code);
    }

    [Theory]
    // Devices by the guide's kinds: oxygen at home, the soft mist inhaler, and the graft a dialysis patient is run through.
    [InlineData("Home O2 at two litres with walking since the last admission.", "home-oxygen")]
    [InlineData("A portable oxygen concentrator let him go back to church.", "home-oxygen")]
    [InlineData("She could not coordinate the puffer, so we moved her to a Respimat.", "soft-mist-inhaler")]
    [InlineData("His arteriovenous graft in the forearm needed a thrombectomy.", "arteriovenous-graft")]
    public void Tag_ChronicClinicDevice_TaggedByKind(string text, string id)
    {
        Tag(text).Entities.Should().Contain(e => e.Type == EntityType.Device && e.CanonicalId == id);
    }

    [Theory]
    // Codes the guide settled away from: the broader or neighbouring code must not be read for these phrases.
    [InlineData("He has chronic bronchitis with sputum every winter morning.", "J44.9")]
    [InlineData("Erosive esophagitis on the scope after a year of heartburn.", "K20.90")]
    [InlineData("Rapidly progressive glomerulonephritis with crescents on the biopsy.", "N05.9")]
    [InlineData("Vasculitis with pulmonary haemorrhage needs plasma exchange talk.", "J98.8")]
    public void Tag_SettledPhrase_NotTaggedWithTheOldCode(string text, string code)
    {
        Tag(text).Entities.Should().NotContain(e => e.Type == EntityType.Disease && e.CanonicalId == code);
    }

    [Theory]
    // MR as magnetic resonance imaging is not mitral regurgitation.
    [InlineData("MR angiography of the aorta is booked for spring.", "I34.0")]
    [InlineData("MR enterography showed a long inflamed segment.", "I34.0")]
    // A disease named as its screen or test is the test (the guide), before a biologic or in a clinic's workup.
    [InlineData("TB screening came back fine before the adalimumab.", "A15.0")]
    [InlineData("Hep B screen and quantiferon before rituximab.", "B18.1")]
    [InlineData("His syphilis test was sent with the rest of the panel.", "A53.9")]
    public void Tag_ImagingOrScreenPhrase_NotTaggedAsTheDisease(string text, string code)
    {
        Tag(text).Entities.Should().NotContain(e => e.Type == EntityType.Disease && e.CanonicalId == code);
    }

    [Theory]
    // The same words still name the disease where no test or imaging noun follows.
    [InlineData("Moderate MR on the echo, so the cardiologist follows her.", "I34.0")]
    [InlineData("Cavitary TB on the chest film, so airborne isolation.", "A15.0")]
    public void Tag_DiseaseWithoutTestNoun_StillTagged(string text, string code)
    {
        Tag(text).Entities.Should().Contain(e => e.Type == EntityType.Disease && e.CanonicalId == code);
    }
}
