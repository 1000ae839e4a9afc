using Sermo.Analytics.Tagging;

namespace Sermo.Analytics.Tests.Tagging;

/// <summary>
/// Round 27's families (docs/taggers.md "Round 27", decision 176), each on a sentence of its own written for this test:
/// induction agents, paralytics and reversal, local anaesthetics and their formulations, antiemetics, opioids by brand and
/// shorthand, perioperative adjuvants, anaesthesia and pain devices by kind, perioperative complications and the events
/// of anaesthesia, and what the guide keeps out (ASA class, bipolar cautery, general anaesthesia, a stimulation test).
/// </summary>
public class Round27FamilyTests
{
    private static TagResult Tag(string text) => SharedTagger.Tagger.Tag(text);

    [Theory]
    // Induction agents.
    [InlineData("Brevital for the ECT list, shorter seizures with anything else.", EntityType.Brand, "methohexital")]
    [InlineData("Methohex is still what our psychiatrists ask for.", EntityType.Generic, "methohexital")]
    [InlineData("Amidate in the trauma bay for the hypotensive patient.", EntityType.Brand, "etomidate")]
    [InlineData("Ketalar vials were short last month.", EntityType.Brand, "ketamine")]
    [InlineData("Nitrous for the pediatric IV starts.", EntityType.Generic, "nitrous oxide")]
    // Paralytics and reversal.
    [InlineData("Quelicin is kept in the fridge of every OR.", EntityType.Brand, "succinylcholine")]
    [InlineData("Nimbex drip for the ARDS patient, 48 hours.", EntityType.Brand, "cisatracurium")]
    [InlineData("Zemuron 1.2 mg/kg when sux is out.", EntityType.Brand, "rocuronium")]
    [InlineData("Mivacron was discontinued and then came back.", EntityType.Brand, "mivacurium")]
    [InlineData("Atracurium releases histamine at higher doses.", EntityType.Generic, "atracurium")]
    [InlineData("Pancuronium causes tachycardia, nobody uses it anymore.", EntityType.Generic, "pancuronium")]
    [InlineData("Vec for the long neuro case.", EntityType.Generic, "vecuronium")]
    [InlineData("Bloxiverz with glyco at the end.", EntityType.Brand, "neostigmine")]
    [InlineData("Robinul before the neostigmine.", EntityType.Brand, "glycopyrrolate")]
    // Local anaesthetics and their formulations.
    [InlineData("Mepivacaine spinal for the short knee scope.", EntityType.Generic, "mepivacaine")]
    [InlineData("Carbocaine for the dental block.", EntityType.Brand, "mepivacaine")]
    [InlineData("Tetracaine drops before the eye exam.", EntityType.Generic, "tetracaine")]
    [InlineData("Septocaine works better for the lower molars.", EntityType.Brand, "articaine")]
    [InlineData("Benzocaine spray caused methemoglobinemia in one patient.", EntityType.Generic, "benzocaine")]
    [InlineData("Clorotekal for the ambulatory spinal.", EntityType.Brand, "chloroprocaine")]
    [InlineData("Sensorcaine with epi for the field block.", EntityType.Brand, "bupivacaine")]
    [InlineData("Xylocaine 1% for the skin wheal.", EntityType.Brand, "lidocaine")]
    [InlineData("Zynrelef into the wound after the bunionectomy.", EntityType.Brand, "bupivacaine/meloxicam")]
    [InlineData("ZTlido sticks better than the old patch.", EntityType.Brand, "lidocaine")]
    // Antiemetics.
    [InlineData("Aloxi once before the chemo, lasts days.", EntityType.Brand, "palonosetron")]
    [InlineData("Granisetron patch for the multiday regimen.", EntityType.Generic, "granisetron")]
    [InlineData("Anzemet is off the market for injection.", EntityType.Brand, "dolasetron")]
    [InlineData("Phenergan IV push burns, give it diluted.", EntityType.Brand, "promethazine")]
    [InlineData("Cinvanti for the high risk patient.", EntityType.Brand, "aprepitant")]
    // Opioids by brand and shorthand.
    [InlineData("Demerol for shivering in PACU, 12.5 mg.", EntityType.Brand, "meperidine")]
    [InlineData("Pethidine is what the UK trainees call it.", EntityType.Generic, "meperidine")]
    [InlineData("Sufentanil in the epidural mix.", EntityType.Generic, "sufentanil")]
    [InlineData("Dsuvia for the field medics.", EntityType.Brand, "sufentanil")]
    [InlineData("Alfentanil bolus for the retrobulbar block.", EntityType.Generic, "alfentanil")]
    [InlineData("Olinvyk has not caught on in our hospital.", EntityType.Brand, "oliceridine")]
    [InlineData("Remi at 0.1 for the craniotomy.", EntityType.Generic, "remifentanil")]
    [InlineData("Duramorph 100 mcg in the spinal for the section.", EntityType.Brand, "morphine")]
    [InlineData("Sublimaze 50 mcg at induction.", EntityType.Brand, "fentanyl")]
    [InlineData("Hydrocodone/APAP 5/325 for three days only.", EntityType.Generic, "hydrocodone/acetaminophen")]
    [InlineData("Zimhi is the higher dose naloxone injector.", EntityType.Brand, "naloxone")]
    [InlineData("Low dose naltrexone for her fibromyalgia, 3 mg.", EntityType.Generic, "naltrexone")]
    // Perioperative adjuvants and other drugs of the specialty.
    [InlineData("Ephedrine 10 mg for the post-spinal drop.", EntityType.Generic, "ephedrine")]
    [InlineData("Emerphed prefilled syringes save time.", EntityType.Brand, "ephedrine")]
    [InlineData("Biorphen premixed bags in every room.", EntityType.Brand, "phenylephrine")]
    [InlineData("Ofirmev costs ten times the oral dose.", EntityType.Brand, "acetaminophen")]
    [InlineData("Caldolor in the OR when she cannot swallow.", EntityType.Brand, "ibuprofen")]
    [InlineData("Sprix for the renal colic at home.", EntityType.Brand, "ketorolac")]
    [InlineData("Prialt is started at 0.5 mcg a day.", EntityType.Brand, "ziconotide")]
    [InlineData("Gablofen refill every 3 months.", EntityType.Brand, "baclofen")]
    [InlineData("Dibenzyline two weeks before the adrenalectomy.", EntityType.Brand, "phenoxybenzamine")]
    [InlineData("Cortef 10 mg in the morning and 5 at 2 pm.", EntityType.Brand, "hydrocortisone")]
    [InlineData("Nardil plus ephedrine can cause a hypertensive crisis.", EntityType.Brand, "phenelzine")]
    [InlineData("Erythropoietin before the hip revision in a Jehovah's Witness.", EntityType.Generic, "epoetin alfa")]
    [InlineData("Ultane mask induction for the toddler.", EntityType.Brand, "sevoflurane")]
    [InlineData("EMLA cream an hour before the IV.", EntityType.Brand, "lidocaine/prilocaine")]
    [InlineData("Versed 2 mg before she went back.", EntityType.Brand, "midazolam")]
    [InlineData("Brevibloc drip for the tachycardia at emergence.", EntityType.Brand, "esmolol")]
    [InlineData("Tigan suppositories for the kid at home.", EntityType.Brand, "trimethobenzamide")]
    [InlineData("Skelaxin sedates less than the other relaxants.", EntityType.Brand, "metaxalone")]
    [InlineData("Carisoprodol is a controlled substance now.", EntityType.Generic, "carisoprodol")]
    [InlineData("Xtampza can be opened onto applesauce.", EntityType.Brand, "oxycodone")]
    [InlineData("Dolophine 5 mg TID from the pain clinic.", EntityType.Brand, "methadone")]
    [InlineData("Fentora was never meant for opioid naive patients.", EntityType.Brand, "fentanyl")]
    // A brand since round 39 (decision 242: the guide settles Tylenol with codeine as the brand of acetaminophen/codeine).
    [InlineData("Tylenol with codeine is gone from our pediatric formulary.", EntityType.Brand, "acetaminophen/codeine")]
    [InlineData("Levorphanol when methadone is not an option.", EntityType.Generic, "levorphanol")]
    // Classes: local anaesthetics, paralytics by their abbreviation, PAMORAs.
    [InlineData("Local anaesthetics bind sodium channels.", EntityType.DrugClass, "local-anesthetic")]
    [InlineData("Weight-based max dose of the amide local anesthetics.", EntityType.DrugClass, "local-anesthetic")]
    [InlineData("NMBA choice matters less than monitoring.", EntityType.DrugClass, "paralytic")]
    [InlineData("Neuromuscular blocking agents are a common cause of anaphylaxis.", EntityType.DrugClass, "paralytic")]
    [InlineData("A PAMORA if the senna and Miralax fail.", EntityType.DrugClass, "pamora")]
    public void Tag_PerioperativeOrPainDrug_Tagged(string text, EntityType type, string id)
    {
        Tag(text).Entities.Should().Contain(e => e.Type == type && e.CanonicalId == id);
    }

