using Sermo.Analytics.Tagging;

namespace Sermo.Analytics.Tests.Tagging;

/// <summary>
/// The disease coverage pass by ICD-10-CM chapter (decision 177, docs/taggers.md "Disease coverage pass (round 27)"):
/// conditions physicians discuss in outpatient specialty clinics, listed from clinical knowledge in
/// bench/lexicons/disease_coverage_*.txt rather than read from a gold set. Each sentence is written here, at least two
/// per chapter, and names a concept the pass added (a new code or a new synonym of an older code).
/// </summary>
public class CoverageFamilyTests
{
    private static TagResult Tag(string text) => SharedTagger.Tagger.Tag(text);

    [Theory]
    // A-B infections.
    [InlineData("Scarlet fever in the second grader, sandpaper rash and a positive rapid strep.", "A38.9")]
    [InlineData("Her cold sore flares every time she skis, so valacyclovir before the trip.", "B00.1")]
    [InlineData("Plantar warts on both heels that cryotherapy has not touched.", "B07.0")]
    [InlineData("Genital herpes with six outbreaks a year, suppressive therapy now.", "A60.00")]
    [InlineData("Tinea versicolor on the back every summer in this lifeguard.", "B36.0")]
    [InlineData("Pinworms in the whole household, treating everyone at once.", "B80")]
    [InlineData("Eczema herpeticum in a toddler with atopic skin, admitted for IV acyclovir.", "B00.0")]
    // C-D neoplasms and blood.
    [InlineData("Lipoma on the shoulder, soft and mobile, no imaging needed.", "D17.9")]
    [InlineData("Pilar cyst on the scalp that keeps getting inflamed.", "L72.11")]
    [InlineData("Sickle cell trait found on the newborn screen of her first child.", "D57.3")]
    [InlineData("Hereditary spherocytosis, splenectomy is on the table at age 8.", "D58.0")]
    // E endocrine and metabolic.
    [InlineData("Subacute thyroiditis after a viral illness, tender gland and a low uptake.", "E06.1")]
    [InlineData("Lactose intolerant since college, now bloated on every dairy meal.", "E73.9")]
    [InlineData("Mixed hyperlipidemia in a 50 year old who will not take a pill.", "E78.2")]
    // F mental and behavioural.
    [InlineData("Dysthymia for a decade before anyone called it that.", "F34.1")]
    [InlineData("Adjustment disorder after the divorce, therapy first.", "F43.20")]
    [InlineData("ARFID in a 9 year old who eats six foods.", "F50.82")]
    [InlineData("Dyslexia was missed until fourth grade.", "F81.0")]
    [InlineData("Seasonal affective disorder every November, light box first.", "F33.8")]
    // G nervous system.
    [InlineData("Tension headaches every afternoon at her desk job.", "G44.209")]
    [InlineData("Cervical dystonia responding well to botulinum toxin every 12 weeks.", "G24.3")]
    [InlineData("Meralgia paresthetica from his tool belt.", "G57.10")]
    [InlineData("Cubital tunnel syndrome in a cyclist, night splint first.", "G56.20")]
    // H eye and adnexa.
    [InlineData("Styes keep coming back, warm compresses and lid hygiene.", "H00.019")]
    [InlineData("Blocked tear duct in a 4 month old, massage until a year.", "H04.559")]
    [InlineData("Pinguecula that gets red in the wind, artificial tears only.", "H11.159")]
    [InlineData("Episcleritis again, no systemic disease found.", "H15.109")]
    // H ear and mastoid.
    [InlineData("Cerumen impaction in both ears of a hearing aid user.", "H61.20")]
    [InlineData("Eustachian tube dysfunction since the flight, autoinflation tried.", "H69.80")]
    [InlineData("Otosclerosis in a 35 year old woman, hearing worse after pregnancy.", "H80.90")]
    [InlineData("Presbycusis is why he says his wife mumbles.", "H91.10")]
    // I circulatory.
    [InlineData("Post-thrombotic syndrome in the left leg two years after the clot.", "I87.009")]
    [InlineData("Wenckebach on the overnight monitor in a young athlete.", "I44.30")]
    [InlineData("Spider veins on her thighs, sclerotherapy is cosmetic.", "I78.1")]
    // J respiratory.
    [InlineData("Deviated septum and turbinate hypertrophy, ENT offered surgery.", "J34.2")]
    [InlineData("Enlarged adenoids and snoring in a 4 year old.", "J35.2")]
    [InlineData("Vocal nodules in a kindergarten teacher, voice therapy first.", "J38.2")]
    [InlineData("Nonallergic rhinitis with a runny nose at every meal.", "J31.0")]
    // K digestive.
    [InlineData("Canker sores every month in a teenager, checked celiac.", "K12.0")]
    [InlineData("Exocrine pancreatic insufficiency after the Whipple, enzymes with every meal.", "K86.81")]
    [InlineData("Thrombosed hemorrhoid, excised in clinic.", "K64.5")]
    // L skin.
    [InlineData("Cradle cap in a 6 week old, mineral oil and a soft brush.", "L21.0")]
    [InlineData("Pityriasis rosea with the herald patch last week.", "L42")]
    [InlineData("Guttate psoriasis two weeks after strep throat.", "L40.4")]
    [InlineData("Dyshidrotic eczema on the palms of a hairdresser.", "L30.1")]
    // M musculoskeletal and connective tissue.
    [InlineData("Thumb arthritis making it hard to open jars.", "M18.9")]
    [InlineData("Spondylolisthesis at L4-5 with leg pain on walking.", "M43.16")]
    [InlineData("Takayasu arteritis in a 25 year old with unequal arm pressures.", "M31.4")]
    // N genitourinary.
    [InlineData("Hydrocele in a 2 month old, will watch until a year.", "N43.3")]
    [InlineData("Ovarian hyperstimulation syndrome after the retrieval, drained 3 liters.", "N98.1")]
    [InlineData("Asherman syndrome after two D&Cs, hysteroscopy planned.", "N85.6")]
    [InlineData("Chronic prostatitis for years in a 40 year old, pelvic floor therapy helped.", "N41.1")]
    [InlineData("Renal cyst found on the CT, simple, no follow-up needed.", "N28.1")]
    // O pregnancy.
    [InlineData("Twin gestation at 20 weeks, growth scans every four weeks.", "O30.009")]
    [InlineData("Threatened miscarriage at 8 weeks with a heartbeat on ultrasound.", "O20.0")]
    [InlineData("Placenta accreta suspected on MRI after three cesareans.", "O43.219")]
    // P perinatal.
    [InlineData("Cephalohematoma after the vacuum delivery, watch the bilirubin.", "P12.0")]
    [InlineData("Erythema toxicum on day two, reassured the parents.", "P83.1")]
    [InlineData("Congenital CMV picked up because he failed the hearing screen.", "P35.1")]
    // Q congenital.
    [InlineData("Tetralogy of Fallot repaired at 4 months, now a college student.", "Q21.3")]
    [InlineData("Hypospadias repair planned at 9 months.", "Q54.9")]
    [InlineData("Fragile X in a boy with autism features, mother is a carrier.", "Q99.2")]
    // R signs the guide annotates.
    [InlineData("Gross hematuria in a 70 year old smoker needs cystoscopy.", "R31.0")]
    [InlineData("Fecal incontinence after her fourth delivery, pelvic floor referral.", "R15.9")]
    [InlineData("Hepatosplenomegaly on exam in a febrile toddler.", "R16.2")]
    // S-T injuries the guide annotates.
    [InlineData("Nursemaid's elbow after his dad swung him by the arms.", "S53.031A")]
    [InlineData("Corneal abrasion from a mascara wand.", "S05.00XA")]
    [InlineData("Boxer's fracture after he punched a wall.", "S62.339A")]
    // Z statuses the guide annotates: allergies that change treatment.
    [InlineData("Medication allergies listed as fourteen drugs, most of them intolerances.", "Z88.9")]
    [InlineData("Wasp allergy with throat swelling last summer, venom immunotherapy discussed.", "Z91.038")]
    public void Tag_CoverageConcept_TaggedWithItsCode(string text, string code)
    {
        Tag(text).Entities.Should().Contain(e => e.Type == EntityType.Disease && e.CanonicalId == code);
    }

    [Theory]
    // Abbreviations left out of the pass because their other meaning is the commoner one in a physician's post.
    [InlineData("CTs of the chest and abdomen were negative.", "G56.00")]
    [InlineData("TOF count was four of four before extubation.", "Q21.3")]
    [InlineData("TED hose on both legs after the knee replacement.", "E05.00")]
    // Drug effects and findings the pass does not list as diseases.
    [InlineData("Striae on the abdomen after the prednisone.", "L90.6")]
    [InlineData("Tinnitus after the high-dose aspirin.", "H93.19")]
    public void Tag_OrdinaryMeaningOrDrugEffect_NotTheCoverageDisease(string text, string code)
    {
        Tag(text).Entities.Should().NotContain(e => e.Type == EntityType.Disease && e.CanonicalId == code);
    }
}
