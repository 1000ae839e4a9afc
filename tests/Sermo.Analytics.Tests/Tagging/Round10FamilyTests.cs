using Sermo.Analytics.Tagging;

namespace Sermo.Analytics.Tests.Tagging;

/// <summary>
/// Round 10's abbreviation second readings, the exact spelling "PrEP" and the lexicon families (docs/taggers.md
/// "Round 10", decision 074): each on a post where it must fire and one where it must not.
/// </summary>
public class Round10FamilyTests
{
    private static TagResult Tag(string text) => SharedTagger.Tagger.Tag(text);

    private static bool HasDisease(TagResult result, string surface, string code) =>
        result.Entities.Any(e => e.Type == EntityType.Disease && e.Surface == surface && e.CanonicalId == code);

    [Theory]
    [InlineData("29M with uveitis and sacroiliitis, HLA-B27 positive. AS is likely; starting secukinumab.", "AS", "M45.9")]
    [InlineData("Severe AS, 84F, syncope on exertion, with atrial fibrillation. TAVR next month.", "AS", "I35.0")]
    [InlineData("16M with moderate AD and prurigo nodularis, itching every night. Dupixent approved.", "AD", "L20.9")]
    [InlineData("71M with MCI due to AD and Parkinson's disease in his brother. Amyloid PET positive.", "AD", "G30.9")]
    [InlineData("Severe MS with atrial fibrillation and pulmonary hypertension, valve area 0.9, on warfarin.", "MS", "I05.0")]
    [InlineData("Relapsing MS with optic neuritis last year, on Ocrevus.", "MS", "G35")]
    [InlineData("AI question, I mean adrenal: Addison's plus hypothyroidism, on hydrocortisone.", "AI", "E27.1")]
    public void Tag_AbbreviationWithTwoReadings_ReadingOfThePostsSpecialty(string post, string surface, string code)
    {
        HasDisease(Tag(post), surface, code).Should().BeTrue();
    }

    [Fact]
    public void Tag_AromataseInhibitorInBreastCancerPost_StaysTheClass()
    {
        var result = Tag("ER+ breast cancer, on letrozole with arthralgias so bad from the AI that she stopped.");

        result.Entities.Should().Contain(e => e.Surface == "AI" && e.Type == EntityType.DrugClass && e.CanonicalId == "aromatase-inhibitor");
    }

    [Fact]
    public void Tag_AbbreviationBesideBackgroundCondition_KeepsFirstReading()
    {
        var result = Tag("Relapsing MS, 34F, on Ocrevus. Also has hypertension on lisinopril.");

        result.Entities.Should().NotContain(e => e.Surface == "MS" && e.CanonicalId == "I05.0");
    }

    [Fact]
    public void Tag_AbbreviationInPostWithoutSpecialty_NotTagged()
    {
        Tag("AS I said at the meeting, we need more staff.").Entities.Should().NotContain(e => e.Surface == "AS");
    }

    [Theory]
    [InlineData("He is on PrEP with Descovy, so HIV negative.", true)]
    [InlineData("Started PrEP last month.", true)]
    [InlineData("Patient on Ozempic had a terrible prep, Boston score 3.", false)]
    [InlineData("Prep was great the second time.", false)]
    [InlineData("Bowel preps fail on opioids.", false)]
    public void Tag_Prep_OnlyTheSpellingPrEPIsTheProphylaxis(string text, bool tagged)
    {
        Tag(text).Entities.Any(e => e.CanonicalId == "prep").Should().Be(tagged);
    }

    [Theory]
    [InlineData("Sevoflurane induction, then Ryanodex when the CO2 climbed.", "dantrolene")]
    [InlineData("Gave D50 and started a D10 drip.", "dextrose")]
    [InlineData("Sutab worked better than the gallon prep.", "sodium sulfate/magnesium sulfate/potassium chloride")]
    [InlineData("Trimix injections after the alprostadil failed.", "papaverine/phentolamine/alprostadil")]
    [InlineData("Pred Forte four times a day for the iritis.", "prednisolone")]
    [InlineData("Lorundrostat looks promising for resistant hypertension.", "lorundrostat")]
    [InlineData("Switched him to ropeginterferon for the PV.", "ropeginterferon alfa-2b")]
    [InlineData("Back on dig for rate control.", "digoxin")]
    public void Tag_Round10DrugFamily_TaggedWithItsGeneric(string text, string generic)
    {
        Tag(text).Entities.Should().Contain(e => e.Type.IsDrug() && e.CanonicalId == generic);
    }

