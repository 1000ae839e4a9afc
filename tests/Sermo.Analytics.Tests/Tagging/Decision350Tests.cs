using Sermo.Analytics.Tagging;

namespace Sermo.Analytics.Tests.Tagging;

/// <summary>
/// Decision 350: disease misses pooled over the readable sets (round 51). A condition's head noun written alone after
/// the post named the whole condition is that condition again, with its code; a head with no such condition before it,
/// another lesion's head, or a head naming a procedure stays as it was. "CAP" in capitals in a post that treats a
/// pneumonia is the pneumonia, read again where the ambiguity model dropped it. Sentences written for this test.
/// </summary>
public class Decision350Tests
{
    private static IReadOnlyList<TaggedEntity> Entities(string text) => SharedTagger.Tagger.Tag(text).Entities;

    private static string? CodeOf(string text, string surface) =>
        Entities(text).LastOrDefault(e => e.Type == EntityType.Disease && e.Surface == surface)?.CanonicalId;

    [Theory]
    [InlineData("Limited scleroderma with a digital ulcer on the left index finger. Iloprost helped and the ulcer has closed.", "digital ulcer", "ulcer")]
    [InlineData("Perianal abscess in a 30M with Crohn's, drained by surgery. Biologic held until the abscess had drained.", "perianal abscess", "abscess")]
    [InlineData("Thyroid storm in a 40F who stopped methimazole. PTU, propranolol and hydrocortisone; the storm settled by day three.", "thyroid storm", "storm")]
    [InlineData("Retinal detachment repaired last month in a 60M. His father also had a detachment in his fifties.", "retinal detachment", "detachment")]
    public void Tag_HeadSaidAgain_TakesTheNamedConditionsCode(string text, string named, string head)
    {
        var entities = Entities(text);
        var namedCode = entities.Single(e => e.Type == EntityType.Disease && e.Surface.Equals(named, StringComparison.OrdinalIgnoreCase)).CanonicalId;
        entities.Should().Contain(e => e.Type == EntityType.Disease && e.Surface == head && e.CanonicalId == namedCode);
    }

    [Fact]
    public void Tag_PluralHead_RefersBackToASingularCondition()
    {
        var text = "Diabetic foot ulcer on the heel, offloading boot. Those ulcers on that foot keep coming back.";
        CodeOf(text, "ulcers").Should().Be(CodeOf(text, "Diabetic foot ulcer"));
    }

    [Theory]
    [InlineData("She has a small ulcer on her shin that will not heal, and a venous duplex is booked.", "ulcer")]
    [InlineData("Stress ulcer prophylaxis stays on while he is intubated, then stops at transfer.", "ulcer")]
    public void Tag_HeadWithNoConditionNamedBefore_IsNotRead(string text, string head)
    {
        Entities(text).Should().NotContain(e => e.Type == EntityType.Disease && e.Surface == head);
    }

    [Fact]
    public void Tag_HeadNamingAProcedure_IsNotRead()
    {
        Entities("Unruptured cerebral aneurysm, 6 mm, watched with yearly imaging. Aneurysm repair only if it grows.")
            .Should().NotContain(e => e.Type == EntityType.Disease && e.Surface == "Aneurysm");
    }

    [Fact]
    public void Tag_AnotherLesionsHead_KeepsItsOwnReading()
    {
        // "thigh" before the head names another abscess than the perianal one: the generic row stays.
        Entities("Perianal abscess drained last week. Now a thigh abscess as well, from injecting.")
            .Should().Contain(e => e.Type == EntityType.Disease && e.Surface == "abscess" && e.CanonicalId == "L02.91");
    }

    [Theory]
    [InlineData("Admitted overnight with CAP, started on ceftriaxone and azithromycin, and she was eating by morning.")]
    [InlineData("Outpatient CAP in a healthy 30M: amoxicillin high dose for five days, recheck if still febrile.")]
    public void Tag_CapitalCapInAPneumoniaPost_IsPneumonia(string text)
    {
        Entities(text).Should().Contain(e => e.Type == EntityType.Disease && e.Surface == "CAP" && e.CanonicalId == "J18.9");
    }

    [Theory]
    [InlineData("The insulin copay cap helped, but she still skips doses when money is short.", "cap")]
    [InlineData("Our lab passed its CAP inspection last week, and the new analyzer is finally validated.", "CAP")]
    public void Tag_CapAsALimitOrOutsideAPneumoniaPost_IsNotPneumonia(string text, string surface)
    {
        Entities(text).Should().NotContain(e => e.Type == EntityType.Disease && e.Surface == surface);
    }
}
