using Sermo.Analytics.Tagging;

namespace Sermo.Analytics.Tests.Tagging;

/// <summary>
/// Round 33's families (docs/taggers.md "Round 33", decision 213), each on a sentence of its own written for this test:
/// the emergency department's and ICU's poisonings under the code the index gives their substance, ICU complications by
/// the index, antidotes, pressors, fluids and the illicit supply by name, resuscitation and ICU devices by kind, drug
/// toxicities and their signs as events, and what stays out (a defibrillation shock, a lab value that fell, the mono product).
/// </summary>
public class Round33FamilyTests
{
    private static TagResult Tag(string text) => SharedTagger.Tagger.Tag(text);

    [Theory]
    // Toxic alcohols and glycols: the Tabular category of the substance, whatever word the post uses for the event.
    [InlineData("Antifreeze again: ethylene glycol toxicity with crystals in the urine.", "T52.3X1A")]
    [InlineData("Isopropyl alcohol poisoning looks drunk with ketones but no acidosis.", "T51.2X1A")]
    [InlineData("Methyl alcohol ingestion from bootleg liquor, so fomepizole and dialysis.", "T51.1X1A")]
    // ICU and post-arrest complications by the index.
    [InlineData("Bladder pressure of 28 and falling urine output: abdominal compartment syndrome until proven otherwise.", "M79.A3")]
    [InlineData("New murmur and flash edema on day three, echo shows papillary muscle rupture.", "I51.2")]
    [InlineData("Stridor after extubation from laryngeal oedema, so we gave racemic epi.", "J38.4")]
    [InlineData("Action myoclonus months after the arrest fits Lance-Adams syndrome.", "G25.3")]
    [InlineData("Skier with a tibial plateau fracture and a tense calf.", "S82.143A")]
    [InlineData("Stabbed in the chest, traumatic hemothorax drained 900 mL.", "S27.1XXA")]
    [InlineData("Her seizures and psychosis came from an ovarian teratoma.", "D27.9")]
    [InlineData("ICU delirium on night three even after the lorazepam was stopped.", "F05")]
    // An organism named as the infection keeps its code (the guide, round 31).
    [InlineData("Weakness began ten days after Campylobacter from undercooked chicken.", "A04.5")]
    public void Tag_EmergencyCondition_TaggedWithTheIndexCode(string text, string code)
    {
        Tag(text).Entities.Should().Contain(e => e.Type == EntityType.Disease && e.CanonicalId == code);
    }

    [Theory]
    // Glycols are not "other alcohols"; a bare hemothorax keeps the index's nontraumatic code.
    [InlineData("Antifreeze again: ethylene glycol toxicity with crystals in the urine.", "T51.8X1A")]
    [InlineData("Stabbed in the chest, traumatic hemothorax drained 900 mL.", "J94.2")]
    public void Tag_SettledPhrase_NotTaggedWithTheOtherCode(string text, string code)
    {
        Tag(text).Entities.Should().NotContain(e => e.Type == EntityType.Disease && e.CanonicalId == code);
    }

    [Theory]
    // Antidotes, vasodilators, fluids and factor concentrates given in resuscitation.
    [InlineData("Hypertensive emergency with pulmonary edema, so a nitroprusside drip.", "nitroprusside")]
    [InlineData("Valproate level over 400 and rising ammonia, so levocarnitine and dialysis.", "levocarnitine")]
    [InlineData("Charcoal within the hour if the airway is safe.", "activated charcoal")]
    [InlineData("Phosphate of 0.8 on day two of feeds, so IV potassium phosphate.", "potassium phosphate")]
    [InlineData("Two litres of LR before the scan and the lactate cleared.", "lactated ringer's")]
    [InlineData("A liter of normal saline wide open while we waited for blood.", "sodium chloride")]
    [InlineData("Wide QRS after the amitriptyline, so two amps of bicarb and a drip.", "sodium bicarbonate")]
    // The illicit supply: nitazenes by name.
    [InlineData("The powder tested positive for metonitazene and fentanyl.", "metonitazene")]
    [InlineData("Protonitazene needs more naloxone than people expect.", "protonitazene")]
    public void Tag_ResuscitationDrug_TaggedAsTheGeneric(string text, string generic)
    {
        Tag(text).Entities.Should().Contain(e => e.Type == EntityType.Generic && e.CanonicalId == generic);
    }

