using Sermo.Analytics.Tagging;

namespace Sermo.Analytics.Tests.Tagging;

/// <summary>
/// The adverse-event coverage pass by organ system (decision 191, docs/taggers.md "Adverse event and device coverage pass
/// (round 29)"): MedDRA-style preferred terms and the variants physicians write, listed from clinical knowledge in
/// bench/lexicons/event_coverage.txt rather than read from a gold set. Each sentence is written here, at least two per
/// organ system, and names a term the pass added; the id is the adverse-event row's name in lower case.
/// </summary>
public class AdverseEventCoverageTests
{
    private static TagResult Tag(string text) => SharedTagger.Tagger.Tag(text);

    [Theory]
    // Skin and hypersensitivity.
    [InlineData("A morbilliform drug eruption on day 9 of the antibiotic.", "rash")]
    [InlineData("Pustules everywhere after the cephalosporin, derm called it AGEP.", "acute generalized exanthematous pustulosis")]
    [InlineData("Lichenoid reaction on the shins, we think from the beta blocker.", "lichenoid drug eruption")]
    // Gastrointestinal.
    [InlineData("He threw up twice after the first dose.", "vomiting")]
    [InlineData("Abdominal cramping with every dose of the prep.", "abdominal pain")]
    [InlineData("Neutropenic on day 10 with typhlitis on the CT.", "neutropenic enterocolitis")]
    // Liver.
    [InlineData("Deranged LFTs at six weeks, so the statin is on hold.", "hepatotoxicity")]
    [InlineData("HBV reactivation on rituximab despite the screening.", "hepatitis b reactivation")]
    [InlineData("Cholestatic hepatitis after a course of amoxicillin-clavulanate.", "cholestasis (drug-induced)")]
    // Renal and urinary.
    [InlineData("Contrast-associated AKI after the angiogram, creatinine back to baseline in a week.", "contrast nephropathy (adverse)")]
    [InlineData("Crystalluria and flank pain on high dose acyclovir.", "crystalluria")]
    [InlineData("Bladder infection twice since starting the SGLT2 inhibitor.", "urinary tract infection")]
    // Haematological.
    [InlineData("Supratherapeutic INR after the fluconazole course.", "coagulopathy (adverse)")]
    [InlineData("TMA on gemcitabine, we stopped it at cycle 8.", "thrombotic microangiopathy")]
    [InlineData("Drug-induced ITP from quinine, platelets 4.", "drug-induced immune thrombocytopenia")]
    // Cardiac and QT.
    [InlineData("Torsade de pointes after IV haloperidol in the ICU.", "qt prolongation")]
    [InlineData("Heart palpitations since she started the stimulant.", "tachycardia")]
    [InlineData("Drop in LVEF from 60 to 45 on trastuzumab.", "cardiotoxicity")]
    // Vascular.
    [InlineData("Capillary leak with the first dose of the cytokine.", "capillary leak syndrome")]
    [InlineData("Swollen ankles on amlodipine 10, back to 5.", "edema")]
    [InlineData("Infusion phlebitis in the forearm from the potassium run.", "phlebitis (adverse)")]
    // Neurological.
    [InlineData("Pins and needles in both feet by cycle four.", "paresthesia")]
    [InlineData("Grade 2 CIPN, so the paclitaxel dose comes down.", "peripheral neuropathy (drug-induced)")]
    [InlineData("Slurred speech and ataxia with a carbamazepine level of 18.", "dysarthria")]
    // Psychiatric.
    [InlineData("Low mood since the isotretinoin started, mother is worried.", "depression (adverse)")]
    [InlineData("Hypomania two weeks into the sertraline.", "mania (drug-induced)")]
    [InlineData("Sleep driving on zolpidem, found by the police at 3 am.", "complex sleep behavior")]
    // Musculoskeletal.
    [InlineData("MRONJ after years of denosumab, oral surgery is involved.", "osteonecrosis of the jaw")]
    [InlineData("Tendon tear in the ankle after ciprofloxacin.", "tendon rupture")]
    [InlineData("Muscle soreness on atorvastatin, CK normal.", "myositis")]
    // Metabolic and endocrine.
    [InlineData("Nocturnal hypoglycemia on the basal insulin, waking at 3 am sweaty.", "hypoglycemia")]
    [InlineData("Euglycemic ketoacidosis after surgery on empagliflozin.", "euglycemic dka")]
    [InlineData("Gout attack a week after starting allopurinol.", "gout flare")]
    // Respiratory.
    [InlineData("Drug-induced pneumonitis on the CT after three months of nitrofurantoin.", "pneumonitis")]
    [InlineData("Hoarseness from the inhaled steroid, rinse and spit.", "dysphonia")]
    // Eye and ear.
    [InlineData("Ringing in the ears after the cisplatin.", "ototoxicity")]
    [InlineData("Yellow vision with a digoxin level of 3.1.", "color vision changes")]
    [InlineData("Vortex keratopathy on amiodarone, vision fine.", "keratitis (drug-induced)")]
    // Infections as adverse events.
    [InlineData("VZV reactivation on tofacitinib, so she gets the recombinant vaccine.", "herpes zoster reactivation")]
    [InlineData("Invasive fungal infection after the third line of chemo.", "fungal infection (adverse)")]
    [InlineData("EBV viremia after the ATG induction.", "ebv reactivation")]
    // Injection and infusion site.
    [InlineData("Burning on injection with the first pen, better after warming it.", "injection pain")]
    [InlineData("Large local reaction after the allergy shot.", "local reaction")]
    [InlineData("Application site erythema under the rivastigmine patch.", "application site irritation")]
    // Immune-related and biologic.
    [InlineData("Cytokine storm on day 2 after the CAR-T infusion.", "cytokine release syndrome")]
    [InlineData("Checkpoint nephritis with creatinine 2.4 on pembrolizumab.", "nephritis (immune-related)")]
    [InlineData("Jarisch-Herxheimer reaction after the penicillin for syphilis.", "jarisch-herxheimer reaction")]
    // Withdrawal, dependence and overdose.
    [InlineData("Dope sick by the afternoon when he misses the methadone.", "withdrawal")]
    [InlineData("Accidental overdose of her oxycodone, naloxone in the field.", "overdose")]
    [InlineData("Interdose withdrawal on short-acting oxycodone every four hours.", "interdose withdrawal")]
    // General.
    [InlineData("Spiked a fever 2 hours into the infusion.", "fever")]
    [InlineData("Anasarca on high dose pioglitazone.", "edema")]
    [InlineData("Losing her hair on the methotrexate.", "hair loss")]
    public void Tag_CoverageEvent_TaggedWithItsRow(string text, string eventId)
    {
        Tag(text).Entities.Should().Contain(e => e.Type == EntityType.AdverseEvent && e.CanonicalId == eventId);
    }

