using Sermo.Analytics.Tagging;

namespace Sermo.Analytics.Tests.Tagging;

/// <summary>
/// The fourth coverage pass (decision 271, docs/taggers.md "Round 43: a fourth coverage pass by the specialties the sets
/// have not centred"): the conditions and drugs the `tag` verb missed on lists of what physicians write, specialty by
/// specialty (bench/lexicons/specialty_probe_r43_*.txt), added from bench/lexicons/disease_coverage_r43.txt and
/// drug_coverage_specialty_r43.txt. Every sentence is written here and names a form the pass added.
/// </summary>
public class CoverageSpecialtyPassTests
{
    private static TagResult Tag(string text) => SharedTagger.Tagger.Tag(text);

    [Theory]
    // Pediatrics and neonatology.
    [InlineData("Sudden infant death syndrome counselling at every newborn visit: back to sleep, no bed sharing.", "R95")]
    [InlineData("The 30 weeker had respiratory distress syndrome and got two doses of surfactant.", "P22.0")]
    [InlineData("Respiratory syncytial virus season starts early this year in our unit.", "B97.4")]
    // Emergency medicine and trauma.
    [InlineData("Flail chest after the rollover, we intubated for the pain and the mechanics.", "S22.5XXA")]
    [InlineData("Grade 3 liver laceration managed without surgery.", "S36.113A")]
    [InlineData("Brown recluse bite on the thigh with a spreading necrotic centre.", "T63.301A")]
    [InlineData("Odontoid fracture in an 85 year old after a fall, collar and no surgery.", "S12.100A")]
    [InlineData("Third degree burns over both hands from the grease fire.", "T30.0")]
    // Surgery: post-operative complications.
    [InlineData("Enterocutaneous fistula three weeks after the laparotomy, output 600 a day.", "K63.2")]
    [InlineData("Incarcerated inguinal hernia that would not reduce in the department.", "K40.30")]
    [InlineData("Slipped band eight years after the lap band, she vomits everything.", "K95.09")]
    [InlineData("Infected mesh after the ventral repair had to come out.", "T85.79XA")]
    // Gastroenterology, cardiology, pulmonology.
    [InlineData("Jackhammer esophagus on manometry explained his chest pain.", "K22.4")]
    [InlineData("Zenker's diverticulum with regurgitation of undigested food.", "K22.5")]
    [InlineData("Restrictive cardiomyopathy from amyloid until proven otherwise.", "I42.5")]
    [InlineData("Femoral pseudoaneurysm after the cath, thrombin injection under ultrasound.", "I72.4")]
    [InlineData("Pneumoconiosis in a retired coal miner with progressive dyspnea.", "J64")]
    // Neurology, endocrinology, psychiatry.
    [InlineData("Parsonage-Turner syndrome after the flu shot: severe shoulder pain then weakness.", "G54.5")]
    [InlineData("Diffuse axonal injury on MRI after the motorbike crash.", "S06.2X9A")]
    [InlineData("Insulinoma found after months of fasting hypoglycemia.", "D13.7")]
    [InlineData("Charcot foot in a man with long-standing diabetes, total contact cast.", "E11.610")]
    [InlineData("Ectopic ACTH syndrome from a small cell tumour, potassium was 2.4.", "E24.3")]
    [InlineData("Polysubstance abuse since his teens, now in residential treatment.", "F19.10")]
    public void Tag_SpecialtyPassConcept_TaggedWithItsCode(string text, string code)
    {
        Tag(text).Entities.Should().Contain(e => e.Type == EntityType.Disease && e.CanonicalId == code);
    }

    [Theory]
    [InlineData("Switched her from NovoRapid to a pump after the move.", "insulin aspart")]
    [InlineData("Kefzol 2 g at induction as usual.", "cefazolin")]
    [InlineData("Mefoxin before the colectomy.", "cefoxitin")]
    [InlineData("Lithium carbonate 300 mg twice a day with levels every three months.", "lithium")]
    public void Tag_SpecialtyPassDrug_TaggedWithItsGeneric(string text, string generic)
    {
        Tag(text).Entities.Should().Contain(e => (e.Type == EntityType.Brand || e.Type == EntityType.Generic) && e.CanonicalId == generic);
    }

    [Theory]
    // The longer name wins: the syndrome is not Turner syndrome, the ACTH source is not an ectopic pregnancy.
    [InlineData("Parsonage-Turner syndrome after the flu shot.", "Q96.9")]
    [InlineData("Ectopic ACTH syndrome from a small cell tumour.", "O00.90")]
    // An acronym of an ambiguous row needs capitals: the odd result is not the disorder.
    [InlineData("An odd result, so we repeated the panel.", "F91.3")]
    // Left out on purpose: a fracture of the femoral neck is not a cervical spine fracture.
    [InlineData("Humeral neck fracture after the fall, sling for four weeks.", "S12.9XXA")]
    public void Tag_FormTheListLeavesOut_NotTheCoverageDisease(string text, string code)
    {
        Tag(text).Entities.Should().NotContain(e => e.Type == EntityType.Disease && e.CanonicalId == code);
    }
}
