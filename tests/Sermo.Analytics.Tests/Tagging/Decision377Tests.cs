using Sermo.Analytics.Tagging;

namespace Sermo.Analytics.Tests.Tagging;

/// <summary>
/// Decision 377: condition initials that are no lexicon candidate, read in capitals in a post about their condition
/// ("IC" interstitial cystitis, "AVM(s)" angiodysplasia in a GI bleed, "CIS" of the bladder, "RVR" on its own), and left
/// unread in their other senses or outside such a post. Sentences written for this test.
/// </summary>
public class Decision377Tests
{
    private static IReadOnlyList<TaggedEntity> Entities(string text) => SharedTagger.Tagger.Tag(text).Entities;

    [Theory]
    [InlineData("Her IC pain eased after six weekly bladder instillations of DMSO, and she sleeps through now.", "IC", "N30.10")]
    [InlineData("Small bowel AVMs again on capsule study, Hgb 7.1, third GI bleed since the LVAD went in.", "AVMs", "K55.20")]
    [InlineData("Melena in a 79F, EGD showed one AVM in the duodenum, clipped and cauterized.", "AVM", "K55.20")]
    [InlineData("High grade Ta with CIS on the TURBT, so induction BCG starts next month.", "CIS", "D09.0")]
    [InlineData("Came up from the floor in RVR at 160, diltiazem push then a drip, rate 90 by noon.", "RVR", "I48.91")]
    public void Tag_InitialsInAPostAboutTheirCondition_AreTheCondition(string text, string surface, string code)
    {
        Entities(text).Should().Contain(e => e.Type == EntityType.Disease && e.Surface == surface && e.CanonicalId == code);
    }

    [Theory]
    [InlineData("Class IC drugs like flecainide are out once he has scar on the MRI; bladder scan was normal too.", "IC")]
    [InlineData("We got IC from the daughter by phone before the line went in, then started the case.", "IC")]
    [InlineData("Ruptured AVM in the left parietal lobe, 24F, headache then a seizure; neurosurgery took her to the OR.", "AVM")]
    [InlineData("First demyelinating event in a 31F, CIS with two enhancing lesions; we talked about starting ocrelizumab.", "CIS")]
    [InlineData("Lowercase ic on the invoice stood for internal charge, nothing to do with the bladder.", "ic")]
    public void Tag_InitialsInAnotherSenseOrPost_AreNotRead(string text, string surface)
    {
        Entities(text).Should().NotContain(e => e.Type == EntityType.Disease && e.Surface == surface);
    }

    [Theory]
    [InlineData("Atrial flutter with RVR at 150 in a 70F, metoprolol IV and then oral.")]
    [InlineData("Afib w/ RVR again overnight, amiodarone load started, cardioversion planned.")]
    public void Tag_RvrAfterWith_IsNotReadOnItsOwn(string text)
    {
        Entities(text).Should().NotContain(e => e.Type == EntityType.Disease && e.Surface == "RVR");
    }
}
