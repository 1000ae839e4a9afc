using static Sermo.Ingest.Tests.Anonymization.ScrubAssertions;

namespace Sermo.Ingest.Tests.Anonymization;

/// <summary>
/// Round 23's rules (issue #14, decision 159): one rule for an age set off after any found name (rounds 11 and 21 had two), the
/// unit and sex letter joined to a found age, and record numbers named by the word before them. Sentences of their own, none
/// from a gold set.
/// </summary>
public class PhiScrubberRound23RulesTests
{
    [Theory]
    [InlineData("Saw Mrs. Vandermolen 93 in clinic, still drives to church.", "93")]
    [InlineData("Mr. Achterberg, 97, came in with a UTI and delirium.", "97")]
    [InlineData("Mrs. Vandermolen (ninety-six) was sent back from the nursing home.", "ninety-six")]
    [InlineData("Mr. Achterberg,NINETY-ONE, walks with a frame.", "NINETY-ONE")]
    [InlineData("Mrs. Vandermolen -- 104 -- still sharp as anything.", "104")]
    [InlineData("Mr. Achterberg, a hundred and three, asked for his own room.", "a hundred and three")]
    public void Scrub_AgeSetOffAfterAFoundName_Removed(string input, string age) => ShouldRemove(input, age);

    [Theory]
    [InlineData("Mrs. Vandermolen, ninety minutes after the dose, was fine.", "ninety minutes")]
    [InlineData("Mr. Achterberg 120/80 on the repeat, no symptoms.", "120/80")]
    [InlineData("Mrs. Vandermolen (95 mg daily) is tolerating it.", "95 mg")]
    [InlineData("Mr. Achterberg, 92% on room air after the neb.", "92%")]
    public void Scrub_NumberAfterAFoundNameThatIsNoAge_Kept(string input, string kept) =>
        Scrubber.Scrub(input).Text.Should().Contain(kept);

    [Theory]
    [InlineData("Admitted a 94yo with a hip fracture overnight.", "94yo")]
    [InlineData("New consult: 97y/o, anemia, lives alone.", "y/o")]
    [InlineData("New consult: 99-yo with anemia, lives alone.", "-yo")]
    [InlineData("Our 101-year-old on the ward wants to go home.", "-year-old")]
    [InlineData("Our ninety-three-year-old on the ward wants to go home.", "-year-old")]
    [InlineData("Patient is 96M, lives with his daughter.", "96M")]
    [InlineData("She is 91F and still gardens every morning.", "91F")]
    public void Scrub_UnitJoinedToAFoundAge_RemovedWithIt(string input, string rest)
    {
        var text = Scrubber.Scrub(input).Text;
        text.Should().Contain("[AGE]");
        text.Should().NotContain(rest);
    }

    [Theory]
    [InlineData("He is 94 yoga classes a week away from his old self.", "yoga")]
    [InlineData("Admitted a 45yo with chest pain.", "45yo")]
    public void Scrub_NoAgeOrUnitThatIsAWord_Kept(string input, string kept) =>
        Scrubber.Scrub(input).Text.Should().Contain(kept);
}
