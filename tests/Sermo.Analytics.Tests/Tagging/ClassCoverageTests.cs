using Sermo.Analytics.Tagging;

namespace Sermo.Analytics.Tests.Tagging;

/// <summary>
/// The class coverage pass by therapeutic area (decision 229, docs/taggers.md "Drug classes by therapeutic area (round
/// 36, decision 229)"): classes as physicians name them, listed from clinical knowledge in
/// bench/lexicons/class_coverage_r36.txt rather than read from a gold set. Each sentence is written here and names a
/// class name or synonym the pass added; the id is the one the guide's conventions give.
/// </summary>
public class ClassCoverageTests
{
    private static TagResult Tag(string text) => SharedTagger.Tagger.Tag(text);

    [Theory]
    // Cardiology and anticoagulation.
    [InlineData("Cath lab gave a GP IIb/IIIa inhibitor for the thrombus burden.", "gp-iib-iiia-inhibitor")]
    [InlineData("HIT confirmed, so she goes on a direct thrombin inhibitor until the platelets recover.", "direct-thrombin-inhibitor")]
    [InlineData("Hypertensive emergency, we started a vasodilator drip in the unit.", "vasodilator")]
    [InlineData("LDL still 110 on max lipid-lowering therapy, time for the PCSK9 conversation.", "lipid-lowering-therapy")]
    // Diabetes and endocrine.
    [InlineData("Adrenal insufficiency needs a mineralocorticoid as well as hydrocortisone.", "mineralocorticoid")]
    [InlineData("PTH 600 on dialysis, nephrology added an active vitamin D.", "vitamin-d-analog")]
    // Infection.
    [InlineData("CRE in the urine, only polymyxins and ceftazidime-avibactam were left.", "polymyxin")]
    [InlineData("Latent TB converted to active, restarted anti-TB therapy with liver checks.", "antitubercular")]
    // Oncology and haematology.
    [InlineData("Bleeding after the dental extraction settled with an antifibrinolytic mouthwash.", "antifibrinolytic")]
    [InlineData("Neuroendocrine tumor progressing, tumor board suggested radioligand therapy.", "radiopharmaceutical")]
    // Psychiatry, neurology, pain.
    [InlineData("He refuses anxiolytics because his brother got hooked on them.", "anxiolytic")]
    [InlineData("Triptans are out after his stent, so a ditan is the acute option.", "ditan")]
    [InlineData("Knee arthritis with a GI bleed history, a COX-2 inhibitor plus a PPI at most.", "cox-2-inhibitor")]
    // Pulmonary and GI.
    [InlineData("Homozygous F508del, started on a CFTR modulator at age six.", "cftr-modulator")]
    [InlineData("Gastroparesis not responding to diet, a prokinetic before meals.", "prokinetic")]
    [InlineData("Microscopic colitis, antidiarrheals took the edge off until budesonide started.", "antidiarrheal")]
    // Rheumatology and immunology.
    [InlineData("Tophaceous gout needs urate-lowering therapy to a target under 6.", "urate-lowering-therapy")]
    [InlineData("Crohn's with MS risk concerns, so the gut-selective integrin blocker was chosen.", "integrin-inhibitor")]
    // Obstetrics and neonatology.
    [InlineData("Contracting at 31 weeks, tocolytics for 48 hours and antenatal steroids.", "tocolytic")]
    [InlineData("Atony after delivery, second-line uterotonics came out of the hemorrhage cart.", "uterotonic")]
    [InlineData("Contracting at 31 weeks, tocolytics for 48 hours and antenatal steroids.", "corticosteroid")]
    [InlineData("Born at 27 weeks, intubated and given exogenous surfactant in the delivery room.", "surfactant")]
    public void Tag_CoverageClass_TaggedWithItsId(string text, string classId)
    {
        Tag(text).Entities.Should().Contain(e => e.Type == EntityType.DrugClass && e.CanonicalId == classId);
    }

    [Theory]
    // Shorthand and wordings left out because another sense is the commoner one in a physician's post.
    [InlineData("The PERT team was paged for the saddle embolus.", "pancreatic-enzyme")]
    [InlineData("Lead level 70, chelation started with oral succimer.", "chelator")]
    [InlineData("Sevoflurane is a good bronchodilator during the case.", "bronchodilator")]
    public void Tag_LeftOutTerm_NotTaggedAsTheClass(string text, string classId)
    {
        Tag(text).Entities.Should().NotContain(e => e.CanonicalId == classId);
    }

    [Theory]
    // The older class keeps the span when a longer wording would have taken it (decision 229's error lines).
    [InlineData("Myasthenia on prednisone, looking for a steroid-sparing agent next.", "corticosteroid")]
    [InlineData("Portal hypertension with varices, a nonselective beta blocker is the plan.", "beta-blocker")]
    public void Tag_LongerWordingLeftOut_OlderClassKeepsTheSpan(string text, string classId)
    {
        Tag(text).Entities.Should().Contain(e => e.Type == EntityType.DrugClass && e.CanonicalId == classId);
    }
}
