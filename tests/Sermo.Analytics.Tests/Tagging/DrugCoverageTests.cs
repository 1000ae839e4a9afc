using Sermo.Analytics.Tagging;

namespace Sermo.Analytics.Tests.Tagging;

/// <summary>
/// The drug coverage pass by therapeutic area (decision 182, docs/taggers.md "Drug coverage pass (round 28)"): brands,
/// generics, shorthand and classes physicians write, listed from clinical knowledge in bench/lexicons/drug_coverage_*.txt
/// and drug_class_coverage.txt rather than read from a gold set. Each sentence is written here, at least two per area,
/// and names a term the pass added; the id is the US established name (a brand's generic, a biosimilar's reference).
/// </summary>
public class DrugCoverageTests
{
    private static TagResult Tag(string text) => SharedTagger.Tagger.Tag(text);

    [Theory]
    // Cardiology.
    [InlineData("BP still 150s on Tribenzor, adding spironolactone next.", "amlodipine/olmesartan/hydrochlorothiazide")]
    [InlineData("She was switched from Zestoretic to losartan for the cough.", "lisinopril/hydrochlorothiazide")]
    [InlineData("Angina better since we added Isordil at night.", "isosorbide dinitrate")]
    [InlineData("Chlortalidone 12.5 in the morning was enough for him.", "chlorthalidone")]
    // Lipids and antithrombotics.
    [InlineData("Triglycerides came down on Trilipix but the LDL did not move.", "fenofibric acid")]
    [InlineData("Colestipol made him bloated so he stopped it.", "colestipol")]
    [InlineData("Enteric coated aspirin as Ecotrin, 81 a day.", "aspirin")]
    // Endocrinology and diabetes.
    [InlineData("A1c 8.4 on Invokamet, the yeast infections are the problem.", "canagliflozin/metformin")]
    [InlineData("Gliclazide in the UK, glipizide here, same hypoglycemia risk.", "gliclazide")]
    [InlineData("Repaglinide with meals because she eats irregularly.", "repaglinide")]
    // Pulmonary.
    [InlineData("Salbutamol four times a day means the asthma is not controlled.", "albuterol")]
    [InlineData("COPD on Stiolto Respimat, still two exacerbations this year.", "tiotropium/olodaterol")]
    [InlineData("Zafirlukast instead of montelukast after the nightmares.", "zafirlukast")]
    // GI and hepatology.
    [InlineData("IBS with cramps, Bentyl before meals helped a little.", "dicyclomine")]
    [InlineData("Mesalazine 4.8 g for the left sided colitis.", "mesalamine")]
    [InlineData("Constipated on opioids, Senokot twice daily plus water.", "senna")]
    // Nephrology.
    [InlineData("Phosphorus 7 on dialysis, started Fosrenol chewed with meals.", "lanthanum carbonate")]
    [InlineData("Anemia of CKD on Mircera monthly, hemoglobin 10.5.", "methoxy polyethylene glycol-epoetin beta")]
    // Infectious disease.
    [InlineData("Cellulitis in the UK would get flucloxacillin, here it is cephalexin.", "flucloxacillin")]
    [InlineData("Co-amoxiclav for the dog bite, five days.", "amoxicillin/clavulanate")]
    [InlineData("ESBL pneumonia, ID suggested Primaxin while cultures finalize.", "imipenem/cilastatin")]
    // Oncology and haematology.
    [InlineData("Relapsed myeloma, she is being evaluated for cilta-cel.", "ciltacabtagene autoleucel")]
    [InlineData("Xpovio with weekly dexamethasone caused a lot of nausea.", "selinexor")]
    [InlineData("Infused Ruxience for her lymphoma instead of the originator.", "rituximab")]
    // Rheumatology and immunology.
    [InlineData("Switched to Hadlima when the insurer dropped the originator.", "adalimumab")]
    [InlineData("RA flare off leflunomide; restarting lef at 20 mg.", "leflunomide")]
    [InlineData("Gout prophylaxis with Gloperba because she cannot swallow tablets.", "colchicine")]
    // Neurology.
    [InlineData("Absence seizures in a 7 year old, ethosuximide first.", "ethosuximide")]
    [InlineData("Essential tremor, primidone at bedtime made her groggy.", "primidone")]
    [InlineData("Menstrual migraine prevention with Frova around her period.", "frovatriptan")]
    // Psychiatry.
    [InlineData("Treatment resistant depression, considering Parnate with a diet sheet.", "tranylcypromine")]
    [InlineData("Schizophrenia on perphenazine for years, no tardive dyskinesia.", "perphenazine")]
    [InlineData("OCD on Anafranil, the dry mouth is tolerable.", "clomipramine")]
    // Pain and anaesthesia.
    [InlineData("Knee OA, nabumetone was gentler on her stomach than ibuprofen.", "nabumetone")]
    [InlineData("Arthrotec for the back pain, warned her about pregnancy.", "diclofenac/misoprostol")]
    [InlineData("Lignocaine 1% for the laceration repair.", "lidocaine")]
    // Dermatology.
    [InlineData("Acne on Epiduo at night and sunscreen in the morning.", "adapalene/benzoyl peroxide")]
    [InlineData("Rosacea improved with azelaic acid gel.", "azelaic acid")]
    [InlineData("Plaque psoriasis on the elbows, halobetasol for two weeks.", "halobetasol")]
    // Ophthalmology.
    [InlineData("Glaucoma drops: Cosopt twice a day, pressure 16.", "dorzolamide/timolol")]
    [InlineData("Diabetic macular edema, Iluvien was placed last spring.", "fluocinolone")]
    [InlineData("Travatan Z at night, lashes grew longer.", "travoprost")]
    // ENT and allergy.
    [InlineData("Allergic rhinitis on Dymista, the bitter taste bothers him.", "azelastine/fluticasone")]
    [InlineData("Sudafed raised his blood pressure, so we stopped it.", "pseudoephedrine")]
    [InlineData("Adrenaline 0.5 mg IM in the thigh for the anaphylaxis.", "epinephrine")]
    // Urology.
    [InlineData("BPH, Rapaflo gave him retrograde ejaculation.", "silodosin")]
    [InlineData("Erectile dysfunction, vardenafil worked when sildenafil did not.", "vardenafil")]
    [InlineData("Overactive bladder in an 80 year old, Gelnique gel avoids the pill burden.", "oxybutynin")]
    // Women's health and contraception.
    [InlineData("Contraception with Slynd because she gets migraine with aura.", "drospirenone")]
    [InlineData("She wants the Xulane patch, BMI is 32.", "norelgestromin/ethinyl estradiol")]
    [InlineData("DMPA every 12 weeks, bone density discussed.", "medroxyprogesterone")]
    // Paediatrics.
    [InlineData("Gastroenteritis in a toddler, Pedialyte in small sips.", "oral rehydration solution")]
    [InlineData("Central precocious puberty, Supprelin LA implant placed.", "histrelin")]
    // Transplant.
    [InlineData("Kidney transplant induction with Simulect, low immunologic risk.", "basiliximab")]
    [InlineData("Stable on Zortress after the switch from tacrolimus.", "everolimus")]
    // Vaccines.
    [InlineData("Infanrix at the two month visit with the other shots.", "dtap vaccine")]
    [InlineData("IPV catch-up for the adopted child with an incomplete record.", "poliovirus vaccine")]
    // Emergency antidotes.
    [InlineData("Acetaminophen overdose, Acetadote started at hour 6.", "acetylcysteine")]
    [InlineData("Lead level 65 in the toddler, Chemet at home.", "succimer")]
    // OTC and supplements.
    [InlineData("She takes ashwagandha for stress and wonders about her thyroid.", "ashwagandha")]
    [InlineData("Statin myalgias, he wants to try coenzyme Q10 first.", "coenzyme q10")]
    public void Tag_CoverageDrug_TaggedWithItsGeneric(string text, string generic)
    {
        Tag(text).Entities.Should().Contain(e => (e.Type == EntityType.Brand || e.Type == EntityType.Generic) && e.CanonicalId == generic);
    }

