using Sermo.Analytics.Tagging;

namespace Sermo.Analytics.Tests.Tagging;

/// <summary>
/// Round 16's families (docs/taggers.md "Round 16", decision 125), each on a sentence of its own and with surfaces
/// long-r15 does not use: conditions by the ICD-10-CM index (rejection by kind, stones by kind and site, sleep disorders,
/// tendinopathies, fractures, metastases by site, poisonings, device infections), abbreviations that need a backing
/// entity, label adverse events, drug and device families, and the phrases that hold a term without mentioning it.
/// </summary>
public class Round16FamilyTests
{
    private static TagResult Tag(string text) => SharedTagger.Tagger.Tag(text);

    [Theory]
    [InlineData("Acute cellular rejection on the 3 month biopsy, so pulse steroids.", "T86.11")]
    [InlineData("Liver rejection on the biopsy, so the tacrolimus target went up.", "T86.41")]
    [InlineData("Coronary allograft vasculopathy on his annual angiogram.", "T86.290")]
    [InlineData("Uric acid stones again, so we alkalinized his urine.", "N20.0")]
    [InlineData("A 4 mm ureteric stone passed on tamsulosin.", "N20.1")]
    [InlineData("Bladder stones from years of retention.", "N21.0")]
    [InlineData("Delayed sleep phase in a teenager, melatonin at 7 pm.", "G47.21")]
    [InlineData("Night terrors in a 5 year old, parents exhausted.", "F51.4")]
    [InlineData("Jumper's knee in a basketball player.", "M76.50")]
    [InlineData("De Quervain's after the baby was born, thumb spica for now.", "M65.4")]
    [InlineData("Metatarsal stress fracture in a new recruit.", "M84.376A")]
    [InlineData("Trimalleolar fracture fixed last month.", "S82.899A")]
    [InlineData("Strawberry hemangioma on the scalp, timolol gel for now.", "D18.00")]
    [InlineData("Poison ivy over both arms, so a two week prednisone taper.", "L23.7")]
    [InlineData("Lung mets on the restaging CT.", "C78.00")]
    [InlineData("Cancer cachexia in a 68M, appetite gone.", "R64")]
    // Round 33 (decision 213) settles glycols on T52.3, the Tabular category that names them.
    [InlineData("Antifreeze ingestion in a toddler, fomepizole given.", "T52.3X1A")]
    [InlineData("Pacemaker pocket infection, the whole system came out.", "T82.7XXA")]
    [InlineData("Dense deposit disease in a 12 year old.", "N05.A")]
    [InlineData("ANCA-associated vasculitis with lung hemorrhage.", "I77.82")]
    [InlineData("Bronchitis again, and she wants a Z-pack.", "J40")]
    [InlineData("Joint bleeding stopped once he was on prophylaxis.", "M25.00")]
    [InlineData("Transfusional iron overload with a ferritin of 3000.", "E83.111")]
    [InlineData("SMA type 2 in a 3 year old on risdiplam.", "G12.9")]
    public void Tag_Round16ConditionFamily_TaggedWithItsCode(string text, string code)
    {
        Tag(text).Entities.Should().Contain(e => e.Type == EntityType.Disease && e.CanonicalId == code);
    }

    [Theory]
    [InlineData("Wet AMD in one eye and GA in the other.", "GA", "H35.31")]
    [InlineData("RBD for years before the Parkinson's diagnosis.", "RBD", "G47.52")]
    [InlineData("CAV on the angiogram, so everolimus was added.", "CAV", "T86.290")]
    [InlineData("Another SCC removed this year on tacrolimus.", "SCC", "C44.92")]
    public void Tag_AbbreviationBackedByAnEntity_TaggedWithItsCode(string text, string surface, string code)
    {
        Tag(text).Entities.Should().Contain(e => e.Surface == surface && e.CanonicalId == code);
    }

    [Theory]
    [InlineData("ASA 2, lap chole under GA with his OSA on CPAP.", "H35.31")]
    [InlineData("CMV seronegative recipient of a kidney with COPD on the donor side.", "B25.9")]
    [InlineData("Another claim rejection from the insurer for her asthma biologic.", "T86.11")]
    public void Tag_PhraseHoldingATermWithoutMentioningIt_NoDisease(string text, string code)
    {
        Tag(text).Entities.Should().NotContain(e => e.CanonicalId == code);
    }

