using Sermo.Analytics.Tagging;

namespace Sermo.Analytics.Tests.Tagging;

/// <summary>
/// Decision 353: drug errors pooled over the readable sets (round 51). Drugs and brands the lexicon lacked are read:
/// the implant's progestin named alone, supplements physicians recommend by name (ginger, peppermint oil, the AREDS
/// formulas), a glycopeptide marketed outside the US, two brands approved in 2025 for generics the lexicon has,
/// Armour Thyroid by its maker's name, and "K citrate"; brands the lexicon held only as a generic row's synonym are
/// brands. A soft drink's ginger and the anesthesiologists' society at its meeting stay unread. Sentences written for
/// this test.
/// </summary>
public class Decision353Tests
{
    private static IReadOnlyList<TaggedEntity> Entities(string text) => SharedTagger.Tagger.Tag(text).Entities;

    private static bool IsDrug(TaggedEntity e) => e.Type is EntityType.Generic or EntityType.Brand;

    [Theory]
    [InlineData("Rod went in last spring; the spotting on etonogestrel is what she keeps calling about.", "etonogestrel", "etonogestrel")]
    [InlineData("She swears by ginger for her morning sickness and I see no harm in it.", "ginger", "ginger")]
    [InlineData("Tried enteric-coated peppermint oil for the IBS cramps before any antispasmodic.", "enteric-coated peppermint oil", "peppermint oil")]
    [InlineData("Abroad we would have used teicoplanin for the line infection instead.", "teicoplanin", "teicoplanin")]
    [InlineData("He has taken AREDS2 daily since the drusen were found on his last exam.", "AREDS2", "areds2")]
    [InlineData("Moved him from Camzyos to Myqorzo because the echo schedule was wearing him out.", "Myqorzo", "aficamten")]
    [InlineData("Tonmya at bedtime helps her fibromyalgia sleep more than anything else has.", "Tonmya", "cyclobenzaprine")]
    [InlineData("She wants Armour instead of levothyroxine even though her TSH is fine.", "Armour", "thyroid desiccated")]
    [InlineData("Recurrent stones with a low urine citrate, so K citrate twice daily now.", "K citrate", "potassium citrate")]
    public void Tag_DrugTheLexiconLacked_IsRead(string text, string surface, string generic)
    {
        Entities(text).Should().Contain(e => IsDrug(e) && e.Surface == surface && e.CanonicalId == generic);
    }

    [Theory]
    [InlineData("Two Dulcolax suppositories the night before the scope, and clear liquids.", "Dulcolax", "bisacodyl")]
    [InlineData("Amicar rinses after the extraction because he is on warfarin.", "Amicar", "aminocaproic acid")]
    [InlineData("Every viral sinusitis leaves urgent care with a Z-Pack anyway.", "Z-Pack", "azithromycin")]
    public void Tag_BrandHeldAsAGenericsSynonym_IsABrand(string text, string surface, string generic)
    {
        Entities(text).Should().Contain(e => e.Type == EntityType.Brand && e.Surface == surface && e.CanonicalId == generic);
    }

    [Theory]
    [InlineData("Ginger ale and saltines were all he kept down after the ride.", "ginger")]
    [InlineData("Heard a good talk on this at the ASA conference in the fall.", "aspirin")]
    [InlineData("Our department sends two residents to the ASA annual meeting each year.", "aspirin")]
    public void Tag_DrinkOrSocietyMeeting_IsNoDrug(string text, string generic)
    {
        Entities(text).Should().NotContain(e => IsDrug(e) && e.CanonicalId == generic);
    }

    [Fact]
    public void Tag_AsaWithADose_StaysAspirin()
    {
        Entities("ASA 81 daily after the stent, and clopidogrel for a year.")
            .Should().Contain(e => IsDrug(e) && e.Surface == "ASA" && e.CanonicalId == "aspirin");
    }
}
