using Sermo.Analytics.Tagging;

namespace Sermo.Analytics.Tests.Tagging;

/// <summary>
/// The second drug coverage pass (decision 197, docs/taggers.md "Second drug coverage pass (round 30)"): the kinds a pass
/// by therapeutic area misses (biosimilars by suffix, pens and inhalers by brand, OTC and supplement brands, older brands,
/// brands and spellings used abroad, veterinary and compounded products, misspellings), listed in
/// bench/lexicons/drug_coverage2_*.txt. Each sentence is written here, at least two per therapeutic area, and names a term
/// this pass added; the id is the US established name (a brand's generic, a biosimilar's reference product).
/// </summary>
public class DrugCoverage2Tests
{
    private static TagResult Tag(string text) => SharedTagger.Tagger.Tag(text);

    [Theory]
    // Cardiology.
    [InlineData("Her BP in London was managed on Coversyl and amlodipine.", "perindopril")]
    [InlineData("An old chart lists Ticlid after his stent in the nineties.", "ticlopidine")]
    [InlineData("He was on Persantine with aspirin before clopidogrel existed.", "dipyridamole")]
    // Endocrinology and diabetes.
    [InlineData("She draws up from a Humalog KwikPen at every meal.", "insulin lispro")]
    [InlineData("Diagnosed in Mumbai, he came on Galvus and metformin.", "vildagliptin")]
    [InlineData("Glucose in the 400s, so U-500 was started at 60 units twice daily.", "regular insulin")]
    [InlineData("Hypothyroid since pregnancy, she still calls her levothyroxine thyroxine.", "levothyroxine")]
    // Pulmonary.
    [InlineData("Visiting from Leeds, his asthma is on Fostair two puffs twice daily.", "beclomethasone/formoterol")]
    [InlineData("COPD controlled on Breztri Aerosphere since the spring.", "budesonide/glycopyrrolate/formoterol")]
    [InlineData("She rinses after each Advair Diskus dose and the thrush has not returned.", "fluticasone/salmeterol")]
    // GI and hepatology.
    [InlineData("Reflux for years, she still calls her pill Zantac though it was pulled.", "ranitidine")]
    [InlineData("Chronic constipation in a UK patient, Movicol sachets daily.", "polyethylene glycol 3350/electrolytes")]
    [InlineData("Gastroparesis, her cardiologist in Toronto had her on Motilium.", "domperidone")]
    // Nephrology.
    [InlineData("Edema in a CKD patient from Sydney, frusemide and co-amilofruse in the old notes.", "amiloride/furosemide")]
    [InlineData("Edema and hypertension, bendrofluazide 2.5 mg from his UK GP.", "bendroflumethiazide")]
    // Infectious disease.
    [InlineData("Her strep throat in England was treated with phenoxymethylpenicillin.", "penicillin v potassium")]
    [InlineData("Resistant UTI, ID recommended Exblifep while awaiting cultures.", "cefepime/enmetazobactam")]
    [InlineData("Travel history: he took Tequin for a sinus infection years ago.", "gatifloxacin")]
    // Oncology and haematology.
    [InlineData("Neutropenic fevers, now on pegfilgrastim-fpgk after each cycle.", "pegfilgrastim")]
    [InlineData("HER2 positive disease treated with trastuzumab-qyyp and pertuzumab.", "trastuzumab")]
    [InlineData("Relapsed AML with an NPM1 mutation, we started Komzifti.", "ziftomenib")]
    // Rheumatology and immunology.
    [InlineData("Crohn's on ustekinumab-auub since the switch in January.", "ustekinumab")]
    [InlineData("Plaque psoriasis, he was on Raptiva before it was withdrawn.", "efalizumab")]
    [InlineData("Knee pain controlled on Voveran gel while he lived in Delhi.", "diclofenac")]
    // Neurology.
    [InlineData("Parkinson's diagnosed in Manchester, started on co-beneldopa.", "benserazide/levodopa")]
    [InlineData("Seizures since childhood, she calls her medicine Epilim from Australia.", "valproate")]
    // Psychiatry.
    [InlineData("Chronic schizophrenia on Mellaril decades ago, ECG showed a long QT.", "thioridazine")]
    [InlineData("Depression treated with Lustral in Glasgow, sertraline here.", "sertraline")]
    [InlineData("Insomnia, she brought Zimovane back from the UK.", "zopiclone")]
    // Pain and anaesthesia.
    [InlineData("Back pain, he still asks for Darvocet by name.", "propoxyphene/acetaminophen")]
    [InlineData("She takes co-codamol 30/500 from her GP in Wales.", "acetaminophen/codeine")]
    [InlineData("Arthritis pain, he has used Vioxx until the recall.", "rofecoxib")]
    // Dermatology.
    [InlineData("Eczema flare, she used Dermovate from her trip abroad.", "clobetasol")]
    [InlineData("Impetigo in London was treated with Fucidin cream.", "fusidic acid")]
    // Ophthalmology.
    [InlineData("Wet AMD, switched to aflibercept-jbvf for cost reasons.", "aflibercept")]
    [InlineData("Hay fever eyes, she uses sodium cromoglicate drops in spring.", "cromolyn")]
    // ENT and allergy.
    [InlineData("Seasonal rhinitis, Clarityn from the chemist did little.", "loratadine")]
    [InlineData("Nasal congestion with palpitations after Claritin-D every morning.", "loratadine/pseudoephedrine")]
    // Urology.
    [InlineData("Recurrent UTIs, she takes Mandelamine as prophylaxis.", "methenamine")]
    [InlineData("Bladder spasms after surgery, Buscopan did nothing.", "hyoscine butylbromide")]
    // Women's health and contraception.
    [InlineData("She used Microgynon for ten years before moving here.", "levonorgestrel/ethinyl estradiol")]
    [InlineData("Progestin-only pill, Cerazette, because of migraines with aura.", "desogestrel")]
    // Paediatrics.
    [InlineData("Fever of 39, mum gave Calpol an hour before arrival.", "acetaminophen")]
    [InlineData("Motion sickness on the ferry, Gravol made him sleepy.", "dimenhydrinate")]
    // Transplant.
    [InlineData("After her liver transplant she was given Fybogel for constipation.", "psyllium")]
    [InlineData("Post-transplant anemia, she needed Nascobal because the B12 would not absorb.", "cyanocobalamin")]
    // Vaccines and emergency antidotes.
    [InlineData("Opioid overdose, bystander gave RiVive before EMS arrived.", "naloxone")]
    [InlineData("Hypotension in the ICU, noradrenaline was started at 0.1.", "norepinephrine")]
    // OTC brands and supplements.
    [InlineData("Cough for a week, she has been taking Robitussin DM at night.", "guaifenesin/dextromethorphan")]
    [InlineData("Iron deficiency, she tolerates Slow Fe better than the generic.", "ferrous sulfate")]
    [InlineData("Osteopenia, she takes Citracal because of her PPI.", "calcium citrate")]
    // Veterinary and compounded products that reach human use.
    [InlineData("He read online about fenbendazole for cancer and bought Panacur.", "fenbendazole")]
    [InlineData("Menopause symptoms, her naturopath compounds Biest cream.", "estradiol/estriol")]
    // Misspellings too far for fuzzy matching.
    [InlineData("Took acetominophen for the headache with no relief.", "acetaminophen")]
    [InlineData("Gave him ibuprophen for the sprain.", "ibuprofen")]
    public void Tag_Coverage2Drug_TaggedWithItsGeneric(string text, string generic)
    {
        Tag(text).Entities.Should().Contain(e => (e.Type == EntityType.Brand || e.Type == EntityType.Generic) && e.CanonicalId == generic);
    }

