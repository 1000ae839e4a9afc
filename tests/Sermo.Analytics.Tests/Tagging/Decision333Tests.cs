using Sermo.Analytics.Tagging;

namespace Sermo.Analytics.Tests.Tagging;

/// <summary>
/// Decision 333: disease errors pooled over the readable sets, a second pass (round 49). Bare "otitis" is the index's
/// otitis media H66.90; "allergic conjunctivitis" is the disease H10.1- unless a drug is blamed for it, when it is the
/// event. Each row has counterparts that keep their other reading. Sentences written for this test.
/// </summary>
public class Decision333Tests
{
    private static IReadOnlyList<TaggedEntity> Entities(string text) => SharedTagger.Tagger.Tag(text).Entities;

    [Theory]
    [InlineData("Otitis on the left with a bulging drum, so high-dose amoxicillin for ten days.", "Otitis")]
    [InlineData("Third visit for the same otitis since October, so ENT for tubes.", "otitis")]
    public void Tag_BareOtitis_IsOtitisMedia(string text, string surface)
    {
        Entities(text).Should().Contain(e => e.Type == EntityType.Disease && e.Surface == surface && e.CanonicalId == "H66.90");
    }

    [Fact]
    public void Tag_OtitisExterna_KeepsItsOwnRow()
    {
        Entities("Otitis externa after a week of lake swimming, ciprofloxacin drops.").Should()
            .Contain(e => e.Type == EntityType.Disease && e.CanonicalId == "H60.90")
            .And.NotContain(e => e.CanonicalId == "H66.90");
    }

    [Theory]
    [InlineData("Allergic conjunctivitis every April in a 30 year old, olopatadine drops twice daily.", "Allergic conjunctivitis")]
    [InlineData("Her allergic conjunctivitis flares with the cat, so ketotifen and a HEPA filter.", "allergic conjunctivitis")]
    public void Tag_AllergicConjunctivitisWithNoDrugBlamed_IsTheDisease(string text, string surface)
    {
        Entities(text).Should().Contain(e => e.Type == EntityType.Disease && e.Surface == surface && e.CanonicalId == "H10.10");
    }

    [Fact]
    public void Tag_AllergicConjunctivitisBlamedOnADrop_IsTheEvent()
    {
        var entities = Entities("Glaucoma on two drops; the brimonidine caused allergic conjunctivitis after a year, so we stopped it.");
        entities.Should().Contain(e => e.Type == EntityType.AdverseEvent && e.CanonicalId == "allergic conjunctivitis")
            .And.NotContain(e => e.Type == EntityType.Disease && e.CanonicalId == "H10.10");
    }

    [Theory]
    [InlineData("A 70M tells me he has a touch of sugar and some pressure; A1c 7.9.", "sugar")]
    [InlineData("Her message reads: \"I have sugar and a weak heart.\" Metformin and Entresto on the list.", "sugar")]
    [InlineData("The daughter asks for something for his sugar, so metformin 500 with dinner.", "sugar")]
    public void Tag_LaySugar_IsDiabetes(string text, string surface)
    {
        Entities(text).Should().Contain(e => e.Type == EntityType.Disease && e.Surface == surface && e.CanonicalId == "E11.9");
    }

    [Theory]
    [InlineData("On prednisone her sugar is 280 after lunch, so sliding scale.")]
    [InlineData("Found down with a sugar of 41 after his glipizide dose.")]
    [InlineData("He has sugar cravings since the olanzapine started.")]
    [InlineData("Dexamethasone spiked the sugar for two days.")]
    public void Tag_SugarAsTheLabValue_StaysUnread(string text)
    {
        Entities(text).Should().NotContain(e => e.Type == EntityType.Disease && e.Surface.Contains("sugar", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("She took celecoxib for knee pain for a year before the replacement.", "knee pain", "M25.569")]
    [InlineData("Tramadol for her hip pain, and the falls started a week later.", "hip pain", "M25.559")]
    [InlineData("A steroid injection for the shoulder pain helped for two months.", "shoulder pain", "M25.519")]
    public void Tag_JointPainAsTheReasonForTreatment_IsTheJointPain(string text, string surface, string code)
    {
        Entities(text).Should().Contain(e => e.Type == EntityType.Disease && e.Surface == surface && e.CanonicalId == code);
    }

    [Theory]
    // A manifestation of a named diagnosis or an update is bare; so is a knee pain no drug or procedure is for.
    [InlineData("Knee OA, on meloxicam, and her knee pain is better since she lost weight.")]
    [InlineData("A 12 year old with a limp and knee pain; the x-ray showed a slipped epiphysis.")]
    public void Tag_JointPainNotTreated_StaysUnread(string text)
    {
        Entities(text).Should().NotContain(e => e.Type == EntityType.Disease && e.CanonicalId == "M25.569");
    }
}

