using Sermo.Analytics.Tagging;

namespace Sermo.Analytics.Tests.Tagging;

/// <summary>
/// Round 18's families (docs/taggers.md "Round 18", decision 135), each on a sentence of its own and with surfaces
/// long-r17 does not use: hypertensive diseases by organ, coronary disease by vessel count, glomerular and cystic kidney
/// diseases, enteric infections named by the organism, necrotizing soft-tissue infection, metal poisonings, benign
/// intracranial tumors, ear infections, prematurity, retinal artery occlusions, laryngopharyngeal reflux, ischemia by
/// mechanism, acute pulmonary edema, urine findings the index names; and the tests, results and readings that name none.
/// </summary>
public class Round18FamilyTests
{
    private static TagResult Tag(string text) => SharedTagger.Tagger.Tag(text);

    [Theory]
    [InlineData("Hypertensive nephropathy with a creatinine of 2.", "I12.9")]
    [InlineData("Hypertensive retinopathy with AV nicking on the fundus exam.", "H35.039")]
    [InlineData("Hypertensive cardiomyopathy on the echo, septum 16 mm.", "I11.9")]
    [InlineData("Two-vessel disease on the cath, so PCI to both.", "I25.10")]
    [InlineData("Multivessel CAD and a low EF, so the surgeons were called.", "I25.10")]
    [InlineData("Minimal change disease relapsed on the taper.", "N04.0")]
    [InlineData("Membranous glomerulonephritis, PLA2R positive.", "N04.2")]
    [InlineData("ARPKD found on the prenatal ultrasound.", "Q61.19")]
    [InlineData("Salmonella gastroenteritis after the potluck, no antibiotics needed.", "A02.0")]
    [InlineData("Giardiasis after a camping trip, tinidazole once.", "A07.1")]
    [InlineData("Norovirus gastroenteritis went through the nursing home last week.", "A08.11")]
    [InlineData("NSTI of the leg, straight to the OR.", "M72.6")]
    [InlineData("Mercury poisoning from a skin lightening cream.", "T56.1X1A")]
    [InlineData("Vestibular schwannoma on the MRI, watch and scan.", "D33.3")]
    [InlineData("Meningioma found on a scan done for headaches.", "D32.9")]
    [InlineData("Pituitary macroadenoma with a field cut.", "D35.2")]
    [InlineData("Ear infections every month, so tubes.", "H66.90")]
    [InlineData("Former preemie at 28 weeks, now 4 with asthma.", "P07.30")]
    [InlineData("BRAO in a 60F with a carotid plaque.", "H34.239")]
    [InlineData("Silent reflux with a chronic cough and throat clearing.", "K21.9")]
    [InlineData("Type 2 MI from the GI bleed, not plaque rupture.", "I21.A1")]
    [InlineData("Acute pulmonary edema after the fluid bolus, so BiPAP.", "J81.0")]
    [InlineData("Sterile pyuria, so we sent AFB cultures.", "R82.81")]
    [InlineData("Trichomonal vaginitis treated with metronidazole.", "A59.9")]
    public void Tag_Round18ConditionFamily_TaggedWithItsCode(string text, string code)
    {
        Tag(text).Entities.Should().Contain(e => e.Type == EntityType.Disease && e.CanonicalId == code);
    }

    [Theory]
    [InlineData("Chlamydia PCR sent from the urine.", "A56.2")]
    [InlineData("Gonorrhea and chlamydia testing at every visit for her.", "A56.2")]
    [InlineData("Pseudomonas in the urine again, but she has no symptoms.", "B96.5")]
    [InlineData("Calcium pyrophosphate crystals on the aspirate.", "M11.20")]
    [InlineData("Malignancy workup was negative so far.", "C80.1")]
    [InlineData("Remained hypertensive after delivery, so nifedipine.", "I10")]
    [InlineData("Lifestyle program for a year with minimal change in weight.", "N04.0")]
    public void Tag_TestsResultsAndReadings_NoDisease(string text, string code)
    {
        Tag(text).Entities.Should().NotContain(e => e.Type == EntityType.Disease && e.CanonicalId == code);
    }

    [Fact]
    public void Tag_MrsaBacteremia_OrganismAndConditionAsTwoSpans()
    {
        var diseases = Tag("MRSA bacteremia from a PICC line, day 3 of daptomycin.").Entities
            .Where(e => e.Type == EntityType.Disease).Select(e => e.CanonicalId);

        diseases.Should().Contain(["A49.02", "R78.81"]);
    }
}
