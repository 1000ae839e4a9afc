using Sermo.Analytics.Tagging;

namespace Sermo.Analytics.Tests.Tagging;

/// <summary>
/// The disease coverage pass of conditions named by a finding, a lab, a syndrome or a named complication (decision 190,
/// docs/taggers.md "Disease finding coverage pass (round 29)"), listed from clinical knowledge in
/// bench/lexicons/disease_finding_coverage_*.txt rather than read from a gold set. Every sentence is written here, at
/// least two per area of the lists, and names a term the pass added (a new code or a new synonym of an older code).
/// </summary>
public class DiseaseFindingCoverageTests
{
    private static TagResult Tag(string text) => SharedTagger.Tagger.Tag(text);

    [Theory]
    // Electrolytes and acid-base.
    [InlineData("Hypernatraemia in a nursing home resident who stopped drinking, free water through the tube.", "E87.0")]
    [InlineData("Hypermagnesemia in a dialysis patient who took milk of magnesia every night.", "E83.41")]
    [InlineData("Metabolic alkalosis after a week of gastric suction in the surgical ICU.", "E87.3")]
    [InlineData("Hyperchloremic metabolic acidosis after a week of diarrhea, seen in the ED.", "E87.2")]
    [InlineData("Hypoalbuminemia in a patient with a protein-losing enteropathy, albumin infusions argued about.", "E88.09")]
    // Blood counts.
    [InlineData("Bandemia of 18 percent in a woman who looked well, cultures drawn anyway.", "D72.825")]
    [InlineData("Monocytosis that has lasted six months, hematology wants a smear.", "D72.821")]
    [InlineData("Macrocytic anemia in a heavy drinker with a normal B12 level.", "D53.9")]
    [InlineData("Bicytopenia in a 70 year old, marrow biopsy next week.", "D61.818")]
    // Coagulation.
    [InlineData("Hypofibrinogenemia after the massive transfusion, fibrinogen concentrate ordered.", "D68.8")]
    [InlineData("Acquired hemophilia in an 80 year old woman with huge bruises and a long PTT.", "D68.311")]
    // Liver and pancreas.
    [InlineData("Hyperbilirubinemia in a runner after a fast, fractionated it and it was indirect.", "E80.7")]
    [InlineData("Congestive hepatopathy in a Fontan patient, elastography is not reliable here.", "K76.1")]
    [InlineData("Biliary sludge on the ultrasound after two weeks of TPN.", "K82.8")]
    [InlineData("IPMN of the pancreatic tail, 2 cm, yearly MRI.", "D13.6")]
    // Renal and urine findings.
    [InlineData("Glycosuria with a normal glucose, so renal glycosuria until shown otherwise.", "R81")]
    [InlineData("Hydroureter on the left side from a ureteral stone.", "N13.4")]
    [InlineData("Renal tubular acidosis in a young woman with Sjogren syndrome.", "N25.89")]
    [InlineData("Azotemia after three days of vomiting, the BUN to creatinine ratio was 30.", "R39.2")]
    // Endocrine labs.
    [InlineData("Sick euthyroid syndrome in the ICU, no thyroid replacement.", "E07.81")]
    [InlineData("Hypergastrinemia in a man with ulcers in the jejunum, gastrinoma workup.", "E16.4")]
    [InlineData("Adrenal nodule of 2 cm found on the CT for kidney stones.", "E27.8")]
    [InlineData("Empty sella on the MRI with normal pituitary hormones.", "E23.6")]
    // Imaging findings.
    [InlineData("Ground-glass opacities in both lower lobes on the CT.", "R91.8")]
    [InlineData("Pneumomediastinum after a bout of forceful vomiting in a teenager.", "J98.2")]
    [InlineData("White matter hyperintensities on the MRI of a 70 year old with high blood pressure.", "R90.82")]
    [InlineData("Portal vein thrombosis found on the staging scan of a man with cirrhosis.", "I81")]
    // Examination findings.
    [InlineData("Papilledema on fundoscopy in an obese woman with daily headaches.", "H47.10")]
    [InlineData("Digital clubbing in a nonsmoker, so the chest CT went ahead.", "R68.3")]
    [InlineData("Livedo reticularis on both thighs of a woman with recurrent miscarriages.", "R23.8")]
    // ECG and rhythm findings.
    [InlineData("LBBB on the ECG of a man with new shortness of breath on exertion.", "I44.7")]
    [InlineData("PVCs on the Holter, 12 percent burden, echo ordered.", "I49.3")]
    [InlineData("NSVT on telemetry overnight, 6 beats.", "I47.29")]
    [InlineData("Trifascicular block in an 85 year old who fainted in church.", "I45.3")]
    // Named syndromes.
    [InlineData("Sweet syndrome with tender plaques on the arms and a high neutrophil count.", "L98.2")]
    [InlineData("Lemierre syndrome in a college student after a bad sore throat.", "I80.8")]
    [InlineData("MIS-C in a 7 year old four weeks after a household COVID infection.", "M35.81")]
    [InlineData("Hungry bone syndrome after the parathyroidectomy, calcium dropped to 6.8.", "E83.81")]
    // Named complications.
    [InlineData("Severe protein-calorie malnutrition in a man with head and neck cancer.", "E43")]
    [InlineData("CLABSI in the ICU last month, the second this quarter.", "T80.219A")]
    [InlineData("Transfusion-associated circulatory overload after the third unit in a frail woman.", "E87.71")]
    [InlineData("Sarcopenia in a 90 year old who can no longer rise from a chair.", "M62.84")]
    // Symptom codes the guide counts as conditions.
    [InlineData("Bedwetting in a 7 year old boy, alarm first.", "N39.44")]
    [InlineData("Menorrhagia since menarche, checked for von Willebrand disease.", "N92.0")]
    [InlineData("Unintentional weight loss of 10 kg in six months, CT of the chest and abdomen ordered.", "R63.4")]
    public void Tag_FindingCoverageConcept_TaggedWithItsCode(string text, string code)
    {
        Tag(text).Entities.Should().Contain(e => e.Type == EntityType.Disease && e.CanonicalId == code);
    }

