using Sermo.Analytics.Tagging;

namespace Sermo.Analytics.Tests.Tagging;

/// <summary>
/// Round 35's families (docs/taggers.md "Round 35", decision 225), each on a sentence of its own written for this test:
/// rehabilitation, sleep and radiology devices by the kind clinicians name (orthoses, prostheses, power wheelchairs,
/// stimulators, support surfaces, microspheres), a device's head noun said again after the post named the device, allergy
/// and sting conditions, spinal cord injuries by their level, rehabilitation, sleep and pain conditions by the index, the
/// older bisphosphonates and sclerosants, and palliative and procedure phrases that are not the condition.
/// </summary>
public class Round35FamilyTests
{
    private static TagResult Tag(string text) => SharedTagger.Tagger.Tag(text);

    [Theory]
    // Orthoses, prostheses and mobility devices by the kind the rehabilitation clinic names.
    [InlineData("Peroneal palsy after the knee dislocation, so an AFO until the nerve recovers.", "ankle-foot-orthosis")]
    [InlineData("Quad weakness from polio as a child, still walking in his old KAFO.", "knee-ankle-foot-orthosis")]
    [InlineData("Transfemoral amputee asking whether Medicare pays for a microprocessor knee.", "lower-limb-prosthesis")]
    [InlineData("MS with progressive leg weakness, the seating clinic is fitting a power wheelchair.", "power-wheelchair")]
    // Stimulators by what neurologists, sleep doctors and therapists call them.
    [InlineData("Tried the WalkAide in clinic for his foot drop and his gait speed improved.", "functional-electrical-stimulator")]
    [InlineData("Moderate OSA with CPAP intolerance, BMI 29, referred for a hypoglossal stimulator.", "inspire")]
    [InlineData("Upper airway stimulator candidates need a DISE first.", "inspire")]
    [InlineData("Chronic arm weakness after a stroke, and the therapist asked about Vivistim.", "vns")]
    // Support surfaces and radioembolization microspheres.
    [InlineData("Flap on the sacrum, so an air-fluidized bed for three weeks.", "pressure-redistribution-mattress")]
    [InlineData("Mapping angiogram done and the SIR-Spheres dose is set for Tuesday.", "yttrium-90-microspheres")]
    public void Tag_DeviceByKind_TaggedWithItsId(string text, string id)
    {
        Tag(text).Entities.Should().Contain(e => e.Type == EntityType.Device && e.CanonicalId == id);
    }

    [Theory]
    // A device's head noun after the post named the device is that device.
    [InlineData("IVC filter placed before his hip surgery in 2015. Nobody ever came back to pull the filter.", "filter", "ivc-filter")]
    [InlineData("His Inspire was placed last spring. The implant needed a higher amplitude after he gained weight.", "implant", "inspire")]
    [InlineData("Foley in since the ED and her fever started yesterday, so the catheter comes out today.", "catheter", "urinary-catheter")]
    [InlineData("Intrathecal pump for his spasticity, and the pump alarm went off on Sunday.", "pump", "intrathecal-pump")]
    [InlineData("New AFO for her foot drop and she already hates the brace.", "brace", "ankle-foot-orthosis")]
    public void Tag_HeadNounAfterTheNamedDevice_TaggedAsThatDevice(string text, string surface, string id)
    {
        Tag(text).Entities.Should().Contain(e => e.Type == EntityType.Device && e.Surface.Equals(surface, StringComparison.OrdinalIgnoreCase) && e.CanonicalId == id);
    }

    [Theory]
    // With no device of that kind named before it, the head noun is not a device.
    [InlineData("The catheter in her left arm was removed before the scan.")]
    [InlineData("Watchman placed in May; he asked whether the filter in his fridge matters.")]
    [InlineData("Knee brace for the ligament strain, and the pump at the gym is fine.")]
    public void Tag_HeadNounWithoutItsDevice_NoBackReference(string text)
    {
        Tag(text).Entities.Should().NotContain(e => e.Type == EntityType.Device
            && (e.Surface.Equals("catheter", StringComparison.OrdinalIgnoreCase)
                || e.Surface.Equals("filter", StringComparison.OrdinalIgnoreCase)
                || e.Surface.Equals("pump", StringComparison.OrdinalIgnoreCase)));
    }