    [Theory]
    // Resuscitation and ICU devices by kind; a temporary dialysis catheter is a central line (the guide).
    [InlineData("Variceal bleed through two bands, so a Minnesota tube and a call to IR.", "balloon-tamponade-tube")]
    [InlineData("Sengstaken-Blakemore tube in for six hours until the TIPS.", "balloon-tamponade-tube")]
    [InlineData("Cooled to 36 with the Arctic Sun after ROSC.", "targeted-temperature-management-device")]
    [InlineData("Bystander CPR and an automated external defibrillator at the gym saved him.", "aed")]
    [InlineData("CRRT through a new dialysis catheter in the right IJ.", "central-venous-catheter")]
    public void Tag_ResuscitationDevice_TaggedByKind(string text, string id)
    {
        Tag(text).Entities.Should().Contain(e => e.Type == EntityType.Device && e.CanonicalId == id);
    }

    [Theory]
    // A drug toxicity named by its drug and a drug's visible signs are events (the guide, round 29).
    [InlineData("Aspirin toxicity in an old man taking it for his knees.", "Salicylate toxicity (adverse)")]
    [InlineData("Rifampin gave her orange urine and she stopped it in a panic.", "Chromaturia")]
    [InlineData("Digoxin level 3.5 with yellow-tinged vision and nausea.", "Color vision changes")]
    [InlineData("The old acetylcysteine protocol caused more anaphylactoid reactions.", "Anaphylaxis")]
    public void Tag_DrugToxicityOrSign_TaggedAsEvent(string text, string name)
    {
        Tag(text).Entities.Should().Contain(e => e.Type == EntityType.AdverseEvent
            && string.Equals(e.CanonicalId, name, StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    // A defibrillation shock counted or given is not circulatory shock.
    [InlineData("VF at the door, shocked twice and then amiodarone.", "R57.9")]
    [InlineData("ROSC came after the third shock and a second epi.", "R57.9")]
    // Buprenorphine without naloxone is not mononucleosis.
    [InlineData("Started the mono product because she is pregnant.", "B27.90")]
    // An adjective of the patient's state beside its cause is the manifestation, not a second diagnosis.
    [InlineData("Found comatose beside the generator after the night in the garage.", "R40.20")]
    [InlineData("Anuric on day two of the shock, so the nephrologists came.", "R34")]
    public void Tag_NotTheCondition_NoDisease(string text, string code)
    {
        Tag(text).Entities.Should().NotContain(e => e.Type == EntityType.Disease && e.CanonicalId == code);
    }

    [Theory]
    // A lab value or vital sign that fell is not a fall; a patient who fell still is.
    [InlineData("Heart rate fell to 40 on the dexmedetomidine.", false)]
    [InlineData("The INR fell under 2 after the vitamin K.", false)]
    [InlineData("She fell at home on her apixaban and hit her head.", true)]
    public void Tag_FellAfterAMeasurement_NoFallEvent(string text, bool fall)
    {
        Tag(text).Entities.Any(e => e.Type == EntityType.AdverseEvent && e.Surface.Contains("fell", StringComparison.OrdinalIgnoreCase))
            .Should().Be(fall);
    }

    [Theory]
    // Bicarbonate named as the lab value is not the drug.
    [InlineData("Her bicarb was 11 with a gap of 24.")]
    [InlineData("Serum bicarb came back at 12 this morning.")]
    public void Tag_BicarbAsLabValue_NoDrug(string text)
    {
        Tag(text).Entities.Should().NotContain(e => e.Type.IsDrug());
    }

    [Theory]
    // Sedation given on purpose, care withdrawn and the addiction service are plans and people, not drug events.
    [InlineData("Intubated and sedated with propofol for the transfer.", "somnolence")]
    [InlineData("Daily sedation holidays cut our ventilator days.", "somnolence")]
    [InlineData("The family chose withdrawal of care on day six.", "withdrawal")]
    [InlineData("The addiction consult team saw him before discharge.", "dependence")]
    public void Tag_PlanOrService_NoAdverseEvent(string text, string name)
    {
        Tag(text).Entities.Should().NotContain(e => e.Type == EntityType.AdverseEvent
            && string.Equals(e.CanonicalId, name, StringComparison.OrdinalIgnoreCase));
    }
}
