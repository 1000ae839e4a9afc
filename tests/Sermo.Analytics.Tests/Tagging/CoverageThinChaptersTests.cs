using Sermo.Analytics.Tagging;

namespace Sermo.Analytics.Tests.Tagging;

/// <summary>
/// The second disease coverage pass (decision 228, docs/taggers.md "A second disease coverage pass (round 36, decision
/// 228)"): the ICD-10-CM chapters diseases.csv held thinnest (O pregnancy, P perinatal, H60-H95 ear, and the congenital
/// and gynaecological conditions met in obstetric and newborn care), listed from clinical knowledge in
/// bench/lexicons/disease_coverage_r36.txt. Every sentence is written here and names a concept the pass added.
/// </summary>
public class CoverageThinChaptersTests
{
    private static TagResult Tag(string text) => SharedTagger.Tagger.Tag(text);

    [Theory]
    // O pregnancy.
    [InlineData("Superimposed preeclampsia at 32 weeks in a woman on labetalol since before conception.", "O11.9")]
    [InlineData("Shoulder dystocia at her first delivery, so she wants a planned cesarean this time.", "O66.0")]
    [InlineData("Vasa previa seen on the transvaginal scan, admission at 32 weeks planned.", "O69.4XX0")]
    [InlineData("Twin-twin transfusion syndrome stage II, referred for laser ablation.", "O43.029")]
    [InlineData("Gestational thrombocytopenia with platelets around 110, fine for an epidural.", "O99.119")]
    [InlineData("PUPPP in the third trimester, topical steroids and reassurance.", "O26.86")]
    [InlineData("Blighted ovum on the 8 week scan, she chose misoprostol.", "O02.0")]
    [InlineData("Third degree tear repaired in theatre, pelvic floor physio booked.", "O70.20")]
    [InlineData("Fetal macrosomia with an estimated weight of 4.6 kg in a diabetic mother.", "O36.60X0")]
    [InlineData("Baby blues on day four, screened again at two weeks.", "O90.6")]
    // P perinatal.
    [InlineData("Periventricular leukomalacia on the term-equivalent MRI of a 26 weeker.", "P91.2")]
    [InlineData("Subgaleal hemorrhage after a difficult vacuum, serial head circumference.", "P12.2")]
    [InlineData("Late preterm infants need a feeding plan before discharge.", "P07.39")]
    [InlineData("Hydrops fetalis from parvovirus, intrauterine transfusion done twice.", "P83.2")]
    [InlineData("Perinatal stroke presenting with early hand preference at five months.", "P91.829")]
    [InlineData("Congenital toxoplasmosis treated for a year with pyrimethamine.", "P37.1")]
    // H ear.
    [InlineData("Malignant otitis externa in an elderly diabetic, IV antipseudomonal therapy.", "H60.20")]
    [InlineData("Bullous myringitis with blisters on the drum, very painful.", "H73.019")]
    [InlineData("Perilymph fistula suspected after scuba, bed rest first.", "H83.1X9")]
    // Q and others met in obstetric and newborn care.
    [InlineData("Gastroschisis on the anatomy scan, delivery at a surgical center.", "Q79.3")]
    [InlineData("Hypoplastic left heart syndrome diagnosed at 20 weeks, Norwood planned.", "Q23.4")]
    [InlineData("Posterior urethral valves suspected from the keyhole bladder.", "Q64.2")]
    [InlineData("Bicornuate uterus found at her second miscarriage workup.", "Q51.3")]
    [InlineData("Asherman syndrome after two D&Cs, hysteroscopic adhesiolysis next.", "N85.6")]
    [InlineData("Primary ovarian insufficiency at 31, hormone therapy until 50.", "E28.310")]
    [InlineData("Brief resolved unexplained event in a 6 week old, low risk, discharged.", "R68.13")]
    public void Tag_ThinChapterConcept_TaggedWithItsCode(string text, string code)
    {
        Tag(text).Entities.Should().Contain(e => e.Type == EntityType.Disease && e.CanonicalId == code);
    }

    [Theory]
    // A postpartum form of an adult disease is not listed: the adult disease keeps its own span and code.
    [InlineData("Postpartum HTN persisted, so she went home on nifedipine.", "O16.5")]
    [InlineData("Postpartum sepsis from endometritis needed a week of antibiotics.", "O85")]
    // Ordinary words of the obstetric chapters are not diseases; the acronym needs capitals.
    [InlineData("The oasis of the maternity ward is the night-shift break room.", "O70.20")]
    public void Tag_FormTheListLeavesOut_NotTheCoverageDisease(string text, string code)
    {
        Tag(text).Entities.Should().NotContain(e => e.Type == EntityType.Disease && e.CanonicalId == code);
    }
}