    [Theory]
    // Allergy, sting and rehabilitation, sleep and pain conditions by the code the ICD-10-CM index gives their words.
    [InlineData("Large local reaction after a wasp sting on the arm last week.", "T63.461A")]
    [InlineData("Kiwi allergy with lip tingling, no anaphylaxis so far.", "Z91.018")]
    [InlineData("Paraplegia from a T11 spinal cord injury in a motorcycle crash.", "S24.109A")]
    [InlineData("Neurogenic bowel program with daily suppositories since the injury.", "K59.2")]
    [InlineData("New fatigue and weakness decades later: post-polio syndrome until proven otherwise.", "G14")]
    [InlineData("Her overnight oximetry and CO2 show nocturnal hypoventilation from the neuromuscular disease.", "G47.36")]
    [InlineData("Burning pain of the left side after a thalamic infarct is central post-stroke pain.", "G89.0")]
    [InlineData("Chronic pelvic pain with dilated ovarian veins, likely pelvic congestion syndrome.", "N94.89")]
    [InlineData("Foot drop after the hip replacement, EMG ordered.", "M21.379")]
    [InlineData("Hives and wheeze only when she runs after eating: exercise-induced anaphylaxis.", "T78.2XXA")]
    public void Tag_Condition_TaggedWithTheIndexCode(string text, string code)
    {
        Tag(text).Entities.Should().Contain(e => e.Type == EntityType.Disease && e.CanonicalId == code);
    }

    [Theory]
    // A spinal cord injury whose level is thoracic is not the cervical code.
    [InlineData("Autonomic dysreflexia is rare below a T8 spinal cord injury.", "S14.109A")]
    // Sleep-related hypoventilation is the condition, not respiratory depression from a drug.
    [InlineData("Nocturnal hypoventilation on the sleep study, so BiPAP at night.", "respiratory depression")]
    public void Tag_SettledPhrase_NotTaggedWithTheOtherReading(string text, string id)
    {
        Tag(text).Entities.Should().NotContain(e => string.Equals(e.CanonicalId, id, StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    // The older bisphosphonates and the sclerosants by their established and brand names.
    [InlineData("Paget disease of bone in the 1990s was treated with etidronate.", "etidronate")]
    [InlineData("Pamidronate infusion for hypercalcemia of malignancy this morning.", "pamidronate")]
    [InlineData("Spider veins injected with Sotradecol in the office.", "sodium tetradecyl sulfate")]
    [InlineData("Preservative-free eye drops only, so Refresh four times a day.", "carboxymethylcellulose")]
    public void Tag_Drug_TaggedWithItsGeneric(string text, string generic)
    {
        Tag(text).Entities.Should().Contain(e => e.Type.IsDrug() && e.CanonicalId == generic);
    }

    [Theory]
    // Events the vocabulary names as physicians write them.
    [InlineData("Infused the iron over ten minutes and she had a Fishbane reaction, settled with fluids.", "infusion reaction")]
    [InlineData("Chest tightness twenty minutes after the triptan, ECG normal.", "chest discomfort")]
    [InlineData("Started pregabalin last week and now somnolent at noon.", "somnolence")]
    public void Tag_Event_TaggedWithItsName(string text, string name)
    {
        Tag(text).Entities.Should().Contain(e => e.Type == EntityType.AdverseEvent && string.Equals(e.CanonicalId, name, StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    // Not the condition, the event or the drug: the terminal secretions, an embolization procedure named by its disease,
    // allergy delabelling, and "refresh" as a verb.
    [InlineData("Death rattle at 3 am and the family is frightened, glycopyrrolate given.", EntityType.AdverseEvent)]
    [InlineData("Uterine fibroid embolization scheduled after the iron infusion.", EntityType.Disease)]
    [InlineData("Penicillin delabeling clinic runs every Thursday.", EntityType.Generic)]
    [InlineData("Please refresh the orders before rounds.", EntityType.Brand)]
    public void Tag_PhraseThatIsNotTheMention_NothingOfThatType(string text, EntityType type)
    {
        Tag(text).Entities.Should().NotContain(e => e.Type == type);
    }

    [Theory]
    // An analyte's short name followed by a bare number is the lab value; with a dose unit it is the drug.
    [InlineData("Hypercapnic on the gas with a bicarb 36, so BiPAP overnight.", "sodium bicarbonate", false)]
    [InlineData("Renal patient with magnesium 1.3 after the diarrhea.", "magnesium sulfate", false)]
    [InlineData("Pushed bicarb 50 mEq for the wide QRS after the overdose.", "sodium bicarbonate", true)]
    [InlineData("Torsades on the monitor, gave magnesium 2 g IV.", "magnesium sulfate", true)]
    [InlineData("Severe pre-eclampsia, so magnesium 24 hours after delivery.", "magnesium sulfate", true)]
    public void Tag_AnalyteWordBeforeANumber_DrugOnlyWithADoseUnit(string text, string generic, bool drug)
    {
        Tag(text).Entities.Any(e => e.Type.IsDrug() && e.CanonicalId == generic).Should().Be(drug);
    }
}
