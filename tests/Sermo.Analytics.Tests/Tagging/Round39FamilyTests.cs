using Sermo.Analytics.Tagging;

namespace Sermo.Analytics.Tests.Tagging;

/// <summary>
/// Round 39's families (docs/taggers.md "Round 39", decision 242), each on a sentence of its own written for this test:
/// a combination brand kept apart from its generic, bare caffeine, the drug-eluting stent by its abbreviation, a
/// thrombosis named by its artery or device, drug-property adjectives and class warnings as events, one event by its
/// other names, and a newborn's condition read by the post's subject.
/// </summary>
public class Round39FamilyTests
{
    private static TagResult Tag(string text) => SharedTagger.Tagger.Tag(text);

    [Theory]
    [InlineData("Dentist wrote Tylenol #3 for the extraction and she was sedated all weekend.")]
    [InlineData("He still asks for Tylenol with Codeine after every procedure.")]
    public void Tag_CodeineCombinationBrand_TaggedAsTheBrand(string text)
    {
        Tag(text).Entities.Should().Contain(e => e.Type == EntityType.Brand && e.CanonicalId == "acetaminophen/codeine");
    }

    [Fact]
    public void Tag_BareCaffeine_TaggedAsTheGeneric()
    {
        Tag("The 29 weeker is on caffeine for apnea and we stop it near discharge.").Entities
            .Should().Contain(e => e.Type == EntityType.Generic && e.CanonicalId == "caffeine");
    }

    [Theory]
    [InlineData("Placed a DES in the proximal LAD and started ticagrelor.", "drug-eluting-stent")]
    public void Tag_DeviceAbbreviationInCapitals_TaggedWithItsKind(string text, string id)
    {
        Tag(text).Entities.Should().Contain(e => e.Type == EntityType.Device && e.CanonicalId == id);
    }

    [Theory]
    // A thrombosis named by its artery or by the device it forms on is its index code, not the bare event.
    [InlineData("Arterial thrombosis in the right leg despite full anticoagulation.", "I74.9")]
    [InlineData("Mechanical valve thrombosis on echo after she stopped her anticoagulant.", "T82.867A")]
    [InlineData("LVAD with suspected pump thrombosis and rising LDH.", "T82.867A")]
    public void Tag_ThrombosisBySiteOrDevice_TaggedWithTheIndexCode(string text, string code)
    {
        Tag(text).Entities.Should().Contain(e => e.Type == EntityType.Disease && e.CanonicalId == code);
    }

    [Theory]
    // A drug-property adjective names the toxicity; a class warning names its events by their family.
    [InlineData("Colistin is nephrotoxic, so we dose by weight and check creatinine daily.", "nephrotoxicity")]
    [InlineData("Valproate is hepatotoxic in young children on several seizure drugs.", "hepatotoxicity")]
    [InlineData("Varenicline carried a boxed warning for neuropsychiatric events for years.", "neuropsychiatric events")]
    [InlineData("Heparin drip overnight and then a retroperitoneal bleed with flank pain.", "retroperitoneal hemorrhage")]
    public void Tag_EventFamilyWord_TaggedAsTheEvent(string text, string id)
    {
        Tag(text).Entities.Should().Contain(e => e.Type == EntityType.AdverseEvent && e.CanonicalId == id);
    }

    [Theory]
    // One event by its other names: the scorer agrees on each.
    [InlineData("ischemic optic neuropathy", "naion")]
    [InlineData("gingival bleeding", "bleeding gums")]
    [InlineData("growth retardation", "growth suppression")]
    [InlineData("fetotoxicity", "teratogenicity")]
    [InlineData("neuropsychiatric symptoms", "neuropsychiatric events")]
    public void Agree_OtherNameOfOneEvent_True(string goldId, string canonicalId)
    {
        SharedTagger.IdAliases.Agree("adverse-event", goldId, canonicalId).Should().BeTrue();
    }

    [Theory]
    // A bare condition in a post about a newborn is the newborn's row of the perinatal chapter.
    [InlineData("Day 4 in the NICU and the hyperbilirubinemia is back under the phototherapy line.", "P59.9")]
    [InlineData("Preemie on day 2 with hyperbilirubinemia under double lights, bili rechecked at noon.", "P59.9")]
    [InlineData("A 9-day-old with fever and poor feeding; we treat it as sepsis until cultures come back.", "P36.9")]
    public void Tag_BareConditionInANewbornPost_TheNewbornCode(string text, string code)
    {
        Tag(text).Entities.Should().Contain(e => e.Type == EntityType.Disease && e.CanonicalId == code);
    }

    [Theory]
    // An adult's or a child's post keeps the plain reading.
    [InlineData("Gilbert syndrome explains his mild unconjugated hyperbilirubinemia after fasting.", "P59.9")]
    [InlineData("Urinary source, lactate 4, and we called it sepsis in the ED.", "P36.9")]
    public void Tag_BareConditionWithoutANewborn_NotTheNewbornCode(string text, string code)
    {
        Tag(text).Entities.Should().NotContain(e => e.CanonicalId == code);
    }
}
