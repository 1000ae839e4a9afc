using Sermo.Analytics.Tagging;

namespace Sermo.Analytics.Tests.Tagging;

/// <summary>
/// The disease abbreviation coverage pass (decision 189, docs/taggers.md "Disease abbreviation coverage pass (round
/// 29)"): the shorthand physicians write for conditions (abbreviations, acronyms, stage and type forms, clipped and lay
/// words, British spellings, plurals and adjectives), listed by specialty from clinical knowledge in
/// bench/lexicons/disease_abbrev_coverage_*.txt rather than read from a gold set. Each sentence is written here, at
/// least two per specialty, and names a term the pass added (a synonym of an older code or a new row).
/// </summary>
public class DiseaseAbbreviationCoverageTests
{
    private static TagResult Tag(string text) => SharedTagger.Tagger.Tag(text);

    [Theory]
    // Cardiology.
    [InlineData("ADHF admission again after he ran out of furosemide.", "I50.9")]
    [InlineData("AWMI on the ECG this morning, troponin rising.", "I21.09")] // "Old AWMI" is I25.2 since decision 281
    [InlineData("Decompensated HF with ten pounds of weight gain in a week.", "I50.9")]
    // Pulmonary and critical care.
    [InlineData("COPD exac number three this winter, another prednisone burst.", "J44.1")]
    [InlineData("PPF on the latest HRCT, so antifibrotic therapy was started.", "J84.10")]
    // Nephrology.
    [InlineData("CKD 5 and not yet on dialysis, fistula planned.", "N18.5")]
    [InlineData("RPGN with crescents on the biopsy, plasma exchange started.", "N01.9")]
    // Endocrinology.
    [InlineData("Poorly controlled T2DM with an A1c that never comes down.", "E11.65")]
    [InlineData("DM II for twenty years, now on basal insulin.", "E11.9")]
    // GI and hepatology.
    [InlineData("Melaena for two days and a haemoglobin of 7.", "K92.1")]
    [InlineData("Barretts oesophagus on the last scope, surveillance in three years.", "K22.70")]
    // Infectious disease.
    [InlineData("Cerebral toxo in a man with a CD4 count of 40.", "B58.2")]
    [InlineData("Rhino-orbital mucor after the steroids, ENT debrided twice.", "B46.5")]
    // Haematology and oncology.
    [InlineData("Beta thal minor explains her microcytosis, no iron needed.", "D56.1")]
    [InlineData("Polycythaemia vera on hydroxyurea with a hematocrit under 45.", "D45")]
    // Neurology.
    [InlineData("CVST in a woman on the pill, anticoagulated for six months.", "I67.6")]
    [InlineData("NCSE on the EEG of an ICU patient who would not wake up.", "G40.901")]
    // Psychiatry.
    [InlineData("Complex PTSD after years of abuse, trauma therapy first.", "F43.10")]
    [InlineData("EUPD with frequent crises and a new therapist.", "F60.3")]
    // Rheumatology.
    [InlineData("Seronegative RA in a 40 year old with hand synovitis.", "M06.9")]
    [InlineData("Wegeners was diagnosed after a saddle nose and hematuria.", "M31.30")]
    // Dermatology.
    [InlineData("Seborrhoeic keratoses all over his back, reassurance only.", "L82.1")]
    [InlineData("Generalised pustular psoriasis flare, admitted for spesolimab.", "L40.1")]
    // Ophthalmology.
    [InlineData("AION in the left eye at 70, so an ESR was checked the same day.", "H47.019")]
    [InlineData("Cystoid macular oedema again with her uveitis.", "H35.81")]
    // ENT.
    [InlineData("ARHL in both ears, fitted with hearing aids.", "H91.10")]
    [InlineData("Superior canal dehiscence found on the temporal bone CT.", "H83.8X9")]
    // Urology.
    [InlineData("UPJ obstruction on the renal scan, pyeloplasty booked.", "N13.5")]
    [InlineData("Angiomyolipoma of 3 cm on the ultrasound, repeat in a year.", "D30.00")]
    // Obstetrics and gynaecology.
    [InlineData("GDMA2 on insulin at 32 weeks, growth scans every month.", "O24.419")]
    [InlineData("Chocolate cyst on the left ovary measuring 5 cm.", "N80.10")]
    // Paediatrics and neonatology.
    [InlineData("Ex-premie born at 28 weeks, now a busy two year old.", "P07.30")]
    [InlineData("T21 with an AV canal repaired in infancy.", "Q90.9")]
    // Geriatrics.
    [InlineData("Sarcopenic after three months in bed, physiotherapy daily.", "M62.84")]
    [InlineData("Dementia with behavioural disturbance in the nursing home.", "F03.91")]
    // Emergency and trauma.
    [InlineData("Fractured neck of femur after a fall at home.", "S72.009A")]
    // Surgery.
    [InlineData("Post-cholecystectomy syndrome with the same pain as before.", "K91.5")]
    [InlineData("Iatrogenic PTX after the subclavian line, chest drain placed.", "J95.811")]
    // Transplant.
    [InlineData("Lung allograft rejection on the transbronchial biopsy.", "T86.810")]
    [InlineData("Transplant CAD on his annual angiogram five years out.", "T86.290")]
    public void Tag_AbbreviationOrVariant_TaggedWithItsCode(string text, string code)
    {
        Tag(text).Entities.Should().Contain(e => e.Type == EntityType.Disease && e.CanonicalId == code);
    }

    [Theory]
    // Abbreviations the pass made ambiguous in a second sense: capitals, clinical context, and the post's other
    // diseases of a chapter decide between the older row's reading and the new one (SecondReadings).
    [InlineData("Rhabdomyolysis with ARF and a creatinine of 6, CKD 3 at baseline.", "N17.9")]
    [InlineData("Severe ARDS from pneumonia, now ARF needing intubation.", "J96.00")]
    [InlineData("ASD and ADHD in an 8 year old, speech therapy started.", "F84.0")]
    [InlineData("Secundum ASD and a VSD repaired when he was a baby.", "Q21.1")]
    [InlineData("SAB from the PICC with endocarditis on the TEE.", "R78.81")]
    [InlineData("Dx of SAB at 9 weeks, her second miscarriage this year.", "O03.9")]
    public void Tag_AmbiguousAbbreviation_ReadInTheSenseItsPostBacks(string text, string code)
    {
        Tag(text).Entities.Should().Contain(e => e.Type == EntityType.Disease && e.CanonicalId == code);
    }

    [Theory]
    // Terms the pass left out or took back, with the sense they would have been read in.
    [InlineData("ESBL E coli grew from the urine culture.", "A49.9")]
    [InlineData("Hep A vaccine and typhoid vaccine before the trip.", "B15.9")]
    [InlineData("She has a prior stroke and takes aspirin.", "I69.30")]
    [InlineData("CMP and CBC were normal this morning.", "I42.9")]
    [InlineData("MRSA bacteremia from the port, TEE negative.", "A41.02")]
    [InlineData("He puts sugar in his coffee every morning.", "E11.9")]
    [InlineData("PE on the CT angiogram, started apixaban.", "N53.12")]
    public void Tag_LeftOutTermOrOtherSense_NotTheAbbreviationCode(string text, string code)
    {
        Tag(text).Entities.Should().NotContain(e => e.Type == EntityType.Disease && e.CanonicalId == code);
    }
}