    [Theory]
    [InlineData("Procedural sedation with ketamine for the shoulder reduction.")]
    [InlineData("Daily sedation holiday on the propofol, per protocol.")]
    public void Tag_SedationAsAPractice_NoSomnolence(string text)
    {
        Tag(text).Entities.Should().NotContain(e => e.Type == EntityType.AdverseEvent && e.CanonicalId == "somnolence");
    }

    [Theory]
    [InlineData("A petechial rash on ibrutinib, platelets fine.", "petechiae")]
    [InlineData("He got myoclonic on high dose gabapentin with his creatinine at 3.", "myoclonus")]
    [InlineData("Serum sickness-like reaction to cefaclor in a 4 year old.", "serum sickness")]
    [InlineData("Low white count on azathioprine, so we checked TPMT.", "leukopenia")]
    [InlineData("Testicular shrinkage on the testosterone, as expected.", "testicular atrophy")]
    [InlineData("Bone aches for two days after pegfilgrastim.", "bone pain")]
    [InlineData("Amiodarone lung toxicity on the CT.", "pulmonary toxicity")]
    [InlineData("Occlusive retinal vasculitis after brolucizumab.", "retinal vasculitis")]
    [InlineData("Skin thinning on the forearms from years of clobetasol.", "skin atrophy")]
    [InlineData("Subcutaneous atrophy where the triamcinolone went in.", "lipoatrophy")]
    [InlineData("Hypopigmentation after the triamcinolone injection.", "skin hypopigmentation")]
    [InlineData("Pentosan maculopathy after ten years of Elmiron.", "pigmentary maculopathy")]
    [InlineData("Altered taste from Paxlovid for the whole course.", "dysgeusia")]
    public void Tag_Round16AdverseEvent_TaggedWithItsTerm(string text, string id)
    {
        Tag(text).Entities.Should().Contain(e => e.Type == EntityType.AdverseEvent && e.CanonicalId == id);
    }

    [Theory]
    [InlineData("Switched her from Exjade to Jadenu for the ferritin.", "deferasirox")]
    [InlineData("Ferriprox for the cardiac iron.", "deferiprone")]
    [InlineData("Zepzelca second line after platinum.", "lurbinectedin")]
    [InlineData("Yondelis for the liposarcoma.", "trabectedin")]
    [InlineData("Ospemifene is an option when she will not use estrogen.", "ospemifene")]
    [InlineData("Prasterone inserts nightly for dyspareunia.", "prasterone")]
    [InlineData("Pivmecillinam for the cystitis, three days.", "pivmecillinam")]
    [InlineData("Excedrin Migraine every day for a month.", "acetaminophen/aspirin/caffeine")]
    [InlineData("Skysona for the boy with cerebral ALD.", "elivaldogene autotemcel")]
    [InlineData("Beqvez for his hemophilia B.", "fidanacogene elaparvovec")]
    [InlineData("Test enanthate from a gym supplier.", "testosterone")]

    // An implant of one drug is that drug (round 28, decision 181), as Durysta and Ozurdex are.
    [InlineData("The travoprost implant lowered her pressure by 8.", "travoprost")]
    public void Tag_Round16DrugFamily_TaggedWithItsGeneric(string text, string generic)
    {
        Tag(text).Entities.Should().Contain(e => e.Type.IsDrug() && e.CanonicalId == generic);
    }

    [Theory]
    [InlineData("Adaptive servo-ventilation is out with an EF of 25.", "adaptive-servo-ventilation")]
    [InlineData("A CAM boot for the fifth metatarsal for six weeks.", "walking-boot")]
    [InlineData("Transvenous phrenic nerve stimulation for his central apnea.", "phrenic-nerve-stimulator")]
    public void Tag_Round16Device_TaggedWithItsId(string text, string id)
    {
        Tag(text).Entities.Should().Contain(e => e.Type == EntityType.Device && e.CanonicalId == id);
    }
}
