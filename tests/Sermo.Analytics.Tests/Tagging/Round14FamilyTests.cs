using Sermo.Analytics.Tagging;

namespace Sermo.Analytics.Tests.Tagging;

/// <summary>
/// Round 14's lexicon families (docs/taggers.md "Round 14", decision 112): older anti-infectives, prostacyclins,
/// antiseptics and crystalloids, contrast media by their two classes, devices of dialysis, urology and orthopedics, and
/// conditions named by their own words; each on a sentence where it must fire and, where the words have another sense,
/// one where they must not.
/// </summary>
public class Round14FamilyTests
{
    private static TagResult Tag(string text) => SharedTagger.Tagger.Tag(text);

    [Theory]
    [InlineData("Amphotericin plus flucytosine for two weeks.", "flucytosine")]
    [InlineData("Sulfa allergy, so dapsone for PJP prophylaxis.", "dapsone")]
    [InlineData("Monthly inhaled pentamidine instead.", "pentamidine")]
    [InlineData("Single-dose tinidazole for the partner too.", "tinidazole")]
    [InlineData("Nitazoxanide for the crypto diarrhea.", "nitazoxanide")]
    [InlineData("Praziquantel after the schisto serology came back.", "praziquantel")]
    [InlineData("Daraprim costs what it costs.", "pyrimethamine")]
    [InlineData("Home epoprostenol through the Hickman.", "epoprostenol")]
    [InlineData("Chlorhexidine baths cut our CLABSI rate.", "chlorhexidine")]
    [InlineData("Betadine scrub before the tap.", "povidone-iodine")]
    [InlineData("Two liters of lactated ringers in the ED.", "lactated ringer's")]
    [InlineData("3% saline bolus for the herniation.", "sodium chloride")]
    [InlineData("Add vitamin B6 with the isoniazid.", "pyridoxine")]
    [InlineData("Erivedge for the basal cell she refused to have cut out.", "vismodegib")]
    [InlineData("Xenazine made him too flat.", "tetrabenazine")]
    [InlineData("Nuedexta for the crying spells.", "dextromethorphan/quinidine")]
    [InlineData("RhoGAM at 28 weeks.", "rho(d) immune globulin")]
    [InlineData("Hylenex for the extravasation.", "hyaluronidase")]
    [InlineData("Mag sulfate running for seizure prophylaxis.", "magnesium sulfate")]
    [InlineData("Insurance finally approved Ebvallo.", "tabelecleucel")]
    public void Tag_Round14DrugFamily_TaggedWithItsGeneric(string text, string generic)
    {
        Tag(text).Entities.Should().Contain(e => e.Type.IsDrug() && e.CanonicalId == generic);
    }

    [Theory]
    [InlineData("Premedicate before iodinated contrast.", "iodinated-contrast")]
    [InlineData("No IV contrast with that eGFR, said radiology.", "iodinated-contrast")]
    [InlineData("Omnipaque for the CT enterography.", "iohexol")]
    [InlineData("Gadolinium deposition worries my MS patients.", "gadolinium-contrast")]
    [InlineData("Gadavist for the brain MRI.", "gadobutrol")]
    [InlineData("Dotarem is macrocyclic.", "gadoterate meglumine")]
    public void Tag_ContrastMedia_TaggedWithClassOrGeneric(string text, string id)
    {
        Tag(text).Entities.Should().Contain(e => e.Type.IsDrug() && e.CanonicalId == id);
    }

    [Theory]
    [InlineData("In contrast, the second patient did well.")]
    [InlineData("Our plan B is a second biopsy.")]
    public void Tag_PhraseWithADrugWord_NoDrug(string text)
    {
        Tag(text).Entities.Should().NotContain(e => e.Type.IsDrug());
    }

    [Theory]
    [InlineData("Paragard for the patient who wants no hormones.", "copper-iud")]
    [InlineData("The PD catheter has to come out.", "peritoneal-dialysis-catheter")]
    [InlineData("Dialyzing through a tunneled catheter for now.", "tunneled-dialysis-catheter")]
    [InlineData("Foley catheter out on day two.", "urinary-catheter")]
    [InlineData("VP shunt placed at age two.", "vp-shunt")]
    [InlineData("Double J stent for two weeks.", "ureteral-stent")]
    [InlineData("Ex fix until the soft tissue settles.", "external-fixator")]
    public void Tag_Round14Device_TaggedWithItsId(string text, string id)
    {
        Tag(text).Entities.Should().Contain(e => e.Type == EntityType.Device && e.CanonicalId == id);
    }

    [Theory]
    [InlineData("Uremic pruritus keeps him up at night.", "L29.8")]
    // D47.2 since round 22, by the index (Coding Clinic 3Q 2021; D47.Z2 is Castleman disease), decision 156
    [InlineData("Smoldering myeloma, high risk by the 20-2-20 criteria.", "D47.2")]
    [InlineData("Cryptococcal meningitis with an opening pressure of 40.", "B45.1")]
    [InlineData("Retinopathy of prematurity screening at 31 weeks.", "H35.10")]
    [InlineData("May-Thurner on the venogram.", "I87.1")]
    [InlineData("Pseudobulbar affect after the stroke.", "F48.2")]
    [InlineData("Malignant pleural effusion that recurs in days.", "J91.0")]
    [InlineData("Macrophage activation syndrome in systemic JIA.", "D76.1")]
    [InlineData("Steroid-induced diabetes after the transplant.", "E09.9")]
    [InlineData("Arthritis in both knees for years.", "M19.90")]
    public void Tag_Round14ConditionFamily_TaggedWithItsCode(string text, string code)
    {
        Tag(text).Entities.Should().Contain(e => e.Type == EntityType.Disease && e.CanonicalId == code);
    }

    [Theory]
    [InlineData("Celiac plexus block took the pain away.")]
    [InlineData("The tumor was benign on the final path.")]
    [InlineData("Her iris was normal on the slit lamp.")]
    public void Tag_AnatomyOrBenignWord_NoDisease(string text)
    {
        Tag(text).Entities.Should().NotContain(e => e.Type == EntityType.Disease);
    }
}
