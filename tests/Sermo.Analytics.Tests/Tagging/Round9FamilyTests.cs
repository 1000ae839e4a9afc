using Sermo.Analytics.Tagging;
using Sermo.Analytics.Tagging.Disambiguation;

namespace Sermo.Analytics.Tests.Tagging;

/// <summary>
/// Round 9's lexicon families and the post-level specialty rule (docs/taggers.md "Round 9", decision 066): each on a
/// sentence where it must fire and one where it must not.
/// </summary>
public class Round9FamilyTests
{
    private static TagResult Tag(string text) => SharedTagger.Tagger.Tag(text);

    [Theory]
    [InlineData("Bupivacaine 0.25% for the block, intralipid in the room.", "bupivacaine")]
    [InlineData("Liposomal bupivacaine was not worth the cost.", "bupivacaine liposome")]
    [InlineData("He had an inhibitor, so rFVIIa for the bleed.", "eptacog alfa")]
    [InlineData("Synagis shots stopped once nirsevimab came.", "palivizumab")]
    [InlineData("Intravesical BCG shortage again.", "bcg")]
    [InlineData("Librium taper for withdrawal.", "chlordiazepoxide")]
    [InlineData("Procainamide for the wide complex tachycardia.", "procainamide")]
    [InlineData("Mannitol for the ICP.", "mannitol")]
    public void Tag_Round9DrugFamily_TaggedWithItsGeneric(string text, string generic)
    {
        Tag(text).Entities.Should().Contain(e => e.Type.IsDrug() && e.CanonicalId == generic);
    }

    [Theory]
    [InlineData("Her hirsutism improved on spironolactone.", "L68.0")]
    [InlineData("Amiodarone induced thyrotoxicosis, type 2.", "E05.90")]
    [InlineData("Urge incontinence on oxybutynin.", "N39.41")]
    [InlineData("Demodex blepharitis responds to lotilaner.", "B88.0")]
    [InlineData("Ischemic CM with EF 30.", "I25.5")]
    public void Tag_Round9ConditionFamily_TaggedWithItsCode(string text, string code)
    {
        Tag(text).Entities.Should().Contain(e => e.Type == EntityType.Disease && e.CanonicalId == code);
    }

    [Theory]
    [InlineData("Bicarb was 14 on the BMP.")]
    [InlineData("Vit D level came back at 12.")]
    [InlineData("We talked about contraception options in general.")]
    public void Tag_LabOrTopicWord_NoDrug(string text)
    {
        Tag(text).Entities.Should().NotContain(e => e.Type.IsDrug());
    }

    [Fact]
    public void Tag_AbbreviationInPostOfItsSpecialty_KeptByTheChapter()
    {
        const string post = "77F with polymyalgia rheumatica and osteoporosis. GCA confirmed on biopsy. Started tocilizumab.";

        Tag(post).Entities.Should().Contain(e => e.Type == EntityType.Disease && e.CanonicalId == "M31.6");
    }

    [Fact]
    public void Tag_AbbreviationInPostOfAnotherSpecialty_NotKeptByTheChapter()
    {
        const string post = "Got my MS in exercise science before med school. Now I treat heart failure and atrial fibrillation.";

        Tag(post).Entities.Should().NotContain(e => e.Type == EntityType.Disease && e.CanonicalId == "G35");
    }

    [Theory]
    [InlineData("M31.6", "M")]
    [InlineData("D45", "C")]
    [InlineData("D50.9", "D")]
    [InlineData("D09.0", "C")]
    [InlineData("H35.31", "H-eye")]
    [InlineData("H66.9", "H-ear")]
    [InlineData("R80.9", "")]
    [InlineData("Z94.0", "")]
    public void Chapter_Code_IcdChapter(string code, string chapter)
    {
        SpecialtySupport.Chapter(code).Should().Be(chapter);
    }
}
