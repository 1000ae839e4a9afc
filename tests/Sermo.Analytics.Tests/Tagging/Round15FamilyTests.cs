using Sermo.Analytics.Tagging;

namespace Sermo.Analytics.Tests.Tagging;

/// <summary>
/// Round 15's families (docs/taggers.md "Round 15", decision 120): label adverse events physicians name in their own
/// words, class names written "blocker", co-packaged and co-formulated products, conditions by the ICD-10-CM index, and
/// the phrases where a symptom word counts or states something instead of mentioning it; each on a sentence of its own.
/// </summary>
public class Round15FamilyTests
{
    private static TagResult Tag(string text) => SharedTagger.Tagger.Tag(text);

    [Theory]
    [InlineData("Lithium gave her a coarse tremor at a level of 1.1.", "tremor")]
    [InlineData("Some dysuria after each BCG instillation.", "dysuria")]
    [InlineData("Paronychia on three fingers from the EGFR inhibitor.", "paronychia")]
    [InlineData("Montelukast gave him nightmares, so we stopped it.", "nightmares")]
    [InlineData("Vivid dreams on varenicline for the first month.", "abnormal dreams")]
    [InlineData("Oral thrush on the inhaled steroid again.", "oral candidiasis")]
    [InlineData("She needed a blood patch for a post-LP headache.", "post-dural puncture headache")]
    [InlineData("Breakthrough bleeding on the progestin-only pill.", "breakthrough bleeding")]
    [InlineData("Hypogammaglobulinemia on teclistamab, so monthly IVIG.", "hypogammaglobulinemia")]
    [InlineData("Brain zaps when she missed two doses of venlafaxine.", "withdrawal")]
    [InlineData("Fever and aches on day 3, the acute phase reaction to zoledronic acid.", "acute phase reaction")]
    public void Tag_Round15AdverseEvent_TaggedWithItsTerm(string text, string id)
    {
        Tag(text).Entities.Should().Contain(e => e.Type == EntityType.AdverseEvent && e.CanonicalId == id);
    }

    [Theory]
    [InlineData("Started Vyvgart Hytrulo last month.", "efgartigimod alfa/hyaluronidase")]
    [InlineData("Switched to Voquezna Dual Pak after the clarithromycin failure.", "vonoprazan/amoxicillin")]
    [InlineData("Talicia for the third attempt.", "omeprazole/amoxicillin/rifabutin")]
    [InlineData("Suflave was the easiest prep she has had.", "polyethylene glycol 3350/sodium sulfate/potassium chloride/magnesium sulfate/sodium chloride")]
    [InlineData("Repleted with K-Phos Neutral twice daily.", "potassium phosphate/sodium phosphate")]
    [InlineData("Moved her to Lumryz once nightly.", "sodium oxybate")]
    [InlineData("Kept the tacro trough around 6.", "tacrolimus")]
    [InlineData("Dry mouth from Lu-PSMA bothers him most.", "lutetium lu 177 vipivotide tetraxetan")]
    [InlineData("Starting penicillin VK prophylaxis twice daily.", "penicillin v potassium")]
    [InlineData("Took dextromethorphan on top of the sertraline.", "dextromethorphan")]
    [InlineData("Sacituzumab for the triple negative relapse.", "sacituzumab govitecan")]
    [InlineData("Certolizumab is the one to use in pregnancy.", "certolizumab pegol")]
    public void Tag_Round15DrugFamily_TaggedWithItsGeneric(string text, string generic)
    {
        Tag(text).Entities.Should().Contain(e => e.Type.IsDrug() && e.CanonicalId == generic);
    }

    [Theory]
    [InlineData("Watching her neutrophils on the IL-6 blocker.", "il6-inhibitor")]
    [InlineData("IL-23 blockers have been kind to her skin.", "il23-inhibitor")]
    [InlineData("We discussed nicotine replacement therapy today.", "nicotine-replacement-therapy")]
    public void Tag_Round15ClassSpelling_TaggedWithItsClass(string text, string id)
    {
        Tag(text).Entities.Should().Contain(e => e.Type == EntityType.DrugClass && e.CanonicalId == id);
    }

    [Theory]
    [InlineData("CRSwNP with two prior surgeries, now on dupilumab.", "J33.9")]
    [InlineData("No red flags, no cauda equina signs.", "G83.4")]
    // Bare "cataplexy" is narcolepsy type 1's manifestation since decision 204 (round 30's findings rule); the named disease stays.
    [InlineData("Narcolepsy with cataplexy, and modafinil helped only a little.", "G47.411")]
    [InlineData("Vaping lung injury in a 17M with ground glass.", "U07.0")]
    [InlineData("We checked hep D, negative.", "B17.0")]
    [InlineData("NIHSS 14 with a left MCA occlusion.", "I66.02")]
    public void Tag_Round15ConditionFamily_TaggedWithItsCode(string text, string code)
    {
        Tag(text).Entities.Should().Contain(e => e.Type == EntityType.Disease && e.CanonicalId == code);
    }

    [Theory]
    [InlineData("Seizure free for five months on lacosamide.", "seizure")]
    [InlineData("Tired of allergy shots, so we started SLIT.", "fatigue")]
    [InlineData("He took cough syrup on top of the tramadol.", "cough")]
    [InlineData("A stroke score of 5 and a bleeding score of 4.", "bleeding")]
    public void Tag_SymptomWordThatCountsOrStates_NoAdverseEvent(string text, string id)
    {
        Tag(text).Entities.Should().NotContain(e => e.CanonicalId == id);
    }
}
