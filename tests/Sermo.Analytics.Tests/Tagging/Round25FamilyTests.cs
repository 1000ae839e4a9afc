using Sermo.Analytics.Tagging;

namespace Sermo.Analytics.Tests.Tagging;

/// <summary>
/// Round 25's families (docs/taggers.md "Round 25", decision 168), each on a sentence of its own and with surfaces
/// long-r24 does not use: complications told in a hospital course (surgical leaks, chest and airway complications,
/// sickle-cell crises, neuro-ICU and critical-illness conditions, shock types, poisonings by non-drugs), ICU generics
/// and brands, ICU device kinds, and the guide's round-25 labels ("s/p MI" is an old infarction, "GAD antibodies" a test,
/// hypokalemia a disease unless a drug is blamed).
/// </summary>
public class Round25FamilyTests
{
    private static TagResult Tag(string text) => SharedTagger.Tagger.Tag(text);

    [Theory]
    [InlineData("Attempted suicide last night, medically cleared this morning.", "T14.91XA")]
    [InlineData("Anastomotic leakage on POD 5 after the Whipple.", "K91.89")]
    [InlineData("Biliary leak after the lap chole, ERCP and a stent.", "K83.8")]
    [InlineData("Postoperative pancreatic fistula, drain amylase high.", "K86.89")]
    [InlineData("Chyle leak after the neck dissection.", "I89.8")]
    [InlineData("CSF leak after the lumbar drain, blood patch done.", "G96.00")]
    [InlineData("Intraamniotic infection at 39 weeks, delivered.", "O41.1290")]
    [InlineData("Postpartum endometritis after the cesarean.", "O86.12")]
    [InlineData("Autonomic dysfunction after the spinal cord injury.", "G90.9")]
    [InlineData("Splenic sequestration in a toddler with sickle cell.", "D57.02")]
    [InlineData("Superior vena cava syndrome from the mediastinal mass.", "I87.1")]
    [InlineData("Posterior reversible encephalopathy after the transplant.", "I67.83")]
    [InlineData("Myxedema crisis in the unit, IV levothyroxine.", "E03.5")]
    [InlineData("Streptococcal toxic shock syndrome from a cellulitis.", "A48.3")]
    [InlineData("Mediastinal emphysema after the vomiting.", "J98.2")]
    [InlineData("Hemopneumothorax after the fall, two liters out.", "J94.2")]
    [InlineData("Septic embolism to the brain from the valve.", "I76")]
    [InlineData("Mesenteric ischemia in an elderly patient in afib.", "K55.9")]
    [InlineData("Anoxic brain damage after a long downtime.", "G93.1")]
    [InlineData("Critical illness myopathy after three weeks on the vent.", "G72.81")]
    [InlineData("Critical illness polyneuropathy slowed the wean.", "G62.81")]
    [InlineData("Traumatic subarachnoid hemorrhage after the fall.", "S06.6X0A")]
    [InlineData("Cerebral vasospasm on day 7, intra-arterial verapamil.", "I67.848")]
    [InlineData("A pulmonary mass on the CT, biopsy next week.", "R91.8")]
    [InlineData("Fractured pelvis from the motorcycle crash.", "S32.9XXA")]
    [InlineData("Spleen laceration grade 3, observed.", "S36.039A")]
    [InlineData("Strangulated hernia went to the OR.", "K46.0")]
    [InlineData("Cyanide poisoning from the house fire, hydroxocobalamin given.", "T65.0X1A")]
    [InlineData("Magnet ingestion in a toddler, GI took them out.", "T18.9XXA")]
    [InlineData("Opiate withdrawal on the floor, buprenorphine started.", "F11.23")]
    [InlineData("Necrotising pancreatitis with walled-off necrosis.", "K85.91")]
    [InlineData("Tracheoinnominate fistula, a sentinel bleed first.", "J95.09")]
    [InlineData("Hypovolemic shock from the GI bleed.", "R57.1")]
    [InlineData("Distributive shock after the induction.", "R57.8")]
    [InlineData("Negative pressure pulmonary edema after the laryngospasm.", "J81.0")]
    public void Tag_HospitalCourseComplication_TaggedWithTheIndexCode(string text, string code)
    {
        Tag(text).Entities.Should().Contain(e => e.Type == EntityType.Disease && e.CanonicalId == code);
    }

    [Theory]
    [InlineData("Cleviprex drip for the aortic dissection.", EntityType.Brand, "clevidipine")]
    [InlineData("ProvayBlue for the vasoplegia after bypass.", EntityType.Brand, "methylene blue")]
    [InlineData("Isoproterenol for the torsades until pacing.", EntityType.Generic, "isoproterenol")]
    [InlineData("INOmax for the pulmonary hypertension crisis.", EntityType.Brand, "nitric oxide")]
    public void Tag_IcuDrugMissingBefore_Tagged(string text, EntityType type, string generic)
    {
        Tag(text).Entities.Should().Contain(e => e.Type == type && e.CanonicalId == generic);
    }

    [Fact]
    public void Tag_VasoOcclusiveCrisis_NotVasopressin()
    {
        Tag("Admitted with a vaso-occlusive crisis again.").Entities.Should().NotContain(e => e.CanonicalId == "vasopressin");
    }

    [Theory]
    [InlineData("Triple lumen catheter in the right IJ.", "central-venous-catheter")]
    [InlineData("Two chest tubes after the decortication.", "chest-tube")]
    [InlineData("Mechanical ventilator alarms all night.", "mechanical-ventilator")]
    [InlineData("Optiflow at 50 liters kept him off the tube.", "high-flow-nasal-cannula")]
    [InlineData("External ventricular drain clamped today.", "external-ventricular-drain")]
    [InlineData("Temporary pacemaker until the Lyme carditis resolved.", "temporary-pacemaker")]
    [InlineData("Trach tube changed on day 7.", "tracheostomy-tube")]
    [InlineData("Prismaflex filter clotted twice.", "crrt-machine")]
    public void Tag_IcuDeviceByItsKind_Tagged(string text, string device)
    {
        Tag(text).Entities.Should().Contain(e => e.Type == EntityType.Device && e.CanonicalId == device);
    }

    [Fact]
    public void Tag_StatusPostMi_OldInfarction()
    {
        Tag("Status post MI, now on GDMT.").Entities.Should().Contain(e => e.Type == EntityType.Disease && e.CanonicalId == "I25.2");
    }

    [Theory]
    [InlineData("GAD antibodies positive, so type 1 diabetes after all.")]
    [InlineData("Anti-GAD antibodies sent for the stiff person workup.")]
    public void Tag_GadAntibodies_NotAnxiety(string text)
    {
        Tag(text).Entities.Should().NotContain(e => e.CanonicalId == "F41.1");
    }

    [Fact]
    public void Tag_HypokalemiaWithNoDrugBlamed_TheDisease()
    {
        Tag("Low potassium from the vomiting, repleted.").Entities.Should().Contain(e => e.Type == EntityType.Disease && e.CanonicalId == "E87.6");
    }

    [Fact]
    public void Tag_HypokalemiaOnADiuretic_TheEvent()
    {
        Tag("Low potassium on the torsemide, so spironolactone added.").Entities.Should().Contain(e => e.Type == EntityType.AdverseEvent && e.CanonicalId == "hypokalemia");
    }
}