    // A British or shorthand spelling of a term in both lists reads as its plain spelling does (the both-list rule).
    [Fact]
    public void Tag_BritishHypokalaemiaWithNoDrugBlamed_TheDisease()
    {
        Tag("Hypokalaemia from the diarrhoea, repleted by mouth.").Entities
            .Should().Contain(e => e.Type == EntityType.Disease && e.CanonicalId == "E87.6");
    }

    [Fact]
    public void Tag_BritishHypokalaemiaOnADiuretic_TheEvent()
    {
        Tag("Hypokalaemia on the hydrochlorothiazide, so it was stopped.").Entities
            .Should().Contain(e => e.Type == EntityType.AdverseEvent && e.CanonicalId == "hypokalemia");
    }

    [Theory]
    [InlineData("Hyponatraemia in a marathon runner who drank too much water.", "hyponatremia")]
    [InlineData("Hyponatremia in a marathon runner who drank too much water.", "hyponatremia")]
    [InlineData("Hypomagnesaemia after a long course of omeprazole.", "hypomagnesemia")]
    public void Tag_SpellingOfAnEventTerm_ReadsAsTheEvent(string text, string eventId)
    {
        var entities = Tag(text).Entities;
        entities.Should().Contain(e => e.Type == EntityType.AdverseEvent && e.CanonicalId == eventId);
        entities.Should().NotContain(e => e.Type == EntityType.Disease);
    }

    [Theory]
    // Signs and descriptions the pass left out or took out after reading the gold sets (the apply script prints why).
    [InlineData("Clonus in both ankles and a temperature of 39 after the tramadol.", "R25.8")]
    [InlineData("Found a murmur on the sports physical, echo was normal.", "R01.1")]
    [InlineData("Dysphagia to solids for a month, scope booked.", "R13.10")]
    [InlineData("Jaundice and dark urine for a week before she came in.", "R17")]
    [InlineData("Wall motion abnormality in the anterior wall on the echo.", "R93.1")]
    [InlineData("Deconditioning after a month in the hospital, rehab placement.", "R53.81")]
    // Abbreviations whose other meaning is the commoner one in a physician's post.
    [InlineData("SSI orders with lispro before meals, the sugars stayed in the 300s.", "T81.40XA")]
    [InlineData("He gave up after the third try.", "K31.811")]
    public void Tag_LeftOutFindingOrOtherMeaning_NotTheDisease(string text, string code)
    {
        Tag(text).Entities.Should().NotContain(e => e.Type == EntityType.Disease && e.CanonicalId == code);
    }

    [Fact]
    public void Tag_ChronicCough_StaysTheEventCough()
    {
        var entities = Tag("Chronic cough for a year in a nonsmoker, no ACE inhibitor.").Entities;
        entities.Should().Contain(e => e.Type == EntityType.AdverseEvent && e.CanonicalId == "cough");
        entities.Should().NotContain(e => e.Type == EntityType.Disease && e.CanonicalId == "R05.3");
    }
}
