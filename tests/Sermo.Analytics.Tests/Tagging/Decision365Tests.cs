using Sermo.Analytics.Tagging;

namespace Sermo.Analytics.Tests.Tagging;

/// <summary>
/// Decision 365: drug errors pooled over the readable sets (round 52). Bare "quad therapy" in a heart-failure post is
/// GDMT; in an H. pylori post, or with no heart failure named, the words stay unread. Bare "calcium" after a named
/// calcium salt is that salt said again, unless it is the measured value. Sentences written for this test.
/// </summary>
public class Decision365Tests
{
    private static IReadOnlyList<TaggedEntity> Entities(string text) => SharedTagger.Tagger.Tag(text).Entities;

    [Theory]
    [InlineData("Ischemic cardiomyopathy with an EF of 30, now on quad therapy and walking a mile a day.", "quad therapy")]
    [InlineData("Quad therapy for his HFrEF stalled at half doses because of the blood pressure.", "Quad therapy")]
    [InlineData("Heart failure clinic today: three patients finally on full quad therapy after the Entresto switch.", "quad therapy")]
    public void Tag_QuadTherapyInAHeartFailurePost_IsGdmt(string text, string surface)
    {
        Entities(text).Should().Contain(e => e.Type == EntityType.Regimen && e.Surface == surface && e.CanonicalId == "gdmt");
    }

    [Theory]
    [InlineData("Her H pylori came back positive after clarithro, so quad therapy with bismuth for two weeks.")]
    [InlineData("The coach calls it quad therapy: squats, lunges, and two stretches after every run.")]
    public void Tag_QuadTherapyWithNoHeartFailure_IsNoGdmt(string text)
    {
        Entities(text).Should().NotContain(e => e.CanonicalId == "gdmt");
    }

    [Theory]
    [InlineData("Crashed after the fourth unit; calcium chloride through the central line, and we kept giving calcium with every two units.", "calcium chloride")]
    [InlineData("Post-op hypoparathyroid, so calcium citrate four times daily; we will wean calcium once the PTH recovers.", "calcium citrate")]
    public void Tag_CalciumAfterANamedSalt_IsThatSalt(string text, string salt)
    {
        var calcium = Entities(text).Where(e => e.Surface == "calcium").ToList();
        calcium.Should().ContainSingle().Which.CanonicalId.Should().Be(salt);
    }

    [Theory]
    [InlineData("Calcium gluconate for the hyperkalemia; calcium was 8.1 the next morning.")]
    [InlineData("On calcium carbonate with meals, and the calcium is normal at last.")]
    [InlineData("Gave calcium gluconate in the ED, yet her serum calcium stayed low overnight.")]
    public void Tag_CalciumValueAfterANamedSalt_StaysUnread(string text)
    {
        Entities(text).Should().NotContain(e => e.Surface.Equals("calcium", StringComparison.OrdinalIgnoreCase) && e.Type.IsDrug());
    }
}
