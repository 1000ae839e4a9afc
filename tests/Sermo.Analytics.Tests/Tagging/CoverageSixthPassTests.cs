using Sermo.Analytics.Tagging;

namespace Sermo.Analytics.Tests.Tagging;

/// <summary>
/// The sixth coverage pass (decision 318, docs/taggers.md "Round 48 (issue #13): a sixth coverage pass"): the
/// conditions and drugs the `tag` verb missed on lists of what physicians write in ten specialties no earlier pass
/// listed (bench/lexicons/specialty_probe_r48_*.txt), added from bench/lexicons/disease_coverage_r48.txt and
/// drug_coverage_specialty_r48.txt. Every sentence is written here and names a form the pass added.
/// </summary>
public class CoverageSixthPassTests
{
    private static TagResult Tag(string text) => SharedTagger.Tagger.Tag(text);

    [Theory]
    // Rheumatology and nephrology.
    [InlineData("Relapsing polychondritis with floppy ears and now hoarseness, so we scoped the airway.", "M94.1")]
    [InlineData("Tubulointerstitial nephritis on the biopsy, creatinine came down slowly.", "N12")]
    [InlineData("Cardiorenal syndrome again: every time we diurese her the creatinine climbs.", "I13.10")]
    [InlineData("Peritonitis on PD with a cloudy bag, intraperitoneal antibiotics started.", "T85.71XA")]
    // Infectious disease and hospital medicine.
    [InlineData("Cat scratch disease with a large axillary node in a nine year old who has a new kitten.", "A28.1")]
    [InlineData("Streptococcal sepsis after a small scrape on the shin, in the unit for a day.", "A40.9")]
    [InlineData("Alcoholic pancreatitis, third admission this year, still drinking.", "K85.20")]
    [InlineData("Gram-negative sepsis from the biliary source, the cultures grew Klebsiella.", "A41.50")]
    // Hematology and medical oncology.
    [InlineData("Acute myelogenous leukemia relapsed a year after the transplant.", "C92.00")]
    [InlineData("Marginal zone lymphoma of the spleen, we are watching it.", "C88.4")]
    // Obstetrics and gynecology.
    [InlineData("Metrorrhagia for six months in a 44 year old, the biopsy was benign.", "N92.1")]
    [InlineData("Vaginal vault prolapse years after her hysterectomy, she wants surgery.", "N99.3")]
    [InlineData("Puerperal sepsis on day four, the source was the uterus.", "O85")]
    // Urology.
    [InlineData("Paraphimosis in the nursing home after a catheter change, reduced at the bedside.", "N47.2")]
    [InlineData("Vesicovaginal fistula after an obstructed labour abroad, repaired last spring.", "N82.0")]
    [InlineData("Bladder neck contracture after the prostatectomy, dilated in clinic.", "N32.0")]
    [InlineData("Transitional cell carcinoma on the cystoscopy biopsy, muscle not involved.", "C67.9")]
    [InlineData("Reflux nephropathy with scarred kidneys from childhood infections.", "N13.70")]
    // Ophthalmology and otolaryngology.
    [InlineData("Eye stroke in a man with untreated atrial fibrillation, the right eye went dark.", "H34.10")]
    [InlineData("Refractive error only, new glasses fixed the headaches.", "H52.7")]
    [InlineData("Pansinusitis on the CT, sent to ENT for a look.", "J32.4")]
    [InlineData("Thyroglossal duct cyst that moves when she sticks out her tongue.", "Q89.2")]
    // Allergy and immunology.
    [InlineData("Lidocaine allergy on her chart that was probably a faint at the dentist.", "Z88.4")]
    [InlineData("Antibody deficiency on the vaccine challenge, we are starting replacement.", "D80.9")]
    [InlineData("Flexural eczema in the elbow creases since infancy.", "L20.82")]
    public void Tag_SixthPassConcept_TaggedWithItsCode(string text, string code)
    {
        Tag(text).Entities.Should().Contain(e => e.Type == EntityType.Disease && e.CanonicalId == code);
    }

    [Theory]
    [InlineData("Eloxatin with the 5-FU every two weeks until the neuropathy.", "oxaliplatin")]
    [InlineData("Camptosar in the second line after the progression.", "irinotecan")]
    [InlineData("Provenge was offered but he preferred to start enzalutamide.", "sipuleucel-t")]
    [InlineData("Hytrin at night for the prostate and he got dizzy standing up.", "terazosin")]
    [InlineData("Serc three times a day for the vertigo, no real change.", "betahistine")]
    [InlineData("Enulose titrated to three soft stools a day.", "lactulose")]
    [InlineData("C1-INH concentrate before the dental extraction as prophylaxis.", "c1 esterase inhibitor")]
    public void Tag_SixthPassDrug_TaggedWithItsGeneric(string text, string generic)
    {
        Tag(text).Entities.Should().Contain(e =>
            (e.Type == EntityType.Brand || e.Type == EntityType.Generic) && e.CanonicalId == generic);
    }

    [Theory]
    // The longer name wins: the eye stroke is not a brain infarct, a contracture of the bladder neck is not a joint's.
    [InlineData("Eye stroke in a man with untreated atrial fibrillation.", "I63.9")]
    [InlineData("Bladder neck contracture after the prostatectomy.", "M24.50")]
    [InlineData("Transitional cell carcinoma on the biopsy.", "C80.1")]
    // Left out on purpose: the heart's outflow tract is not a dialysis access.
    [InlineData("Outflow stenosis of the left ventricle on the echo.", "T82.858A")]
    public void Tag_FormTheListLeavesOut_NotTheCoverageDisease(string text, string code)
    {
        Tag(text).Entities.Should().NotContain(e => e.Type == EntityType.Disease && e.CanonicalId == code);
    }

    [Fact]
    public void Tag_C1InhibitorShorthand_NotReadAsIsoniazid()
    {
        Tag("C1-INH concentrate before the dental extraction.").Entities
            .Should().NotContain(e => e.CanonicalId == "isoniazid");
    }
}
