using Sermo.Analytics.Tagging;

namespace Sermo.Analytics.Tests.Tagging;

/// <summary>
/// Round 34's families (docs/taggers.md "Round 34", decision 219), each on a sentence of its own written for this test:
/// the surgical wards' conditions by the code the ICD-10-CM index gives their words (hernias, post-operative wound,
/// leak and stricture complications, vascular graft and stent complications, spine and joint conditions), surgical
/// implants and devices by the kind surgeons name, and what stays out (a fracture service or a fixation, a calcitonin
/// that is the tumour marker, a mesh repair as the procedure).
/// </summary>
public class Round34FamilyTests
{
    private static TagResult Tag(string text) => SharedTagger.Tagger.Tag(text);

    [Theory]
    // Hernias and the abdominal wall.
    [InlineData("Reducible hernia at the old port site, repair after the holidays.", "K46.9")]
    [InlineData("Colicky pain two years after a bypass means an internal hernia until the CT says otherwise.", "K45.8")]
    // Gallbladder and appendix by what the surgeon found.
    [InlineData("Open conversion for gangrenous cholecystitis in a diabetic man.", "K81.0")]
    [InlineData("CT shows a perforated appendix with a phlegmon, so drains and IV antibiotics first.", "K35.32")]
    // Post-operative wound, chest and anastomosis complications.
    [InlineData("Superficial SSI on day five, opened the skin and packed it.", "T81.41XA")]
    [InlineData("Fascial dehiscence after the laparotomy, back to the OR.", "T81.31XA")]
    [InlineData("Drained seroma after the abdominoplasty, the third time this month.", "L76.34")]
    [InlineData("Sternal pain and fever three weeks out: mediastinitis on the scan.", "J98.51")]
    [InlineData("Persistent air leak on day six after the lobectomy.", "J93.82")]
    [InlineData("Milky output from the chest tube after the esophagectomy: chylothorax.", "I89.8")]
    [InlineData("Dysphagia from an anastomotic stricture, dilated twice.", "K91.89")]
    // Vascular grafts, stents and access.
    [InlineData("Claudication back at a year from in-stent restenosis of the SFA.", "T82.855A")]
    [InlineData("Sac growing on the surveillance CT from a type 2 endoleak.", "T82.330A")]
    [InlineData("Cold painful fingers after the fistula: steal syndrome.", "T82.898A")]
    // Neurosurgery, spine and joints.
    [InlineData("Headache and confusion in an old man on aspirin: chronic subdural hematoma on CT.", "I62.03")]
    [InlineData("Fever and a red tract along the catheter, so shunt infection until the CSF says no.", "T85.730A")]
    [InlineData("Screws loosening at a year from pseudarthrosis at L4-5.", "M96.0")]
    [InlineData("Heterotopic ossification after the hip replacement is limiting flexion.", "M61.50")]
    [InlineData("Kyphoplasty for an osteoporotic compression fracture at T12.", "M80.08")]
    // Plastic surgery.
    [InlineData("Firm painful breast from capsular contracture, so capsulectomy.", "T85.44XA")]
    [InlineData("Reduction for macromastia with shoulder grooving and rashes.", "N62")]
    [InlineData("The urgent care glued a facial laceration that should have been sutured.", "S01.81XA")]
    [InlineData("Heel pressure wound in a diabetic man, offloading first.", "L89.90")]
    // Trauma and hand surgery by the injured part; an organism named as the infection keeps its code.
    [InlineData("Grade 3 splenic injury after the bike crash, embolized by IR.", "S36.00XA")]
    [InlineData("Kitchen knife, flexor tendon laceration of the ring finger, repaired in zone 2.", "S66.129A")]
    [InlineData("Leech therapy needs prophylaxis against Aeromonas.", "A49.8")]
    public void Tag_SurgicalCondition_TaggedWithTheIndexCode(string text, string code)
    {
        Tag(text).Entities.Should().Contain(e => e.Type == EntityType.Disease && e.CanonicalId == code);
    }

    [Theory]
    // A compression fracture said to be osteoporotic is one condition, not osteoporosis as well.
    [InlineData("Kyphoplasty for an osteoporotic compression fracture at T12.", "M81.0")]
    // A chronic subdural is the nontraumatic code, not the injury.
    [InlineData("Headache and confusion in an old man on aspirin: chronic subdural hematoma on CT.", "S06.5X9A")]
    // A post-operative seroma of the skin is not the unspecified procedural complication.
    [InlineData("Drained seroma after the abdominoplasty, the third time this month.", "T81.89XA")]
    public void Tag_SettledPhrase_NotTaggedWithTheOtherCode(string text, string code)
    {
        Tag(text).Entities.Should().NotContain(e => e.Type == EntityType.Disease && e.CanonicalId == code);
    }

