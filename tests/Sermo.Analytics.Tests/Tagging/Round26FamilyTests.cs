using Sermo.Analytics.Tagging;

namespace Sermo.Analytics.Tests.Tagging;

/// <summary>
/// Round 26's families (docs/taggers.md "Round 26", decision 172), each on a sentence of its own and with surfaces
/// long-r25 does not use: vaccines across the schedules (combination, travel and catch-up vaccines by brand and by
/// name), immune globulins and antivenoms, post-exposure prophylaxis, antiparasitics and antidotes, travel, tropical and
/// zoonotic diseases, and environmental injuries and non-drug poisonings by the ICD-10-CM index and its Table of Drugs
/// and Chemicals.
/// </summary>
public class Round26FamilyTests
{
    private static TagResult Tag(string text) => SharedTagger.Tagger.Tag(text);

    [Theory]
    // Vaccines across the schedules, by brand and by name.
    [InlineData("Pediarix at the 2 month visit, no issues.", EntityType.Brand, "dtap-hepb-ipv vaccine")]
    [InlineData("ActHIB was on backorder so we used the other one.", EntityType.Brand, "hib vaccine")]
    [InlineData("Hib shot due at 15 months.", EntityType.Generic, "hib vaccine")]
    [InlineData("Tenivac for the laceration since his last one was 12 years ago.", EntityType.Brand, "td vaccine")]
    [InlineData("Td booster every ten years after the Tdap.", EntityType.Generic, "td vaccine")]
    [InlineData("IPOL for the adult going to Afghanistan.", EntityType.Brand, "poliovirus vaccine")]
    [InlineData("He was BCG vaccinated as a child in Manila.", EntityType.Generic, "bcg vaccine")]
    [InlineData("JE vaccine for the month in rural Vietnam.", EntityType.Generic, "japanese encephalitis vaccine")]
    [InlineData("Dukoral is what the Canadian clinics use.", EntityType.Brand, "cholera vaccine")]
    [InlineData("Menactra was the old one for college entry.", EntityType.Brand, "meningococcal acwy vaccine")]
    [InlineData("MCV4 at 11 and a booster at 16.", EntityType.Generic, "meningococcal acwy vaccine")]
    [InlineData("Ticovac before the hiking trip in Austria.", EntityType.Brand, "tick-borne encephalitis vaccine")]
    // Immune globulins and antivenoms are generics (the guide, round 26).
    [InlineData("HyperTET for the dirty wound, never vaccinated.", EntityType.Brand, "tetanus immune globulin")]
    [InlineData("Imogam into the wound site after the bat exposure.", EntityType.Brand, "rabies immune globulin")]
    [InlineData("Coral snake antivenin is hard to find now.", EntityType.Generic, "north american coral snake antivenin")]
    [InlineData("Scorpion antivenom shortened the PICU stay.", EntityType.Generic, "centruroides immune f(ab')2 equine")]
    [InlineData("Latrodectus antivenin only for the worst pain.", EntityType.Generic, "black widow spider antivenin")]
    [InlineData("Botulism antitoxin came from the state health department.", EntityType.Generic, "botulism antitoxin heptavalent")]
    // Bare "antivenom" and "PEP" name classes, "rabies PEP" a regimen.
    [InlineData("Antivenoms are stocked at the regional center.", EntityType.DrugClass, "antivenom")]
    [InlineData("Occupational PEP after the needle in the OR.", EntityType.DrugClass, "pep")]
    [InlineData("nPEP within 72 hours of the exposure.", EntityType.DrugClass, "pep")]
    [InlineData("Rabies postexposure prophylaxis started the same day.", EntityType.Regimen, "rabies-pep")]
    // Antiparasitics and antidotes.
    [InlineData("Mebendazole for the pinworms, whole household.", EntityType.Generic, "mebendazole")]
    [InlineData("Emverm chewable for the 4 year old.", EntityType.Brand, "mebendazole")]
    [InlineData("Pyrantel over the counter first.", EntityType.Generic, "pyrantel pamoate")]
    [InlineData("Egaten for the fascioliasis, one day.", EntityType.Brand, "triclabendazole")]
    [InlineData("Qualaquin is no longer for leg cramps.", EntityType.Brand, "quinine")]
    [InlineData("Nithiodote kit in the ED for the fire victims.", EntityType.Brand, "sodium nitrite/sodium thiosulfate")]
    [InlineData("Prussian blue for the thallium ingestion.", EntityType.Generic, "prussian blue")]
    [InlineData("Calcium EDTA after the succimer failed.", EntityType.Generic, "edetate calcium disodium")]
    [InlineData("Pepto-Bismol before every meal on the trip.", EntityType.Brand, "bismuth subsalicylate")]
    public void Tag_VaccineOrExposureMedicineDrug_Tagged(string text, EntityType type, string id)
    {
        Tag(text).Entities.Should().Contain(e => e.Type == type && e.CanonicalId == id);
    }

