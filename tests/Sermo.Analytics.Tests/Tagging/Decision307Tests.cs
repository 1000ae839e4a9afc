using Sermo.Analytics.Tagging;

namespace Sermo.Analytics.Tests.Tagging;

/// <summary>
/// Decision 307: disease errors pooled over the readable sets (round 47). Bare heads that refer back to the disease the
/// post named (fistula after Crohn's, aneurysm after Kawasaki, vasospasm after SAH), "burn" read as the injury by its
/// neighbours, capital "HE" in a liver post, "MAS" in a Still's disease post, and the nephrocalcinosis and
/// immunocompromised rows. Each rule has counterparts that stay bare. Sentences written for this test.
/// </summary>
public class Decision307Tests
{
    private static IEnumerable<TaggedEntity> Diseases(string text) =>
        SharedTagger.Tagger.Tag(text).Entities.Where(e => e.Type == EntityType.Disease);

    private static void ShouldReadDisease(string text, string surface, string code) =>
        Diseases(text).Should().Contain(e => e.Surface == surface && e.CanonicalId == code);

    private static void ShouldNotReadCode(string text, string code) =>
        Diseases(text).Should().NotContain(e => e.CanonicalId == code);

    [Theory]
    [InlineData("Crohn's since college, now on vedolizumab. The seton is out and the fistula is finally dry.", "fistula", "K60.3")]
    [InlineData("Kawasaki disease in a 3 year old, IVIG on day 6. The echo found a small aneurysm of the RCA.", "aneurysm", "I25.41")]
    [InlineData("Aneurysmal SAH, coiled on day 1. Then vasospasm on day 6, treated with intra-arterial verapamil.", "vasospasm", "I67.848")]
    public void Tag_BareHeadAfterItsDisease_ReadsTheEpisode(string text, string surface, string code)
    {
        ShouldReadDisease(text, surface, code);
    }

    [Theory]
    // A dialysis access is no Crohn's fistula; a drug's "fistula data" is no patient's fistula; no Crohn's, no reading.
    [InlineData("ESRD on dialysis, 60M, Crohn's disease in remission. His left arm AV fistula needs a fistulogram.", "K60.3")]
    [InlineData("Crohn's with perianal disease, so I picked the biologic with the best fistula data.", "K60.3")]
    [InlineData("Esophageal stent in place and no fistula on the swallow study.", "K60.3")]
    // An aneurysm in a post with no Kawasaki disease is not the coronary one.
    [InlineData("Thunderclap headache from a SAH. The aneurysm was clipped the next morning.", "I25.41")]
    // The vasospasm window is a time, and a vasospasm with no SAH named is not the cerebral one.
    [InlineData("SAH after a fall, coiled. The vasospasm window runs to day 14.", "I67.848")]
    [InlineData("Chest pain at rest with clean coronaries on the cath, vasospasm is my guess.", "I67.848")]
    public void Tag_BareHeadWithoutItsDisease_StaysUnread(string text, string code)
    {
        ShouldNotReadCode(text, code);
    }

    [Theory]
    [InlineData("A burn patient with 40 percent TBSA got succinylcholine on day 4.", "burn")]
    [InlineData("House fire, 25 percent TBSA burns, intubated early for the airway.", "burns")]
    [InlineData("Burns over 20 percent of the body go to a regional center.", "Burns")]
    [InlineData("Two weeks after a burn to the forearm, the graft took.", "burn")]
    public void Tag_BurnAsTheInjury_IsBurnInjury(string text, string surface)
    {
        ShouldReadDisease(text, surface, "T30.0");
    }

    [Theory]
    [InlineData("Transferred to the burn unit once the rash reached the mucosa.")]
    [InlineData("Her reflux still burns after meals on omeprazole.")]
    [InlineData("He burns easily in the sun, so doxycycline worries me.")]
    public void Tag_BurnAsAPlaceOrAVerb_StaysUnread(string text)
    {
        ShouldNotReadCode(text, "T30.0");
    }

    [Fact]
    public void Tag_CapitalHeInALiverPost_IsHepaticEncephalopathy()
    {
        ShouldReadDisease("Alcohol cirrhosis, MELD 22, HE on lactulose and rifaximin since March.", "HE", "K76.82");
    }

    [Theory]
    [InlineData("Cirrhosis, MELD 18, and he takes his lactulose twice a day.")]
    [InlineData("Pathology review: the HE slides went out for a second opinion.")]
    public void Tag_PronounOrNoLiverPost_NoHepaticEncephalopathy(string text)
    {
        ShouldNotReadCode(text, "K76.82");
    }

    [Fact]
    public void Tag_MasInAStillsPost_IsMacrophageActivation()
    {
        ShouldReadDisease("Adult-onset Still's disease on anakinra, ferritin 20,000, and we are worried about MAS.", "MAS", "D76.1");
    }

    [Fact]
    public void Tag_MasInANewbornPost_IsNoMacrophageActivation()
    {
        ShouldNotReadCode("Term newborn through thick meconium, intubated for MAS and now on CPAP.", "D76.1");
    }

    [Theory]
    [InlineData("Distal RTA in a teenager, and the ultrasound shows nephrocalcinosis.", "nephrocalcinosis", "E83.59")]
    [InlineData("Shingrix for an immunocompromised patient before rituximab.", "immunocompromised", "D84.9")]
    public void Tag_RowsAddedForPooledMisses_ReadTheDisease(string text, string surface, string code)
    {
        ShouldReadDisease(text, surface, code);
    }
}