    [Theory]
    // Given names and ordinary words the pass left out.
    [InlineData("Kirsty, the charge nurse, called about the potassium.", "insulin aspart")]
    [InlineData("Telma from pharmacy reviewed the list.", "telmisartan")]
    [InlineData("Her mom drove her to the appointment.", "magnesium hydroxide")]
    [InlineData("Morning DHEA-S was normal, so no adrenal tumor.", "prasterone")]
    // Ordinary words one edit from a brand this pass added (common_words.txt): never fuzzily matched.
    [InlineData("I concur with the plan from cardiology.", "bisoprolol")]
    [InlineData("Her mental status improved after the fluids.", "mefenamic acid")]
    [InlineData("No metal in the MRI field, so the scan went ahead.", "mefenamic acid")]
    [InlineData("For clarity, the second dose was never given.", "loratadine")]
    public void Tag_LeftOutTerm_NotTaggedAsTheDrug(string text, string generic)
    {
        Tag(text).Entities.Should().NotContain(e => (e.Type == EntityType.Brand || e.Type == EntityType.Generic) && e.CanonicalId == generic);
    }

    [Theory]
    [InlineData("Started Ozempic pen at 0.25 mg weekly.", "Ozempic")]
    [InlineData("She takes one a day dosing of her statin.", null)]
    public void Tag_BrandBeforeDeviceWord_SpanIsTheBrandAlone(string text, string? span)
    {
        var drugs = Tag(text).Entities.Where(e => e.Type == EntityType.Brand || e.Type == EntityType.Generic).ToList();
        if (span is null)
        {
            drugs.Should().NotContain(e => e.CanonicalId == "multivitamin");
        }
        else
        {
            drugs.Should().Contain(e => e.Surface == span);
        }
    }
}
