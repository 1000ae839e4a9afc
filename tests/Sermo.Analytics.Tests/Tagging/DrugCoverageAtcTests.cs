using Sermo.Analytics.Tagging;

namespace Sermo.Analytics.Tests.Tagging;

/// <summary>
/// The third drug coverage pass (decision 237, docs/taggers.md "Drugs by ATC group (round 38, decision 237)"): the WHO
/// ATC second-level groups drugs.csv held thinnest (bench/lexicons/count_drug_atc.py), listed in
/// bench/lexicons/drug_coverage_atc.txt. Each sentence is written here, at least two per group, and names a term this pass
/// added; the id is the US established name (an eye drop's or cream's base generic, as the guide asks).
/// </summary>
public class DrugCoverageAtcTests
{
    private static TagResult Tag(string text) => SharedTagger.Tagger.Tag(text);

    [Theory]
    // S01 ophthalmologicals.
    [InlineData("After cataract surgery she used Nevanac three times a day for a month.", "nepafenac")]
    [InlineData("Steroid responder, so we switched her drops to FML Forte.", "fluorometholone")]
    [InlineData("Inflammation after the trabeculectomy, Maxidex four times a day.", "dexamethasone")]
    [InlineData("IOP still 24 on Istalol, so we added a second agent.", "timolol")]
    [InlineData("Before the exam I put in a drop of proparacaine and checked pressures.", "proparacaine")]
    [InlineData("Allergic conjunctivitis every spring, Elestat drops help her.", "epinastine")]
    // D07 topical corticosteroids.
    [InlineData("Scalp psoriasis, she alternates Olux foam with a tar shampoo.", "clobetasol")]
    [InlineData("For the diaper area I prefer Aclovate over anything stronger.", "alclometasone")]
    [InlineData("Plaques on the elbows cleared with Duobrii lotion.", "halobetasol/tazarotene")]
    // D01 skin and nail antifungals.
    [InlineData("Onychomycosis, she declined oral terbinafine and started Loprox lacquer.", "ciclopirox")]
    [InlineData("Tinea cruris, he bought Lotrimin Ultra at the pharmacy.", "butenafine")]
    // D05 and D11 other dermatologicals.
    [InlineData("Mild plaque psoriasis, Vectical ointment on weekdays.", "calcitriol")]
    [InlineData("Actinic keratoses on the scalp, a field of Tolak for four weeks.", "fluorouracil")]
    [InlineData("Genital warts, she preferred Veregen ointment to cryotherapy.", "sinecatechins")]
    // D06 topical anti-infectives and D10 anti-acne.
    [InlineData("Impetigo on the chin, Centany three times a day.", "mupirocin")]
    [InlineData("Moderate acne, she started Duac gel at night.", "clindamycin/benzoyl peroxide")]
    [InlineData("Rosacea papules settled on MetroGel.", "metronidazole")]
    // P03 ectoparasiticides.
    [InlineData("Itchy scabies nodules in a child, Eurax cream at bedtime.", "crotamiton")]
    [InlineData("Head lice that failed permethrin, we used Ovide lotion.", "malathion")]
    // R01 nasal and S02 otic preparations.
    [InlineData("Allergic rhinitis, Veramyst one spray each nostril.", "fluticasone nasal")]
    [InlineData("Her rhinitis was controlled on Beconase AQ for years.", "beclomethasone")]
    [InlineData("Otitis externa with a perforation, Floxin Otic drops for a week.", "ofloxacin")]
    // A16 inborn errors and enzyme replacement.
    [InlineData("Her PKU responded to Kuvan, so the diet could loosen.", "sapropterin")]
    [InlineData("Gaucher type 1, he switched from infusions to Cerdelga.", "eliglustat")]
    [InlineData("Urea cycle defect on Ravicti with protein restriction.", "glycerol phenylbutyrate")]
    // V04 to V09 contrast, stress agents and tracers.
    [InlineData("Could not exercise, so the nuclear stress test used Lexiscan.", "regadenoson")]
    [InlineData("Echo windows were poor and we gave Definity for contrast.", "perflutren")]
    [InlineData("Rising PSA after prostatectomy, a Pylarify PET found a node.", "piflufolastat f 18")]
    // L03 immunostimulants.
    [InlineData("Metastatic melanoma in the nineties, he had high-dose Proleukin in the ICU.", "aldesleukin")]
    [InlineData("Chronic granulomatous disease, on Actimmune three times a week.", "interferon gamma-1b")]
    // J01 antibacterials.
    [InlineData("Otitis media as a child, her mother remembers Ceclor.", "cefaclor")]
    [InlineData("Plague exposure in the lab, streptomycin was started.", "streptomycin")]
    // Second batch: members missing from fuller groups.
    [InlineData("Perinatal HIV decades ago, she was raised on Kaletra and still remembers the taste.", "lopinavir/ritonavir")]
    [InlineData("ALL induction with Oncaspar, so we check fibrinogen twice a week.", "pegaspargase")]
    // M01 NSAIDs.
    [InlineData("Knee osteoarthritis, Daypro once daily with food.", "oxaprozin")]
    [InlineData("Wilson disease diagnosed at 19, started on penicillamine.", "penicillamine")]
    public void Tag_AtcCoverageDrug_TaggedWithItsGeneric(string text, string generic)
    {
        Tag(text).Entities.Should().Contain(e => (e.Type == EntityType.Brand || e.Type == EntityType.Generic) && e.CanonicalId == generic);
    }

    [Theory]
    // Ordinary words one edit from a brand this pass added (common_words.txt): never fuzzily matched.
    [InlineData("The fracture line is vertical on the lateral view.", "calcitriol")]
    [InlineData("Two services are differing on the plan for anticoagulation.", "adapalene")]
    [InlineData("One slice of the CT showed the stone.", "ivermectin")]
    [InlineData("There is a definite improvement in her gait.", "perflutren")]
    // Terms the pass left out: the neurotransmitter, the test, a frequent word one edit away.
    [InlineData("Acetylcholine receptor antibodies were positive, confirming myasthenia.", "acetylcholine")]
    [InlineData("A DaTscan was abnormal, supporting parkinsonism.", "ioflupane i 123")]
    [InlineData("The lipid panel came back normal.", "hydrocortisone")]
    [InlineData("On dolutegravir, so the rifamycin interaction decides the TB regimen.", "rifamycin")]
    [InlineData("She may convert to sinus rhythm on her own by morning.", "ibutilide")]
    public void Tag_LeftOutTermOrNearWord_NotTaggedAsTheDrug(string text, string generic)
    {
        Tag(text).Entities.Should().NotContain(e => (e.Type == EntityType.Brand || e.Type == EntityType.Generic) && e.CanonicalId == generic);
    }
}