    [Theory]
    [InlineData("Her PAH is on an endothelin receptor antagonist and a PDE5 inhibitor.", "endothelin-receptor-antagonist")]
    [InlineData("Add a GC-C agonist if the fiber does not help.", "gc-c-agonist")]
    [InlineData("Eczema on the eyelids, a topical calcineurin inhibitor rather than steroids.", "topical-calcineurin-inhibitor")]
    [InlineData("Lung adenocarcinoma with G12C, second line is a KRAS G12C inhibitor.", "kras-inhibitor")]
    [InlineData("CLL with del17p, a BCL-2 inhibitor with the ramp-up for tumor lysis.", "bcl2-inhibitor")]
    [InlineData("Sodium 124 from SIADH, fluid restriction failed, nephrology suggested a vaptan.", "vasopressin-antagonist")]
    [InlineData("Hot flashes, she asked about an NK3 antagonist.", "nk3-antagonist")]
    public void Tag_CoverageClass_TaggedWithItsId(string text, string classId)
    {
        Tag(text).Entities.Should().Contain(e => e.Type == EntityType.DrugClass && e.CanonicalId == classId);
    }

    [Theory]
    // Shorthand left out because its other sense is the commoner one in a physician's post.
    [InlineData("PEG tube placed before radiation for the head and neck cancer.", "polyethylene glycol 3350")]
    [InlineData("Bicarb was 14 with an anion gap of 22.", "sodium bicarbonate")]
    [InlineData("Fish oil from the health store, nothing prescribed.", "fish oil")]
    // Brands that are given names or ordinary words.
    [InlineData("Ella came to clinic with her grandmother.", "ulipristal acetate")]
    [InlineData("Camila, the new nurse, drew the labs.", "norethindrone")]
    [InlineData("The soma of the neuron sits in the dorsal root ganglion.", "carisoprodol")]
    public void Tag_LeftOutTerm_NotTaggedAsTheDrug(string text, string generic)
    {
        Tag(text).Entities.Should().NotContain(e => (e.Type == EntityType.Brand || e.Type == EntityType.Generic) && e.CanonicalId == generic);
    }

    [Theory]
    [InlineData("ERAS for the colectomy went smoothly and she went home day 3.")]
    public void Tag_EnhancedRecoveryPathway_NotAnEndothelinReceptorAntagonist(string text)
    {
        Tag(text).Entities.Should().NotContain(e => e.CanonicalId == "endothelin-receptor-antagonist");
    }
}
