using static Sermo.Ingest.Tests.Anonymization.ScrubAssertions;

namespace Sermo.Ingest.Tests.Anonymization;

/// <summary>
/// Round 21's rules (issue #14, decision 150), from the causes that recur across the misses of rounds 10-20 pooled: an age over
/// 89 set off after a name in digits or words once every rule has found its names, and a facility's whole name when the finders
/// took only some of its words. Sentences of their own, none from a gold set.
/// </summary>
public class PhiScrubberRound21RulesTests
{
    [Theory]
    [InlineData("Admitted Mrs. Abernethy, ninety, with a hip fracture after a fall at home.", "ninety")]
    [InlineData("Mr. Okonkwo (ninety-three) is back with another COPD flare.", "ninety-three")]
    [InlineData("Mrs. Lindqvist, NINETY-FOUR, fell on the ward and broke her wrist.", "NINETY-FOUR")]
    [InlineData("Mr. Haddad, one hundred and two, still walks to the shop every day.", "one hundred and two")]
    [InlineData("Mrs. Petrakis -- a hundred and one -- asked to go home for her birthday.", "a hundred and one")]
    [InlineData("Saw Mr. Szabo (one hundred) for syncope; pacemaker interrogated.", "one hundred")]
    public void Scrub_AgeOverEightyNineSetOffAfterAName_Removed(string input, string age) => ShouldRemove(input, age);

    [Theory]
    [InlineData("Mr. Haddad, 100 mg of aspirin daily was stopped.", "100 mg")]
    [InlineData("Mrs. Abernethy, 95% on room air, no distress.", "95%")]
    [InlineData("Mr. Okonkwo (90 min after the dose) was fine.", "90 min")]
    [InlineData("Mrs. Lindqvist, ninety minutes later, was extubated.", "ninety minutes")]
    public void Scrub_NumberAfterANameThatIsNoAge_Kept(string input, string kept) =>
        Scrubber.Scrub(input).Text.Should().Contain(kept);

    [Theory]
    [InlineData("Mrs. Abernethy, 88, is on apixaban for her AF.")]
    [InlineData("In the trial, ninety-two patients had a bleed.")]
    [InlineData("Dose was 95, then 100, then 110 units.")]
    public void Scrub_NoAgeOverEightyNineAfterAName_NothingNew(string input) =>
        Scrubber.Scrub(input).Text.Should().NotContain("[AGE]");

    [Theory]
    [InlineData("Transferred from Golden Meadows Care Center to us.", "Care Center")]
    [InlineData("Mrs. Abernethy lives at Abernethy Oaks Nursing Home in town.", "Nursing Home")]
    [InlineData("School nurse at St. Bernadine Christian Academy called.", "Christian Academy")]
    [InlineData("Dr. Haddad at Haddad Family Practice sent her in.", "Family Practice")]
    public void Scrub_FacilityPartlyFound_WholeNameRemoved(string input, string rest) => ShouldRemove(input, rest);

    [Theory]
    [InlineData("Ask Mrs. Abernethy about the Wound Clinic referral.", "Wound Clinic")]
    [InlineData("Mr. Haddad, Memory Care was full, so he went to the ward.", "Memory Care")]
    [InlineData("Mrs. Lindqvist said the Nursing Home staff were lovely.", "Nursing Home")]
    public void Scrub_HeadNounNotJoinedToAFoundWord_Kept(string input, string kept) =>
        Scrubber.Scrub(input).Text.Should().Contain(kept);

    [Theory]
    [InlineData("Called the family about the fall; Na 117 on the repeat draw, so fluid restrict.", "Na 117")]
    [InlineData("Mrs. Abernethy, Na 121, K 2.9, looks dry.", "Na 121")]
    public void Scrub_LabValueOverEightyNine_NeverAnAge(string input, string kept) =>
        Scrubber.Scrub(input).Text.Should().Contain(kept);
}
