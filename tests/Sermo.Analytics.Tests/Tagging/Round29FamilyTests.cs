using Sermo.Analytics.Tagging;

namespace Sermo.Analytics.Tests.Tagging;

/// <summary>
/// Round 29's families (docs/taggers.md "Round 29", decision 188), each on a sentence of its own written for this test:
/// the brain-and-behaviour clinics' drugs (psychiatry, neurology, sleep and addiction medicine), the device kinds settled
/// in the guide this round, their conditions by the ICD-10-CM index, the events of their drugs, and what stays out.
/// </summary>
public class Round29FamilyTests
{
    private static TagResult Tag(string text) => SharedTagger.Tagger.Tag(text);

    [Theory]
    // Antipsychotics and long-acting injectables.
    [InlineData("Aristada Initio with one oral dose on the first day.", EntityType.Brand, "aripiprazole lauroxil")]
    [InlineData("Erzofri loading dose given in the deltoid.", EntityType.Brand, "paliperidone palmitate")]
    [InlineData("Haldol Decanoate every four weeks since his last admission.", EntityType.Brand, "haloperidol")]
    [InlineData("The Secuado patch for the patient who spits out pills.", EntityType.Brand, "asenapine")]
    [InlineData("Fazaclo dissolves, so no more cheeking.", EntityType.Brand, "clozapine")]
    [InlineData("Pimozide for the tics was stopped for the QTc.", EntityType.Generic, "pimozide")]
    [InlineData("Thorazine in the ED for the hiccups.", EntityType.Brand, "chlorpromazine")]
    [InlineData("He gets his Maintena shot on the first Monday.", EntityType.Brand, "aripiprazole")]
    // Antidepressants and mood stabilisers.
    [InlineData("Marplan for the patient who failed everything else.", EntityType.Brand, "isocarboxazid")]
    [InlineData("Isocarboxazid needs the tyramine talk.", EntityType.Generic, "isocarboxazid")]
    [InlineData("Tofranil for the bedwetting, years ago.", EntityType.Brand, "imipramine")]
    [InlineData("Equetro for the mixed episodes.", EntityType.Brand, "carbamazepine")]
    // Antiseizure drugs.
    [InlineData("Spritam melts on the tongue for the child who gags.", EntityType.Brand, "levetiracetam")]
    [InlineData("Trokendi XR once daily helped adherence.", EntityType.Brand, "topiramate")]
    [InlineData("Motpoly XR replaced twice daily lacosamide.", EntityType.Brand, "lacosamide")]
    // Stimulants, non-stimulants and hypnotics.
    [InlineData("Dyanavel XR liquid for the 7 year old.", EntityType.Brand, "amphetamine")]
    [InlineData("Cotempla for the kid who cannot swallow capsules.", EntityType.Brand, "methylphenidate")]
    [InlineData("Onyda XR at bedtime for the ADHD.", EntityType.Brand, "clonidine")]
    [InlineData("Intermezzo for the middle of the night awakenings.", EntityType.Brand, "zolpidem")]
    // Dementia, Parkinson's, MS and neuromuscular drugs.
    [InlineData("Zunveyl instead of generic galantamine for the nausea.", EntityType.Brand, "benzgalantamine")]
    [InlineData("Adlarity patch weekly for the donepezil.", EntityType.Brand, "donepezil")]
    [InlineData("Tasmar needs liver tests every two weeks.", EntityType.Brand, "tolcapone")]
    [InlineData("Extavia every other day for the relapsing disease.", EntityType.Brand, "interferon beta-1b")]
    [InlineData("Tiglutik through the feeding tube.", EntityType.Brand, "riluzole")]
    [InlineData("Viltepso infusions weekly for the exon 53 boy.", EntityType.Brand, "viltolarsen")]
    // Migraine drugs.
    [InlineData("Migranal at home instead of the infusion.", EntityType.Brand, "dihydroergotamine")]
    [InlineData("Cambia powder in water at the first sign.", EntityType.Brand, "diclofenac")]
    [InlineData("Fiorinal is the aspirin version and no better.", EntityType.Brand, "butalbital/aspirin/caffeine")]
    // Addiction medicine: brands and the illicit supply.
    [InlineData("Subutex in pregnancy, then Suboxone after delivery.", EntityType.Brand, "buprenorphine")]
    [InlineData("Revia daily for the drinking, no craving since.", EntityType.Brand, "naltrexone")]
    [InlineData("Bromazolam turned up in the counterfeit bars.", EntityType.Generic, "bromazolam")]
    [InlineData("Etizolam bought online as a research chemical.", EntityType.Generic, "etizolam")]
    [InlineData("Carfentanil needed four doses of naloxone.", EntityType.Generic, "carfentanil")]
    [InlineData("Medetomidine in the fentanyl supply causes a nasty withdrawal.", EntityType.Generic, "medetomidine")]
    [InlineData("Tianeptine from the gas station, three bottles a day.", EntityType.Generic, "tianeptine")]
    // Depot salts read as their drug by the scorer's aliases are tested in LexiconIdAliasesTests; classes here.
    [InlineData("Psychedelics are not approved for anything yet.", EntityType.DrugClass, "hallucinogen")]
    [InlineData("Two migraine preventives failed before the antibody.", EntityType.DrugClass, "migraine-preventive")]
    [InlineData("Opioid agonist treatment halves the death rate.", EntityType.DrugClass, "opioid-agonist")]
    [InlineData("She wants to start a disease-modifying therapy after the second relapse.", EntityType.DrugClass, "disease-modifying-therapy")]
    [InlineData("No seizure medicine until a second event.", EntityType.DrugClass, "antiepileptic")]
    [InlineData("Long-acting injectables keep him out of the hospital.", EntityType.DrugClass, "lai-antipsychotic")]
    public void Tag_BrainAndBehaviourDrug_Tagged(string text, EntityType type, string id)
    {
        Tag(text).Entities.Should().Contain(e => e.Type == type && string.Equals(e.CanonicalId, id, StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    // Device kinds settled in the guide this round.
    [InlineData("A Holter for two days did not catch it.", "ambulatory-ecg-monitor")]
    [InlineData("Zio patch for two weeks after the stroke.", "ambulatory-ecg-monitor")]
    [InlineData("Amplatzer PFO occluder placed without trouble.", "pfo-occluder")]
    [InlineData("Adaptive servo ventilator for his central apnea.", "adaptive-servo-ventilation")]
    [InlineData("The remede system was implanted last spring.", "phrenic-nerve-stimulator")]
    public void Tag_BrainAndBehaviourDevice_TaggedAsItsKind(string text, string id)
    {
        Tag(text).Entities.Should().Contain(e => e.Type == EntityType.Device && e.CanonicalId == id);
    }

    [Theory]
    // Conditions of these clinics, by the ICD-10-CM index and the span's own words.
    [InlineData("Migraine with aura, so no estrogen pill.", "G43.109")]
    [InlineData("Admitted for status migrainosus after a week of pain.", "G43.901")]
    [InlineData("Menstrual migraine responds to frovatriptan around the period.", "G43.829")]
    [InlineData("Hemiplegic migraine runs in the family.", "G43.409")]
    [InlineData("Cerebral amyloid angiopathy with many microbleeds on MRI.", "I68.0")]
    [InlineData("Kleine-Levin syndrome is rare and episodic.", "G47.13")]
    [InlineData("Narcolepsy type 2 on modafinil.", "G47.419")]
    [InlineData("Psychotic depression in the elderly responds to ECT.", "F32.3")]
    [InlineData("Atypical depression with oversleeping and weight gain.", "F32.89")]
    [InlineData("Meth psychosis cleared after ten days in the unit.", "F15.959")]
    [InlineData("Cannabis-induced psychosis in a 19 year old.", "F12.959")]
    [InlineData("Refractory epilepsy, referred for surgery.", "G40.919")]
    [InlineData("Treatment-resistant schizophrenia finally on clozapine.", "F20.9")]
    [InlineData("First degree block on the ECG, so careful with lacosamide.", "I44.0")]
    [InlineData("Xylazine wounds on both legs need wound care.", "L98.499")]
    [InlineData("Vanc and cefepime for a diabetic foot infection.", "E11.628")]
    [InlineData("A child with tics and ADHD.", "F95.9")]
    // DSM names, subtypes, lay and plural forms of the same clinics (the second pass).
    [InlineData("Bipolar 1 with two admissions for mania.", "F31.9")]
    [InlineData("Relapsing remitting multiple sclerosis, stable on ocrelizumab.", "G35")]
    [InlineData("Two strokes before age fifty.", "I63.9")]
    [InlineData("Cryptogenic stroke, so a loop recorder went in.", "I63.9")]
    [InlineData("Paranoid schizophrenia, on clozapine now.", "F20.0")]
    [InlineData("Schizophreniform disorder after the first break.", "F20.81")]
    [InlineData("Health anxiety drives the ER visits.", "F45.21")]
    [InlineData("Chronic tic disorder since age nine.", "F95.1")]
    [InlineData("Primary progressive aphasia, the logopenic kind.", "G31.01")]
    [InlineData("bvFTD with disinhibition and sweet cravings.", "G31.09")]
    [InlineData("Corticobasal syndrome with an alien limb.", "G31.85")]
    [InlineData("Alcohol abuse in his twenties, sober now.", "F10.10")]
    [InlineData("Heroin addiction before the switch to fentanyl.", "F11.20")]
    [InlineData("Meth addiction and no approved drug for it.", "F15.20")]
    [InlineData("Alcoholic neuropathy in both feet.", "G62.1")]
    [InlineData("Rett syndrome with breath holding spells.", "F84.2")]
    [InlineData("Functional seizures, so we stopped the levetiracetam.", "F44.5")]
    [InlineData("ADEM after a viral illness in the 6 year old.", "G04.00")]
    [InlineData("Chorea after starting the stimulant.", "G25.5")]
    [InlineData("Lambert-Eaton syndrome with small cell found later.", "G70.80")]
    [InlineData("Nightmare disorder despite the prazosin.", "F51.5")]
    [InlineData("Jet lag is not a reason for a benzo.", "G47.25")]
    [InlineData("Inattentive ADHD in a girl diagnosed at 30.", "F90.0")]
    [InlineData("New daily persistent headache after a cold.", "G44.52")]
    [InlineData("Hypnic headache wakes him at 2 am.", "G44.81")]
    [InlineData("Hemicrania continua responds to indomethacin.", "G44.51")]
    [InlineData("DMDD rather than pediatric bipolar.", "F34.81")]
    [InlineData("Neuroleptic-induced parkinsonism on haloperidol.", "G21.11")]
    [InlineData("Narcoleptic teen who falls asleep in class.", "G47.419")]
    [InlineData("Cervical myelopathy on the MRI, surgery next.", "M47.12")]
    public void Tag_BrainAndBehaviourCondition_TaggedWithTheIndexCode(string text, string code)
    {
        Tag(text).Entities.Should().Contain(e => e.Type == EntityType.Disease && e.CanonicalId == code);
    }

    [Theory]
    // Events of these clinics' drugs, some in the words physicians use for them.
    [InlineData("Withdrawal syndrome after the paroxetine was stopped abruptly.", "withdrawal")]
    [InlineData("Drug misuse of the gabapentin in the methadone clinic.", "dependence")]
    [InlineData("Post-injection delirium sedation syndrome after the olanzapine depot.", "post-injection delirium sedation syndrome")]
    [InlineData("Galactorrhea on risperidone, prolactin was high.", "galactorrhea")]
    [InlineData("Nystagmus and double vision at a phenytoin level of 32.", "nystagmus")]
    [InlineData("Ataxia on carbamazepine when the dose went up.", "ataxia")]
    [InlineData("Slurred speech at the higher dose of clonazepam.", "dysarthria")]
    [InlineData("Emotional blunting on escitalopram, she feels nothing.", "apathy")]
    [InlineData("Hoarseness every time the VNS fires.", "dysphonia")]
    [InlineData("Sleep paralysis started with the sodium oxybate.", "sleep paralysis")]
    [InlineData("Sleep driving on zolpidem, the police found him.", "complex sleep behavior")]
    [InlineData("Sleep attacks on pramipexole, he must stop driving.", "sudden onset of sleep")]
    [InlineData("Visual field loss is the risk with vigabatrin.", "visual field defect")]
    [InlineData("Exercise intolerance on the beta blocker.", "exercise tolerance decreased")]
    [InlineData("Infusion site infections with the apomorphine pump.", "infusion site infection")]
    [InlineData("Groggy every morning on the trazodone.", "somnolence")]
    [InlineData("Suicidality warnings on the antidepressant label.", "suicidal ideation")]
    [InlineData("Amnesia for the night she took the zolpidem.", "memory impairment")]
    [InlineData("Neural tube defects are the worry with valproate.", "congenital anomaly")]
    [InlineData("Worsening tics at week two of methylphenidate.", "tics")]
    [InlineData("Serotonin toxicity after linezolid was added.", "serotonin syndrome")]
    public void Tag_BrainAndBehaviourEvent_TaggedAsAdverseEvent(string text, string name)
    {
        Tag(text).Entities.Should().Contain(e => e.Type == EntityType.AdverseEvent && e.CanonicalId == name);
    }

    [Theory]
    // What stays out: breastfeeding slang, an ordinary adjective one edit from a brand, a mechanism, and the wound's drug.
    [InlineData("Pumping and dumping is not needed on sertraline.", EntityType.Disease, "K91.1")]
    [InlineData("The neural circuits of reward are not simple.", EntityType.Brand, "cyclosporine")]
    [InlineData("Any dopamine blockade raises prolactin.", EntityType.Generic, "dopamine")]
    [InlineData("Xylazine wounds on both legs need wound care.", EntityType.Generic, "xylazine")]
    [InlineData("Psychotic depression in the elderly responds to ECT.", EntityType.Disease, "F29")]
    public void Tag_BrainAndBehaviourNonMention_NotTagged(string text, EntityType type, string id)
    {
        Tag(text).Entities.Should().NotContain(e => e.Type == type && e.CanonicalId == id);
    }
}