    [Theory]
    // Implants, grafts and surgical devices by the kind surgeons name.
    [InlineData("Ventral hernia closed over a biologic mesh because the field was dirty.", "surgical-mesh")]
    [InlineData("EVAR with a bifurcated endograft, home on day one.", "stent-graft")]
    [InlineData("TEVAR with a thoracic stent graft for the type B dissection.", "stent-graft")]
    [InlineData("She wants her silicone implants out after twenty years.", "breast-implant")]
    [InlineData("Tissue expanders at the mastectomy, filled every two weeks.", "tissue-expander")]
    [InlineData("Cervical collar for six weeks after the fusion.", "cervical-collar")]
    [InlineData("Hinged knee brace locked in extension after the patellar tendon repair.", "knee-brace")]
    [InlineData("Nonunion at six months, so we added a bone stimulator.", "bone-growth-stimulator")]
    [InlineData("Pedicle screws placed with the Mazor, no breaches.", "mazor")]
    [InlineData("Left atrial appendage closed with an AtriClip during the CABG.", "atriclip")]
    [InlineData("Robotic cholecystectomy on the da Vinci, home the same day.", "da-vinci")]
    [InlineData("His adjustable gastric band slipped and he vomits everything.", "lap-band")]
    public void Tag_SurgicalDevice_TaggedByKind(string text, string id)
    {
        Tag(text).Entities.Should().Contain(e => e.Type == EntityType.Device && e.CanonicalId == id);
    }

    [Theory]
    // A fracture service or the fixation of a fracture is not a new fracture; neither is a verb of what may come.
    [InlineData("The fracture liaison nurse will start her bisphosphonate.")]
    [InlineData("Indomethacin after the fracture fixation to stop bone forming in the muscle.")]
    [InlineData("Romosozumab if she fractures again on alendronate.")]
    public void Tag_FractureServiceOrProcedure_NoFractureEvent(string text)
    {
        Tag(text).Entities.Should().NotContain(e => e.Type == EntityType.AdverseEvent
            && string.Equals(e.CanonicalId, "fracture", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    // A hernia repair with no hernia named is the procedure (the older sets leave it bare); a named hernia is the disease.
    [InlineData("Urinary retention after hernia repair in older men.", false)]
    [InlineData("Lap hernia this morning, home by dinner.", false)]
    [InlineData("Reducible hernia at the old port site, repair after the holidays.", true)]
    public void Tag_HerniaRepair_DiseaseOnlyForTheHernia(string text, bool disease)
    {
        Tag(text).Entities.Any(e => e.Type == EntityType.Disease && e.CanonicalId == "K46.9").Should().Be(disease);
    }

    [Theory]
    // Calcitonin followed as the medullary thyroid cancer marker is a lab, not the drug; given for hypercalcaemia it is.
    [InlineData("Serum calcitonin is rising a year after the thyroidectomy.", false)]
    [InlineData("Vandetanib if the calcitonin climbs again.", false)]
    [InlineData("Calcium of 15, so fluids, zoledronic acid and calcitonin.", true)]
    public void Tag_CalcitoninAsMarker_NoDrug(string text, bool drug)
    {
        Tag(text).Entities.Any(e => e.Type.IsDrug() && e.CanonicalId == "calcitonin").Should().Be(drug);
    }

    [Theory]
    // A mesh repair is the procedure; the mesh left in the wall is the device.
    [InlineData("Open mesh repair planned for his inguinal hernia.", false)]
    [InlineData("The infection tracked down to the mesh, so it came out.", true)]
    public void Tag_MeshRepair_DeviceOnlyForTheImplant(string text, bool device)
    {
        Tag(text).Entities.Any(e => e.Type == EntityType.Device && e.CanonicalId == "surgical-mesh").Should().Be(device);
    }

    [Theory]
    // An Achilles rupture is the injury unless a drug of its sentence is blamed; then it is the fluoroquinolone event.
    [InlineData("Basketball player with a complete Achilles rupture, repaired open.", true)]
    [InlineData("Achilles rupture two weeks into levofloxacin in a man on prednisone.", false)]
    public void Tag_AchillesRupture_InjuryUnlessADrugIsBlamed(string text, bool injury)
    {
        Tag(text).Entities.Any(e => e.Type == EntityType.Disease && e.CanonicalId == "S86.019A").Should().Be(injury);
    }

    [Theory]
    // Gallstones called symptomatic are the surgical disease; gallstones on a drug stay its event (the older sets).
    [InlineData("Symptomatic cholelithiasis with three visits for colic, so a lap chole.", true)]
    [InlineData("She got gallstones on semaglutide after losing 30 pounds.", false)]
    public void Tag_Gallstones_DiseaseWhenSymptomaticNotOnADrug(string text, bool disease)
    {
        Tag(text).Entities.Any(e => e.Type == EntityType.Disease && e.CanonicalId == "K80.20").Should().Be(disease);
    }

    [Theory]
    // Wound-care drugs and supplements by their established or plain name; an ordinary word near a brand is not it.
    [InlineData("Regranex on the diabetic foot ulcer was not covered.", "becaplermin")]
    [InlineData("Zinc oxide paste around the stoma every change.", "zinc oxide")]
    [InlineData("She puts arnica on every bruise after the facelift.", "arnica")]
    [InlineData("Horse chestnut for her varicose veins, from the health store.", "horse chestnut")]
    public void Tag_WoundCareDrugOrSupplement_TaggedAsGeneric(string text, string generic)
    {
        Tag(text).Entities.Should().Contain(e => e.Type.IsDrug() && e.CanonicalId == generic);
    }

    [Fact]
    public void Tag_MassiveWeightLossAsThePatientGroup_NoWeightLossEvent()
    {
        Tag("Body contouring after massive weight loss on tirzepatide, her belly hangs to the thighs.").Entities
            .Should().NotContain(e => e.Type == EntityType.AdverseEvent && e.Surface.Contains("weight loss", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Tag_SprinterNearABrandName_NoDrug()
    {
        Tag("A sprinter with hamstring pain after the relay.").Entities.Should().NotContain(e => e.Type.IsDrug());
    }
}