    [Theory]
    // Anaesthesia and pain devices by kind (the guide, round 27).
    [InlineData("McGrath for every intubation in the ICU now.", "video-laryngoscope")]
    [InlineData("The videolaryngoscope was dead on arrival.", "video-laryngoscope")]
    [InlineData("Supraglottic airway for the rescue, then a tube.", "laryngeal-mask-airway")]
    [InlineData("Size 4 LMA for the hand case.", "laryngeal-mask-airway")]
    [InlineData("Gum elastic bougie through the cords first.", "bougie")]
    [InlineData("PCA pump with hydromorphone, no basal.", "pca-pump")]
    [InlineData("SynchroMed refill was late by a week.", "intrathecal-pump")]
    [InlineData("BIS monitor on for the TIVA.", "bis-monitor")]
    [InlineData("Train-of-four monitor on every patient who gets a paralytic.", "neuromuscular-monitor")]
    [InlineData("TetraGraph on the thumb.", "neuromuscular-monitor")]
    [InlineData("Elastomeric pump with ropivacaine went home with her.", "elastomeric-pump")]
    [InlineData("Sequential compression devices on both legs.", "sequential-compression-device")]
    [InlineData("Dorsal root ganglion stimulator for the groin pain.", "dorsal-root-ganglion-stimulator")]
    [InlineData("Peripheral nerve stimulator trial for the knee pain.", "peripheral-nerve-stimulator")]
    [InlineData("Home pulse oximeter for the post-COVID patient.", "pulse-oximeter")]
    [InlineData("Incentive spirometer ten times an hour.", "incentive-spirometer")]
    [InlineData("CGM alarms woke her at 3 am.", "cgm")]
    [InlineData("He sleeps with Inspire and it was switched off for the case.", "inspire")]
    public void Tag_AnaesthesiaOrPainDevice_TaggedAsItsKind(string text, string id)
    {
        Tag(text).Entities.Should().Contain(e => e.Type == EntityType.Device && e.CanonicalId == id);
    }

