using Sermo.Analytics.Tagging;

namespace Sermo.Analytics.Tests.Tagging;

/// <summary>
/// Round 23's families (docs/taggers.md "Round 23", decision 160), each on a sentence of its own and with surfaces
/// long-r22 does not use: generics clipped as physicians write them, supplements and combination brands named as on a
/// med list, classes in physicians' words, and problem-list shorthand the ICD-10-CM index codes (paroxysmal AF, recurrent
/// MDD, old MI after "h/o", primary aldosteronism).
/// </summary>
public class Round23FamilyTests
{
    private static TagResult Tag(string text) => SharedTagger.Tagger.Tag(text);

    [Theory]
    [InlineData("Erythro for gastroparesis worked for about two weeks.", "erythromycin")]
    [InlineData("Moxi covers the anaerobes, so no need to add anything.", "moxifloxacin")]
    public void Tag_ClippedGeneric_TaggedAsTheGeneric(string text, string generic)
    {
        Tag(text).Entities.Should().Contain(e => e.Type == EntityType.Generic && e.CanonicalId == generic);
    }

    [Theory]
    [InlineData("She takes vit C and zinc every winter.", "ascorbic acid")]
    [InlineData("MVI and folate daily after the bypass.", "multivitamin")]
    [InlineData("Vitamin B6 for the nausea, then doxylamine.", "pyridoxine")]
    public void Tag_SupplementByItsPlainName_TaggedAsItsGeneric(string text, string generic)
    {
        Tag(text).Entities.Should().Contain(e => e.Type == EntityType.Generic && e.CanonicalId == generic);
    }

    [Theory]
    [InlineData("Advil PM every night for a year, then falls.", "ibuprofen/diphenhydramine")]
    [InlineData("Aleve PM from the drugstore on top of his meloxicam.", "naproxen/diphenhydramine")]
    public void Tag_CombinationOrOtcBrand_TaggedAsTheBrandOfItsGenerics(string text, string generic)
    {
        Tag(text).Entities.Should().Contain(e => e.Type == EntityType.Brand && e.CanonicalId == generic);
    }

    [Fact]
    public void Tag_MotrinPm_NotPlainIbuprofen()
    {
        var entities = Tag("Motrin PM at bedtime for years.").Entities;

        entities.Should().Contain(e => e.CanonicalId == "ibuprofen/diphenhydramine");
        entities.Should().NotContain(e => e.CanonicalId == "ibuprofen");
    }

    [Theory]
    [InlineData("Non-steroidal MRA added for the albuminuria.", "mra")]
    [InlineData("Both BP pills at night helped his morning numbers.", "antihypertensive")]
    [InlineData("An AV nodal blocking agent is dangerous with WPW.", "av-nodal-blocker")]
    [InlineData("Strong CYP3A inhibitors raise ticagrelor levels.", "cyp3a4-inhibitor")]
    public void Tag_ClassInPhysiciansWords_TaggedAsTheClass(string text, string classId)
    {
        Tag(text).Entities.Should().Contain(e => e.Type == EntityType.DrugClass && e.CanonicalId == classId);
    }

    [Fact]
    public void Tag_PillOrganizer_NotTheContraceptive()
    {
        Tag("Her daughter fills the pill organizer on Sundays.").Entities.Should().NotContain(e => e.CanonicalId == "hormonal-contraceptive");
    }

    [Theory]
    [InlineData("Paroxysmal a-fib on flecainide, no recurrence.", "I48.0")]
    [InlineData("Recurrent major depression, third episode this year.", "F33.9")]
    [InlineData("H/o MI in 2015, stent to the LAD.", "I25.2")]
    [InlineData("Primary hyperaldosteronism with a left adrenal adenoma.", "E26.09")]
    [InlineData("Dysplasia of the anus on the high resolution anoscopy.", "K62.82")]
    [InlineData("Thoracic aortic ectasia, root at 4.6 cm.", "I77.810")]
    [InlineData("APLAS with two strokes, on warfarin for life.", "D68.61")]
    [InlineData("Penicillin anaphylaxis as a child, so no cephalexin.", "Z88.0")]
    public void Tag_ProblemListShorthand_TaggedWithTheIndexCode(string text, string code)
    {
        Tag(text).Entities.Should().Contain(e => e.Type == EntityType.Disease && e.CanonicalId == code);
    }

    [Fact]
    public void Tag_ParoxysmalAtrialFibrillation_NotTheUnspecifiedCode()
    {
        Tag("Paroxysmal atrial fibrillation, CHA2DS2-VASc 3.").Entities.Should().NotContain(e => e.CanonicalId == "I48.91");
    }
}
