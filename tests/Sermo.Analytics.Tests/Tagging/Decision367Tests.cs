using Sermo.Analytics.Tagging;

namespace Sermo.Analytics.Tests.Tagging;

/// <summary>
/// Decision 367's readings of decision 364's settled labels, each on a sentence written for this test: "tumor" said again
/// is the named tumour (not its board or markers, not a tumour named only as "the cancer"), hypothyroidism after RAI,
/// radiation or thyroid surgery is E89.0, and cystoid macular edema in a post about cataract surgery is H59.039.
/// </summary>
public class Decision367Tests
{
    private static TagResult Tag(string text) => SharedTagger.Tagger.Tag(text);

    private static IEnumerable<string> CodesOn(string text, string surface) =>
        Tag(text).Entities.Where(e => e.Type == EntityType.Disease && string.Equals(e.Surface, surface, StringComparison.OrdinalIgnoreCase))
            .Select(e => e.CanonicalId);

    [Theory]
    [InlineData("Glioblastoma resected in March, and the tumor is back on this week's MRI.", "tumor", "C71.9")]
    [InlineData("Melanoma on his back, excised; his tumor had a BRAF mutation.", "tumor", "C43.9")]
    [InlineData("GIST of the stomach on imatinib, and the tumour keeps shrinking.", "tumour", "C49.A0")]
    public void Tag_TumorSaidAgainAfterANamedTumour_IsThatTumour(string text, string surface, string code)
    {
        CodesOn(text, surface).Should().Equal(code);
    }

    [Theory]
    [InlineData("Glioblastoma resected in March; the tumor board meets Friday.", "tumor")]
    [InlineData("Melanoma stage III, and his tumor burden is still high.", "tumor")]
    [InlineData("Glioblastoma debulked, with tumor ligation of its feeding vessels first.", "tumor")]
    [InlineData("Her cancer was found late, and the tumor was hard to reach.", "tumor")]
    [InlineData("Nobody could name what it was, but the tumor was hard to reach.", "tumor")]
    public void Tag_TumorAsAModifierOrWithNoNamedTumour_GetsNoCode(string text, string surface)
    {
        CodesOn(text, surface).Should().BeEmpty();
    }

    [Theory]
    [InlineData("Graves disease years ago, and now hypothyroidism after radioactive iodine, so levothyroxine.")]
    [InlineData("She has been hypothyroid after her total thyroidectomy for a goiter.")]
    [InlineData("He developed hypothyroidism from the neck radiation he had for lymphoma.")]
    [InlineData("Her hypothyroidism after the earlier thyroid surgery needs a higher levothyroxine dose now.")]
    public void Tag_HypothyroidismAfterAThyroidProcedure_IsPostprocedural(string text)
    {
        SharedTagger.DiseaseIds(text).Should().Contain("E89.0");
    }

    [Theory]
    [InlineData("Hypothyroidism after years of untreated Hashimoto thyroiditis, now on levothyroxine.")]
    [InlineData("Her hypothyroidism is stable; the thyroid surgery she fears is for a nodule next year.")]
    public void Tag_HypothyroidismWithNoProcedureAsItsCause_StaysGeneral(string text)
    {
        SharedTagger.DiseaseIds(text).Should().NotContain("E89.0");
    }

    [Theory]
    [InlineData("Uneventful phaco six weeks ago, and now cystoid macular edema in that eye, so ketorolac drops.")]
    [InlineData("We went dropless for her cataract surgery; cystoid macular edema showed up on OCT at one month.")]
    [InlineData("Phacoemulsification in May went well, but CME at six weeks needed a sub-Tenon injection.")]
    public void Tag_CystoidMacularEdemaInACataractSurgeryPost_IsPostoperative(string text)
    {
        SharedTagger.DiseaseIds(text).Should().Contain("H59.039").And.NotContain("H35.81");
    }

    [Fact]
    public void Tag_CystoidMacularEdemaWithNoCataractSurgery_StaysGeneral()
    {
        SharedTagger.DiseaseIds("Cystoid macular edema flared again with her uveitis, so another periocular steroid.")
            .Should().Contain("H35.81").And.NotContain("H59.039");
    }

    [Fact]
    public void Tag_CmeWithNoCataractSurgery_IsNotRead()
    {
        SharedTagger.DiseaseIds("Forty hours of CME this year, half of it on glaucoma drops.").Should().NotContain("H59.039");
    }
}