    [Theory]
    // Perioperative complications and conditions, by the ICD-10-CM index.
    [InlineData("Laryngeal spasm after the extubation, resolved with positive pressure.", "J38.5")]
    [InlineData("Butyrylcholinesterase deficiency runs in her family.", "E88.09")]
    [InlineData("Diaphragmatic paralysis after the interscalene block.", "J98.6")]
    [InlineData("Obesity hypoventilation with a bicarb of 36.", "E66.2")]
    [InlineData("Post-tonsillectomy bleed on day 7, back to the OR.", "J95.830")]
    [InlineData("Marginal ulcer two years after the bypass.", "K28.9")]
    [InlineData("Marijuana use every day, stopped before surgery.", "F12.90")]
    [InlineData("Perioperative myocardial injury, troponin 80.", "I24.89")]
    [InlineData("Polymyalgia flared after the prednisone taper.", "M35.3")]
    [InlineData("Known Addison's, stress dose given.", "E27.1")]
    [InlineData("Delirium on night two in the 85 year old, no new meds.", "F05")]
    [InlineData("Chronic post-surgical pain after the mastectomy, burning in the axilla.", "G89.28")]
    [InlineData("Piriformis syndrome, injected under ultrasound.", "G57.00")]
    [InlineData("Myofascial pain in the trapezius, trigger points helped.", "M79.18")]
    [InlineData("Meralgia paresthetica after the prone spine case.", "G57.10")]
    [InlineData("Cervicogenic headache responded to the medial branch blocks.", "G44.86")]
    [InlineData("Coccydynia since the delivery.", "M53.3")]
    [InlineData("Facet arthropathy at L4-5 on the MRI.", "M47.816")]
    [InlineData("Acute blood loss anemia after the revision, hemoglobin 6.9.", "D62")]
    [InlineData("Fat embolism after the femur fracture.", "T79.0XXA")]
    public void Tag_PerioperativeCondition_TaggedWithTheIndexCode(string text, string code)
    {
        Tag(text).Entities.Should().Contain(e => e.Type == EntityType.Disease && e.CanonicalId == code);
    }

