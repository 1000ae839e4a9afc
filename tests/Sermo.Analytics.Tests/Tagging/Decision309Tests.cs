using Sermo.Analytics.Tagging;

namespace Sermo.Analytics.Tests.Tagging;

/// <summary>
/// Round 47's tagger changes for the guide's settled labels (docs/taggers.md "Round 47 (issue #13): the guide's open
/// questions", decision 309), each on a sentence of its own written for this test: a chronic hypertension in a pregnancy
/// post coded O10, a bare spinal cord injury coded T09.3 by the index, "chronic sinusitis with nasal polyps" one J33.9
/// span, Pseudomonas colonization the carrier code Z22.39, and cataract surgery read as the operation.
/// </summary>
public class Decision309Tests
{
    private static TagResult Tag(string text) => SharedTagger.Tagger.Tag(text);

    [Theory]
    [InlineData("29F at 14 weeks, G1, chronic hypertension on nifedipine, started aspirin for preeclampsia prevention.")]
    [InlineData("New OB visit today: chronic HTN for six years, switching her lisinopril to labetalol now she is pregnant.")]
    public void Tag_ChronicHypertensionInAPregnancyPost_IsThePreexistingPregnancyCode(string text)
    {
        var entities = Tag(text).Entities;

        entities.Should().Contain(e => e.Type == EntityType.Disease && e.CanonicalId.StartsWith("O10", StringComparison.Ordinal));
        entities.Should().NotContain(e => e.CanonicalId == "I10");
    }

    [Theory]
    [InlineData("Chronic hypertension for ten years in a 62M, now on amlodipine and chlorthalidone.")]
    [InlineData("She is pregnant again and her hypertension came on only this week.")]
    public void Tag_HypertensionOutsidePregnancyOrNotChronic_StaysEssential(string text)
    {
        Tag(text).Entities.Should().Contain(e => e.Type == EntityType.Disease && e.CanonicalId == "I10");
    }

    [Theory]
    [InlineData("Baclofen pump placed two years after his spinal cord injury from a motorcycle crash.")]
    [InlineData("Pressure injuries are common after SCI, so we turn him every two hours.")]
    public void Tag_SpinalCordInjuryWithNoLevel_IsTheLevelUnspecifiedCode(string text)
    {
        Tag(text).Entities.Should().Contain(e => e.Type == EntityType.Disease && e.CanonicalId == "T09.3");
    }

    [Fact]
    public void Tag_CervicalSpinalCordInjury_KeepsTheCervicalCode()
    {
        Tag("Tetraplegia after a C4 spinal cord injury, on a ventilator at night.").Entities
            .Should().Contain(e => e.Type == EntityType.Disease && e.CanonicalId.StartsWith("S14", StringComparison.Ordinal));
    }

    [Fact]
    public void Tag_ChronicSinusitisWithNasalPolyps_IsOneNasalPolypsSpan()
    {
        Tag("Chronic sinusitis with nasal polyps and asthma, so dupilumab covers both.").Entities
            .Should().Contain(e => e.Type == EntityType.Disease && e.CanonicalId == "J33.9"
                && e.Surface.Equals("Chronic sinusitis with nasal polyps", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Cystic fibrosis, 24M, Pseudomonas colonization since his teens, inhaled tobramycin every other month.")]
    [InlineData("Sputum keeps growing it: he has been Pseudomonas colonized for years, so no more macrolide trials.")]
    public void Tag_PseudomonasColonization_IsTheCarrierCode(string text)
    {
        Tag(text).Entities.Should().Contain(e => e.Type == EntityType.Disease && e.CanonicalId == "Z22.39")
            .And.NotContain(e => e.CanonicalId == "B96.5");
    }

    [Theory]
    [InlineData("Hold the tamsulosin question until after his cataract surgery next month.")]
    [InlineData("Two cataract extractions last year and both eyes did well.")]
    public void Tag_CataractSurgery_IsTheOperationNotTheCondition(string text)
    {
        Tag(text).Entities.Should().NotContain(e => e.Type == EntityType.Disease && e.CanonicalId.StartsWith("H26", StringComparison.Ordinal));
    }
}