    [Theory]
    [InlineData("Endocrine therapy adherence is poor after year two.", "endocrine-therapy")]
    [InlineData("Any antiresorptive before the dental work?", "antiresorptive")]
    [InlineData("TYK2 inhibitor for her psoriasis since the JAK scare.", "tyk2-inhibitor")]
    [InlineData("She wants the weight drugs but the plan says no.", "anti-obesity")]
    public void Tag_Round10ClassFamily_TaggedWithItsClass(string text, string id)
    {
        Tag(text).Entities.Should().Contain(e => e.Type == EntityType.DrugClass && e.CanonicalId == id);
    }

    [Theory]
    [InlineData("Carpal tunnel release next month.", "G56.00")]
    [InlineData("Dental abscess, started amoxicillin.", "K04.7")]
    [InlineData("Hip fracture in an 88F on apixaban.", "S72.009A")]
    [InlineData("Myopia progression in a 9 year old.", "H52.1")]
    [InlineData("Colon ca, stage III, on FOLFOX.", "C18.9")]
    [InlineData("IDM with sugars in the 30s.", "P70.1")]
    [InlineData("HPV+ oropharyngeal SCC treated with chemoradiation.", "C10.9")]
    [InlineData("Tennis elbow for six months, PRP or not?", "M77.10")]
    [InlineData("Knee OA, BMI 38, wants a gel shot.", "M17.9")]
    [InlineData("IUGR at 32 weeks with oligohydramnios.", "O36.5930")]
    [InlineData("Pseudotumor cerebri on acetazolamide.", "G93.2")]
    [InlineData("Hand foot and mouth disease going through the daycare.", "B08.4")]
    [InlineData("Vesicoureteral reflux grade 3 on prophylaxis.", "N13.70")]
    public void Tag_Round10ConditionFamily_TaggedWithItsCode(string text, string code)
    {
        Tag(text).Entities.Should().Contain(e => e.Type == EntityType.Disease && e.CanonicalId == code);
    }

    [Theory]
    [InlineData("Breast tenderness on spironolactone, switched to eplerenone.", "breast tenderness")]
    [InlineData("Retrograde ejaculation on tamsulosin bothers him.", "retrograde ejaculation")]
    [InlineData("Flu-like reaction after the first zoledronic acid infusion.", "flu-like symptoms")]
    [InlineData("Sexual side effects on sertraline.", "sexual dysfunction")]
    public void Tag_Round10AdverseEventFamily_TaggedWithItsRow(string text, string id)
    {
        Tag(text).Entities.Should().Contain(e => e.Type == EntityType.AdverseEvent && e.CanonicalId == id);
    }

    [Theory]
    [InlineData("Bakri balloon placed, bleeding slowed.", "bakri-balloon")]
    [InlineData("MiSight lenses for the myopia.", "misight")]
    [InlineData("Second set of PE tubes at age 3.", "tympanostomy-tube")]
    [InlineData("Mechanical mitral valve on warfarin.", "mechanical-heart-valve")]
    public void Tag_Round10DeviceFamily_TaggedWithItsDevice(string text, string id)
    {
        Tag(text).Entities.Should().Contain(e => e.Type == EntityType.Device && e.CanonicalId == id);
    }

    [Theory]
    [InlineData("Let me dig into the data before the meeting.")]
    [InlineData("We need to dig deeper on this one.")]
    public void Tag_DigAsAVerb_NoDrug(string text)
    {
        Tag(text).Entities.Should().NotContain(e => e.Type.IsDrug());
    }

    [Fact]
    public void Tag_PeTubes_NoPulmonaryEmbolism()
    {
        Tag("Second set of PE tubes at age 3, doing well.").Entities.Should().NotContain(e => e.Type == EntityType.Disease);
    }
}