    [Theory]
    // disease_unless_drug rows: a term diseases.csv also lists is the event only when a drug of its sentence is blamed.
    [InlineData("Ventricular tachycardia on the new antiarrhythmic, so it was stopped.", "Ventricular tachycardia", "ventricular arrhythmia")]
    [InlineData("Hypertensive urgency on venlafaxine 300, so we lowered it.", "Hypertensive urgency", "hypertension (adverse)")]
    [InlineData("Amenorrhea on Depo-Provera for a year, she is not worried.", "Amenorrhea", "amenorrhea (drug-induced)")]
    public void Tag_BothListTermBlamedOnDrug_ReadAsTheEvent(string text, string surface, string eventId)
    {
        Tag(text).Entities.Should().Contain(e => e.Surface == surface && e.Type == EntityType.AdverseEvent && e.CanonicalId == eventId);
    }

    [Theory]
    [InlineData("Ventricular tachycardia from his old scar, ablation next week.", "Ventricular tachycardia")]
    [InlineData("Hypertensive urgency in the ED with a pressure of 220/120.", "Hypertensive urgency")]
    [InlineData("Primary amenorrhea at 16, karyotype sent.", "amenorrhea")]
    public void Tag_BothListTermWithoutDrug_ReadAsTheDisease(string text, string surface)
    {
        Tag(text).Entities.Should().Contain(e => e.Surface.Contains(surface, StringComparison.OrdinalIgnoreCase) && e.Type == EntityType.Disease)
            .And.NotContain(e => e.Type == EntityType.AdverseEvent);
    }

    [Theory]
    // Ordinary words and abbreviations with a commoner other sense, left out of the pass.
    [InlineData("The code was called at 3 am and he got ROSC quickly.")]
    [InlineData("SI joint injection helped her back for three months.")]
    [InlineData("She came ten times in the last year.")]
    [InlineData("They hit every target on the checklist.")]
    [InlineData("Drops in the OD twice daily.")]
    [InlineData("She looked fit and well at the visit.")]
    public void Tag_LeftOutWord_NoAdverseEvent(string text)
    {
        Tag(text).Entities.Should().NotContain(e => e.Type == EntityType.AdverseEvent);
    }

    [Theory]
    // A term that holds a drug or class word was left out: the drug stays its own span, as the guide says.
    [InlineData("Oxaliplatin neuropathy limits how many cycles he gets.", "oxaliplatin")]
    [InlineData("Vancomycin nephrotoxicity with a trough of 28.", "vancomycin")]
    public void Tag_EventNamedWithItsDrug_DrugStaysItsOwnSpan(string text, string generic)
    {
        Tag(text).Entities.Should().Contain(e => e.Type == EntityType.Generic && e.CanonicalId == generic);
    }

    [Theory]
    // Rows dropped after the gold measurement: these stay diseases, as the older sets label them.
    [InlineData("Hypophosphatemia after the iron infusion, phosphate 1.2.", "Hypophosphatemia")]
    [InlineData("Calciphylaxis on the thighs in a dialysis patient on warfarin.", "Calciphylaxis")]
    public void Tag_DroppedBothListTerm_StaysTheDisease(string text, string surface)
    {
        Tag(text).Entities.Should().Contain(e => e.Surface == surface && e.Type == EntityType.Disease);
    }
}
