using Sermo.Analytics.Tagging;

namespace Sermo.Analytics.Tests.Tagging;

/// <summary>
/// The fifth coverage pass (decision 291, docs/taggers.md "Round 45: a fifth coverage pass by specialty"): the
/// conditions and drugs the `tag` verb missed on lists of what physicians write in fourteen specialties no earlier pass
/// listed (bench/lexicons/specialty_probe_r45_*.txt), added from bench/lexicons/disease_coverage_r45.txt and
/// drug_coverage_specialty_r45.txt. Every sentence is written here and names a form the pass added.
/// </summary>
public class CoverageFifthPassTests
{
    private static TagResult Tag(string text) => SharedTagger.Tagger.Tag(text);

    [Theory]
    // Transplant medicine.
    [InlineData("Delayed graft function after the donation after circulatory death kidney, two sessions of dialysis.", "T86.19")]
    [InlineData("Failed kidney transplant after fifteen years, back on the list.", "T86.12")]
    [InlineData("BKV nephropathy on the biopsy, so we cut the mycophenolate.", "B97.89")]
    // Vascular and cardiothoracic surgery.
    [InlineData("Aortoenteric fistula presenting as a herald bleed years after the open repair.", "I77.2")]
    [InlineData("Splenic artery aneurysm of 2.5 cm found on the CT, referred for coiling.", "I72.8")]
    [InlineData("Spinal cord infarction after the thoracoabdominal repair despite the drain.", "G95.11")]
    // Orthopaedics, spine and hand.
    [InlineData("Glenohumeral osteoarthritis bad enough that we are talking about a reverse shoulder.", "M19.019")]
    [InlineData("Aseptic loosening of the femoral stem at twelve years.", "T84.039A")]
    [InlineData("Gamekeeper's thumb from the fall on the slopes, Stener lesion on ultrasound.", "S63.649A")]
    [InlineData("Femoroacetabular impingement in a young hockey player with groin pain.", "M25.859")]
    [InlineData("Kienbock's disease in a carpenter with wrist pain for a year.", "M93.1")]
    [InlineData("Osseous metastases from the breast primary, started on denosumab.", "C79.51")]
    // Rehabilitation and perioperative medicine.
    [InlineData("Spastic diplegia since birth, now walking with crutches after the tendon releases.", "G80.1")]
    [InlineData("Stump neuroma at the end of the residual limb, the socket is unbearable.", "T87.30")]
    [InlineData("Wernicke's aphasia after the left temporal infarct, speech fluent but empty.", "R47.01")]
    [InlineData("Failed intubation at induction, we woke her up and did it awake fibreoptic.", "T88.4XXA")]
    [InlineData("Chipped tooth at laryngoscopy, the dentist saw her the next day.", "S02.5XXA")]
    // Interventional radiology, radiation oncology, wound care.
    [InlineData("Pulmonary AVM embolized before she had the stroke workup finished.", "Q25.72")]
    [InlineData("Phlegmasia cerulea dolens in the left leg, catheter-directed therapy the same night.", "I80.29")]
    [InlineData("Radiation necrosis versus recurrence on the MRI after radiosurgery.", "G93.89")]
    [InlineData("Vaginal stenosis after pelvic radiation, dilators were never explained to her.", "N89.5")]
    [InlineData("Gas gangrene of the thigh after the crush, straight to theatre.", "A48.0")]
    // Genetics, travel, sexual and adolescent health, correctional and military medicine.
    [InlineData("McArdle disease diagnosed at 30 after years of cramps and dark urine with exercise.", "E74.04")]
    [InlineData("Facioscapulohumeral muscular dystrophy with scapular winging in the father too.", "G71.02")]
    [InlineData("Tick-borne encephalitis after hiking in Austria, unvaccinated.", "A84.9")]
    [InlineData("Leprosy in a man from Brazil with numb patches on the arms.", "A30.9")]
    [InlineData("Disseminated gonococcal infection with tenosynovitis and pustules on the hands.", "A54.89")]
    [InlineData("Granuloma inguinale is rare here but we saw one last year.", "A58")]
    [InlineData("Hypothalamic amenorrhea in a distance runner, low energy availability.", "E23.0")]
    [InlineData("Combat stress reaction after the convoy was hit, settled with rest.", "F43.0")]
    [InlineData("Open globe injury from a fight in the yard, transferred to ophthalmology.", "S05.30XA")]
    public void Tag_FifthPassConcept_TaggedWithItsCode(string text, string code)
    {
        Tag(text).Entities.Should().Contain(e => e.Type == EntityType.Disease && e.CanonicalId == code);
    }

    [Theory]
    [InlineData("Advagraf once daily since the transplant, levels stable.", "tacrolimus")]
    [InlineData("Defitelio for the veno-occlusive disease on day 12.", "defibrotide")]
    [InlineData("Lipiodol mixed with the doxorubicin for the chemoembolisation.", "ethiodized oil")]
    [InlineData("Dakin's solution soaks twice a day on the foot wound.", "sodium hypochlorite")]
    [InlineData("Suxamethonium for the rapid sequence as usual.", "succinylcholine")]
    [InlineData("Riamet for the falciparum, he was well by day three.", "artemether/lumefantrine")]
    public void Tag_FifthPassDrug_TaggedWithItsGeneric(string text, string generic)
    {
        Tag(text).Entities.Should().Contain(e => (e.Type == EntityType.Brand || e.Type == EntityType.Generic) && e.CanonicalId == generic);
    }

    [Theory]
    // The longer name wins: the aphasia is not Wernicke's encephalopathy, Niemann-Pick is not Pick disease.
    [InlineData("Wernicke's aphasia after the stroke.", "E51.2")]
    [InlineData("Niemann-Pick disease in her brother.", "G31.09")]
    // Acronyms of ambiguous rows need capitals and clinical context: a dish is a plate, orn is not a diagnosis.
    [InlineData("Brought a dish to the department potluck.", "M48.10")]
    [InlineData("We keep the lvo drain clamped overnight.", "I66.9")]
    // Left out on purpose: a felon is not a finger infection, boils are not skin abscesses.
    [InlineData("The felon was released on parole last month.", "L03.019")]
    public void Tag_FormTheListLeavesOut_NotTheCoverageDisease(string text, string code)
    {
        Tag(text).Entities.Should().NotContain(e => e.Type == EntityType.Disease && e.CanonicalId == code);
    }
}