    [Fact]
    public void Tag_Doxypep_OneDoxycyclineNotTheClass()
    {
        var entities = Tag("Doxypep for the MSM with recurrent syphilis.").Entities;

        entities.Should().Contain(e => e.CanonicalId == "doxycycline");
        entities.Should().NotContain(e => e.CanonicalId == "pep");
    }

    [Theory]
    // Travel, tropical and zoonotic diseases.
    [InlineData("Zika virus in a pregnant traveler from Colombia.", "A92.5")]
    [InlineData("Kala-azar in a soldier back from Iraq.", "B55.0")]
    [InlineData("Weil disease after the flood cleanup.", "A27.0")]
    [InlineData("Amoebic dysentery in the returning student.", "A06.9")]
    [InlineData("Middle East respiratory syndrome on the differential after Hajj.", "B34.2")]
    [InlineData("Creeping eruption on the foot after the beach.", "B76.9")]
    [InlineData("Loa loa seen crossing the eye.", "B74.3")]
    [InlineData("Bilharzia from the lake in Malawi.", "B65.9")]
    [InlineData("Cercarial dermatitis after the lake swim in Michigan.", "B65.3")]
    [InlineData("Fish tapeworm from home-cured salmon.", "B70.0")]
    [InlineData("Cysticercosis on the pork farm.", "B69.9")]
    [InlineData("Undulant fever after raw goat milk.", "A23.9")]
    [InlineData("Pasteurellosis after the cat bite, on Augmentin.", "A28.0")]
    [InlineData("Rabbit fever in a hunter from Arkansas.", "A21.9")]
    [InlineData("Rocky Mountain spotted fever in a child in Arizona.", "A77.0")]
    [InlineData("Human monocytic ehrlichiosis, doxy started.", "A77.40")]
    [InlineData("Scrub typhus in the trekker from Nepal.", "A75.3")]
    [InlineData("Invasive meningococcal disease in the dorm.", "A39.9")]
    [InlineData("Severe combined immunodeficiency on the newborn screen.", "D81.9")]
    [InlineData("G6PD-deficient, so no dapsone.", "D55.0")]
    [InlineData("Nutritional rickets in a breastfed infant without vitamin D.", "E55.0")]
    // Environmental injuries and non-drug poisonings, by the index and its Table of Drugs and Chemicals.
    [InlineData("Accidental hypothermia in the homeless man found outside.", "T68.XXXA")]
    [InlineData("Decompression illness after the dive in Cozumel.", "T70.3XXA")]
    [InlineData("Smoke inhalation injury from the apartment fire.", "T59.811A")]
    [InlineData("Chemical eye burn from the drain cleaner.", "T26.90XA")]
    [InlineData("Mushroom poisoning after foraging in Oregon.", "T62.0X1A")]
    [InlineData("Latrodectism with the board-like abdomen.", "T63.311A")]
    [InlineData("Scorpion envenomation in a toddler in Phoenix.", "T63.2X1A")]
    [InlineData("Ciguatera after the barracuda dinner.", "T61.01XA")]
    [InlineData("Scombroid after the tuna, benadryl worked.", "T61.11XA")]
    [InlineData("Perforated eardrum after the slap.", "H72.90")]
    [InlineData("Tooth decay in a toddler drinking juice at night.", "K02.9")]
    [InlineData("Central sleep apnea on the opioids.", "G47.31")]
    [InlineData("White-coat hypertension on the ambulatory monitor.", "R03.0")]
    public void Tag_ExposureOrTravelDisease_TaggedWithTheIndexCode(string text, string code)
    {
        Tag(text).Entities.Should().Contain(e => e.Type == EntityType.Disease && e.CanonicalId == code);
    }

    [Fact]
    public void Tag_TetanusBooster_TheVaccineNotTheDisease()
    {
        Tag("Tetanus booster given in the ED.").Entities.Should().NotContain(e => e.Type == EntityType.Disease && e.CanonicalId == "A35");
    }
}
