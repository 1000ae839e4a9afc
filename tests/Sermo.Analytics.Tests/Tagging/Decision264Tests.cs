using Sermo.Analytics.Tagging;

namespace Sermo.Analytics.Tests.Tagging;

/// <summary>
/// Round 42's rules and rows from reading long-r39 (docs/taggers.md "Round 42", decision 264), each on a sentence of its
/// own written for this test: "chemo" before the condition it caused, "pain crisis" outside sickle cell and bare
/// "infarct" in a stroke post, bare "calcium" taken as a pill, MCA strokes and botulism by the index, NRT and nitazenes
/// as classes, and "bowel regimen" as no drug.
/// </summary>
public class Decision264Tests
{
    private static TagResult Tag(string text) => SharedTagger.Tagger.Tag(text);

    [Theory]
    [InlineData("Her chemo neuropathy is worse in the feet since the last cycle.", "G62.0")]
    [InlineData("Chemo nausea on day two despite the patch, so we added olanzapine.", "nausea")]
    public void Tag_ChemoBeforeItsCondition_ClassAndCondition(string text, string conditionId)
    {
        var entities = Tag(text).Entities;

        entities.Should().Contain(e => e.Type == EntityType.DrugClass && e.CanonicalId == "chemotherapy" && e.Surface.Equals("chemo", StringComparison.OrdinalIgnoreCase));
        entities.Should().Contain(e => e.CanonicalId == conditionId && !e.Surface.StartsWith("chemo", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("Pain crisis overnight in a man with prostate cancer in the spine; we doubled his hydromorphone.")]
    [InlineData("Post-op day one after the knee replacement and a real pain crisis at 3 am.")]
    public void Tag_PainCrisisOutsideSickleCell_NoSickleCrisis(string text)
    {
        Tag(text).Entities.Should().NotContain(e => e.CanonicalId == "D57.00");
    }

    [Theory]
    [InlineData("Sickle cell disease, 22M, fourth pain crisis this year, started on crizanlizumab.")]
    [InlineData("HbSS with a pain crisis, so IV fluids and a PCA.")]
    public void Tag_PainCrisisInASicklePost_SickleCrisis(string text)
    {
        Tag(text).Entities.Should().Contain(e => e.CanonicalId == "D57.00");
    }

    [Fact]
    public void Tag_BareInfarctInAStrokePost_NoMyocardialInfarction()
    {
        Tag("Acute ischemic stroke last week, the infarct is small on MRI and he is walking.").Entities
            .Should().NotContain(e => e.CanonicalId == "I21.9");
    }

    [Fact]
    public void Tag_BareInfarctAfterAValveFinding_StaysMyocardialInfarction()
    {
        Tag("New mitral regurgitation after the infarct, echo tomorrow.").Entities.Should().Contain(e => e.CanonicalId == "I21.9");
    }

    [Theory]
    [InlineData("Large left MCA infarct with aphasia, family meeting tomorrow.", "I63.512")]
    [InlineData("Right MCA stroke two months ago, neglect improving in rehab.", "I63.511")]
    [InlineData("Wound botulism in a man who injects, antitoxin given.", "A48.52")]
    [InlineData("Infant botulism suspected in a constipated 3 month old who feeds poorly.", "A48.51")]
    [InlineData("Pancreatic cancer with exocrine insufficiency, so enzymes with every meal.", "K86.81")]
    public void Tag_ConditionByTheIndex_TaggedWithItsCode(string text, string code)
    {
        Tag(text).Entities.Should().Contain(e => e.Type == EntityType.Disease && e.CanonicalId == code);
    }

    [Fact]
    public void Tag_Nrt_IsTheReplacementClass()
    {
        var entities = Tag("He wants to quit smoking, so NRT plus varenicline.").Entities;

        entities.Should().Contain(e => e.Type == EntityType.DrugClass && e.CanonicalId == "nicotine-replacement-therapy");
        entities.Should().NotContain(e => e.Type == EntityType.Generic && e.CanonicalId == "nicotine");
    }

    [Fact]
    public void Tag_Nitazenes_IsTheClass()
    {
        Tag("Test strips at the exchange picked up nitazenes twice this month.").Entities
            .Should().Contain(e => e.Type == EntityType.DrugClass && e.CanonicalId == "nitazene");
    }

    [Fact]
    public void Tag_Zyn_IsANicotineBrand()
    {
        Tag("Using Zyn pouches all day at work.").Entities.Should().Contain(e => e.Type == EntityType.Brand && e.CanonicalId == "nicotine");
    }

    [Fact]
    public void Tag_BowelRegimen_NoLaxativeClass()
    {
        Tag("Bowel regimen started with the opioid, as always.").Entities.Should().NotContain(e => e.CanonicalId == "laxative");
    }

    [Theory]
    [InlineData("Stopped the statin, alendronate and the calcium once she went to comfort care.")]
    [InlineData("She takes her calcium supplement at breakfast, so the levothyroxine moved to bedtime.")]
    [InlineData("Calcium and vitamin D daily after the wrist fracture.")]
    [InlineData("Still on lisinopril, calcium and a multivitamin.")]
    public void Tag_BareCalciumTakenAsAPill_CalciumCarbonate(string text)
    {
        Tag(text).Entities.Should().Contain(e => e.Type == EntityType.Generic && e.CanonicalId == "calcium carbonate" && e.Surface.Equals("calcium", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("Calcium 11.2 with a high PTH, so surgery was offered.")]
    [InlineData("We will recheck the calcium and the PTH next week.")]
    [InlineData("Peaked T waves, so calcium and insulin with dextrose right away.")]
    [InlineData("Zoledronic acid will lower the calcium within days.")]
    [InlineData("She refused surgery, so cinacalcet for the calcium and alendronate for the bone.")]
    [InlineData("No drug yet: dietary calcium, vitamin D and walking.")]
    public void Tag_BareCalciumAsALabOrGivenIv_NoCalciumCarbonate(string text)
    {
        Tag(text).Entities.Should().NotContain(e => e.CanonicalId == "calcium carbonate");
    }

    [Theory]
    [InlineData("SIADH with a sodium of 121, so urea powder twice a day.")]
    [InlineData("Hand-foot syndrome on capecitabine, urea cream helps the cracking.")]
    public void Tag_Urea_TaggedAsTheGeneric(string text)
    {
        Tag(text).Entities.Should().Contain(e => e.Type == EntityType.Generic && e.CanonicalId == "urea");
    }

    [Fact]
    public void Tag_UreaBreathTest_NoDrug()
    {
        Tag("Urea breath test negative after the quadruple therapy.").Entities.Should().NotContain(e => e.CanonicalId == "urea");
    }
}
