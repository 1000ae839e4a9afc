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

    [Theory]
    [InlineData("Deposed last week, case no. 4:19-cv-02231-KMT, still no ruling.", "4:19-cv-02231-KMT")]
    [InlineData("Insurer denied it again, claim no. B-31 662 018, appeal filed.", "B-31 662 018")]
    [InlineData("Her member ID XKP 552 10 4471 is not on the card.", "XKP 552 10 4471")]
    [InlineData("Risk management opened incident #4471-0093 about the fall.", "4471-0093")]
    [InlineData("Billing asked for enc 88231-02 to be corrected.", "88231-02")]
    [InlineData("Our trial subject 0311-0042 had a grade 3 rash.", "0311-0042")]
    [InlineData("The clinic used donor # Q5518 for both cycles.", "Q5518")]
    [InlineData("Ontario health card 4410 882 913 was expired.", "4410 882 913")]
    [InlineData("Dictation picked up MRN 4 4 1 9 0 2 7 3 as spaced digits.", "4 4 1 9 0 2 7 3")]
    [InlineData("The court docket 2024-0918 lists the guardianship hearing.", "2024-0918")]
    public void Scrub_RecordNumberAfterItsLabel_Removed(string input, string number) => ShouldRemove(input, number);

    [Theory]
    [InlineData("Same case 2024 as the one I posted, different drug.", "2024")]
    [InlineData("Her insurance 2019-2021 was through his employer.", "2019-2021")]
    [InlineData("Claim 12000 dollars was the quote for the pump.", "12000 dollars")]
    [InlineData("Her frailty index 0.42 says she will not tolerate it.", "0.42")]
    [InlineData("Run 3 of the protocol was aborted.", "Run 3")]
    [InlineData("Insurance covers 5000 units of factor a month.", "5000 units")]
    public void Scrub_NumberAfterALabelThatIsNoRecord_Kept(string input, string kept) =>
        Scrubber.Scrub(input).Text.Should().Contain(kept);
}