    [Theory]
    // Events of anaesthesia and pain medicine.
    [InlineData("Bronchospastic after the atracurium, treated with sevo.", "bronchospasm")]
    [InlineData("Local anaesthetic toxicity after the bilateral blocks.", "local anesthetic systemic toxicity")]
    [InlineData("She aspirated at induction despite fasting.", "aspiration")]
    [InlineData("Residual blockade in PACU with a TOF ratio of 0.6.", "residual neuromuscular blockade")]
    [InlineData("Prolonged blockade after the sux, ventilated for hours.", "prolonged neuromuscular blockade")]
    [InlineData("PRIS after 3 days of high-dose propofol.", "propofol infusion syndrome")]
    [InlineData("Transient neurological symptoms after the lidocaine spinal.", "transient neurologic symptoms")]
    [InlineData("Opioid-induced hyperalgesia on the fentanyl patch.", "hyperalgesia")]
    [InlineData("Spinal hematoma after the enoxaparin was restarted too early.", "epidural hematoma")]
    [InlineData("Vasoplegic syndrome after bypass in a patient on lisinopril.", "vasoplegia")]
    [InlineData("Hyperthermic and rigid after the linezolid.", "hyperthermia")]
    [InlineData("Asystolic for 10 seconds after the high spinal.", "asystole")]
    [InlineData("PDPH on day two, the blood patch worked.", "post-dural puncture headache")]
    [InlineData("Adrenal suppression from the epidural steroid injections.", "adrenal insufficiency (drug-induced)")]
    [InlineData("Emergence delirium after the sevoflurane, settled with propofol.", "delirium")]
    [InlineData("Methemoglobinemia after the benzocaine spray, sat 85.", "methemoglobinemia")]
    [InlineData("Wooden chest after a big fentanyl bolus.", "chest wall rigidity")]
    [InlineData("Hiccups after the dexamethasone every time.", "hiccups")]
    [InlineData("Opioid-induced constipation despite the senna.", "constipation")]
    [InlineData("Postoperative urinary retention after the spinal, straight cath twice.", "urinary retention")]
    public void Tag_AnaesthesiaEvent_TaggedAsAdverseEvent(string text, string name)
    {
        Tag(text).Entities.Should().Contain(e => e.Type == EntityType.AdverseEvent && e.CanonicalId == name);
    }

    [Theory]
    // What the guide keeps out: ASA class and guidelines, bipolar cautery, general anaesthesia, non-cancer pain, a test.
    [InlineData("ASA 3 patient for a lap chole.", EntityType.Generic, "aspirin")]
    [InlineData("The ASA guidelines on fasting were updated.", EntityType.Generic, "aspirin")]
    [InlineData("Use bipolar cautery near the generator.", EntityType.Disease, "F31.9")]
    [InlineData("Dental work under GA in the autistic child.", EntityType.Disease, "H35.31")]
    [InlineData("Chronic non-cancer pain clinic referral.", EntityType.Disease, "G89.3")]
    [InlineData("Cosyntropin stim test was normal.", EntityType.Generic, "cosyntropin")]
    [InlineData("She cut her opioid use in half after the block.", EntityType.Disease, "F11.90")]
    public void Tag_PerioperativeNonMention_NotTagged(string text, EntityType type, string id)
    {
        Tag(text).Entities.Should().NotContain(e => e.Type == type && e.CanonicalId == id);
    }

    [Fact]
    public void Tag_OpioidInducedEvent_TheClassAndTheEventApart()
    {
        var entities = Tag("Opioid-induced hyperalgesia after the remifentanil case.").Entities;

        entities.Should().Contain(e => e.Type == EntityType.DrugClass && e.CanonicalId == "opioid");
        entities.Should().Contain(e => e.Type == EntityType.AdverseEvent && e.CanonicalId == "hyperalgesia");
    }

    [Fact]
    public void Tag_AspirinWrittenAsAsa_StillTheDrug()
    {
        Tag("ASA 81 continued through the surgery.").Entities.Should().Contain(e => e.CanonicalId == "aspirin");
    }

    [Fact]
    public void Tag_PcaWithoutPump_TheModalityNotADevice()
    {
        Tag("Morphine PCA overnight, then oral.").Entities.Should().NotContain(e => e.Type == EntityType.Device);
    }
}
