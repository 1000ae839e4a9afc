using Sermo.Analytics.Tagging;

namespace Sermo.Analytics.Tests.Tagging;

/// <summary>
/// Round 43's rules and rows from reading long-r40 (docs/taggers.md "Round 43", decision 269), each on a sentence of its
/// own written for this test: "DM1" and "DM" in a myotonic dystrophy post, "AMS" in an altitude post, rare metabolic and genetic diseases and
/// environmental injuries by the index, the orphan drugs, gene and enzyme therapies the lexicon lacked, and phrases that
/// hold a term without mentioning it (a stroke-like episode, a tetanus status, a factor level, the IO line, saline rinses).
/// </summary>
public class Decision269Tests
{
    private static TagResult Tag(string text) => SharedTagger.Tagger.Tag(text);

    [Theory]
    [InlineData("Myotonic dystrophy clinic today: his DM1 was missed for years until the cataracts.")]
    [InlineData("Grip myotonia and ptosis in a 40 year old, so we tested and it is DM1.")]
    public void Tag_Dm1InAMyotonicPost_IsTheDystrophy(string text)
    {
        var entities = Tag(text).Entities;

        entities.Should().Contain(e => e.CanonicalId == "G71.11" && e.Surface == "DM1");
        entities.Should().NotContain(e => e.CanonicalId == "E10.9");
    }

    [Fact]
    public void Tag_Dm1InADiabetesPost_StaysTypeOneDiabetes()
    {
        Tag("DM1 since age 9, A1c 8.2 on a pump, now with early retinopathy.").Entities.Should().Contain(e => e.CanonicalId == "E10.9");
    }

    [Fact]
    public void Tag_AmsInAnAltitudePost_IsAcuteMountainSickness()
    {
        Tag("Day three of the trek, headache and nausea at 3,800 m: mild AMS, so a rest day and acetazolamide.").Entities
            .Should().Contain(e => e.CanonicalId == "T70.29XA" && e.Surface == "AMS");
    }

    [Fact]
    public void Tag_AmsInAnEmergencyPost_NoMountainSickness()
    {
        Tag("Elderly woman brought in with AMS and a fever, UA pending.").Entities.Should().NotContain(e => e.CanonicalId == "T70.29XA");
    }

    [Theory]
    [InlineData("Newborn screen came back positive for MCAD deficiency, so no fasting over 8 hours.", "E71.311")]
    [InlineData("Teen with OTC deficiency admitted again with vomiting and a high ammonia.", "E72.4")]
    [InlineData("Our adult PKU patients do best with a dietitian who sees them monthly.", "E70.0")]
    [InlineData("Hunter syndrome in a 5 year old with coarse features and a big liver.", "E76.1")]
    [InlineData("Leigh syndrome with lactate in the CSF and a new ptosis.", "G31.82")]
    [InlineData("Hypokalemic periodic paralysis after a carb-heavy dinner, potassium 1.9.", "G72.3")]
    [InlineData("Metachromatic leukodystrophy found in the younger sibling before symptoms.", "E75.25")]
    [InlineData("Two hikers with trench foot after a week of wet boots.", "T69.029A")]
    [InlineData("A diver with arterial gas embolism after a rapid ascent went straight to the chamber.", "T79.0XXA")]
    [InlineData("Jellyfish sting on the forearm, vinegar and ice in the clinic.", "T63.621A")]
    [InlineData("A fall with a head injury, so we held his apixaban and scanned him.", "S09.90XA")]
    [InlineData("Veteran with constrictive bronchiolitis after deployment, PFTs fixed obstruction.", "J44.81")]
    public void Tag_ConditionByTheIndex_TaggedWithItsCode(string text, string code)
    {
        Tag(text).Entities.Should().Contain(e => e.Type == EntityType.Disease && e.CanonicalId == code);
    }

    [Theory]
    [InlineData("Gave arginine and Ammonul through the central line overnight.", "arginine")]
    [InlineData("He switched from penicillamine to trientine after the proteinuria.", "trientine")]
    [InlineData("Attacks settle faster when hemin goes in on day one.", "hemin")]
    [InlineData("We started Keveyis and the attacks fell to one a month.", "dichlorphenamide")]
    [InlineData("Triheptanoin helped her rhabdo episodes more than MCT oil did.", "triheptanoin")]
    public void Tag_OrphanDrugTheLexiconLacked_IsTheDrug(string text, string generic)
    {
        Tag(text).Entities.Should().Contain(e => e.Type.IsDrug() && e.CanonicalId == generic);
    }

    [Theory]
    [InlineData("Adult Gaucher on ERT since 2010, platelets now normal.", "enzyme-replacement-therapy")]
    [InlineData("Enzyme replacement therapy every other week keeps his spleen smaller.", "enzyme-replacement-therapy")]
    [InlineData("Both siRNAs lower vitamin A, so we supplement.", "sirna")]
    public void Tag_TherapyKind_IsTheClass(string text, string classId)
    {
        Tag(text).Entities.Should().Contain(e => e.Type == EntityType.DrugClass && e.CanonicalId == classId);
    }

    [Theory]
    [InlineData("A stroke-like episode with headache and a field cut in her mitochondrial disease.", "I63.9")]
    [InlineData("Laceration from a fence, tetanus up to date, closed with staples.", "A35")]
    [InlineData("Factor IX activity is 40 percent a year after the infusion.", "coagulation factor ix")]
    [InlineData("TXA went in the IO while the medic held pressure.", "immunotherapy")]
    [InlineData("Saline rinses twice daily and a steroid spray for the sinuses.", "sodium chloride")]
    public void Tag_PhraseHoldingATerm_NotThatMention(string text, string id)
    {
        Tag(text).Entities.Should().NotContain(e => e.CanonicalId == id);
    }

    [Fact]
    public void Tag_BareSalineGiven_IsSodiumChloride()
    {
        Tag("Two liters of saline and he perked up.").Entities.Should().Contain(e => e.Type == EntityType.Generic && e.CanonicalId == "sodium chloride");
    }

    [Fact]
    public void Tag_EctopicCalcification_IsNoEctopicPregnancy()
    {
        Tag("Some ectopic calcification in the cornea after a year on the enzyme.").Entities.Should().NotContain(e => e.CanonicalId == "O00.90");
    }
}
