using Sermo.Ingest.Anonymization;
using static Sermo.Ingest.Tests.Anonymization.ScrubAssertions;

namespace Sermo.Ingest.Tests.Anonymization;

public class PhiScrubberNameTests
{
    [Theory]
    [InlineData("Mr. K. came back with worse tremor.", "Mr. [NAME] came back with worse tremor.")]
    [InlineData("Mrs. Alvarez refused the statin.", "Mrs. [NAME] refused the statin.")]
    [InlineData("Discussed with Dr. Chen from cardiology.", "Discussed with Dr. [NAME] from cardiology.")]
    [InlineData("Dr Nguyen agreed.", "Dr [NAME] agreed.")]
    [InlineData("Ms. O'Brien is stable.", "Ms. [NAME] is stable.")]
    [InlineData("Dr. J. R. Smith reviewed it.", "Dr. [NAME] reviewed it.")]
    [InlineData("Dr. Smith-Jones called.", "Dr. [NAME] called.")]
    public void Scrub_TitleWithSurnameOrInitial_ReplacesNameKeepsTitle(string input, string expected) =>
        ShouldScrubTo(input, expected);

    [Theory]
    [InlineData("Saw Dr. Parkinson today about the referral.", "Parkinson")]
    [InlineData("Mr. Wilson's potassium was 5.1.", "Wilson")]
    [InlineData("Mrs. Graves is doing well.", "Graves")]
    [InlineData("Spoke to Mr. Bill about it.", "Bill")]
    public void Scrub_EponymOrWordAfterTitle_IsAName(string input, string name) =>
        ShouldFind(input, name, PhiType.Name);

    [Theory]
    [InlineData("pt John Whitfield presented with chest pain.", "John Whitfield")]
    [InlineData("my patient Maria had an A1c of 9.1.", "Maria")]
    [InlineData("Her daughter Rose drives her to dialysis.", "Rose")]
    [InlineData("The patient Grace has had three admissions.", "Grace")]
    [InlineData("A boy named Will with fever.", "Will")]
    [InlineData("Her name is Hope and she is 45.", "Hope")]
    [InlineData("husband Mark called about the biopsy.", "Mark")]
    public void Scrub_NameAfterPersonCue_IsAName(string input, string name) =>
        ShouldFind(input, name, PhiType.Name);

    [Theory]
    [InlineData("I discussed the case with Jennifer Lopez last week.", "Jennifer Lopez")]
    [InlineData("Referred to Grace Hopper in rheumatology.", "Grace Hopper")]
    [InlineData("We admitted Will Brown overnight.", "Will Brown")]
    [InlineData("Mary Wilson has stage 3 CKD.", "Mary Wilson")]
    [InlineData("Seen with J. Whitfield earlier.", "J. Whitfield")]
    [InlineData("JOHN and then Robert Garcia.", "Robert Garcia")]
    public void Scrub_FirstAndLastName_IsOneName(string input, string name) =>
        ShouldFind(input, name, PhiType.Name);

    [Theory]
    [InlineData("Kevin came in with DKA again.", "Kevin")]
    [InlineData("Then Jennifer said the pain was worse.", "Jennifer")]
    [InlineData("Whitfield's A1c is 9.", "Whitfield")]
    [InlineData("Grace's labs came back normal.", "Grace")]
    [InlineData("I called Garcia about the results.", "Garcia")]
    public void Scrub_LoneNameWithContext_IsAName(string input, string name) =>
        ShouldFind(input, name, PhiType.Name);

    [Theory]
    [InlineData("Will recheck potassium next week.")]
    [InlineData("Grace period for prior auth is 30 days.")]
    [InlineData("Hope this helps with your afib patients.")]
    [InlineData("Mark the dose change in the chart.")]
    [InlineData("Rose to 9.4 after the steroid burst.")]
    [InlineData("Bill the visit as a level 4.")]
    [InlineData("Brown discharge noted, no blood.")]
    public void Scrub_NameWordsUsedAsWords_AreKept(string input) => ShouldKeep(input);

    [Theory]
    [InlineData("Referred to Johns Hopkins for a second opinion.")]
    [InlineData("Per the ADA Standards of Care, SGLT2i first.")]
    [InlineData("Used the Wells criteria and the PERC rule.")]
    [InlineData("Lupus nephritis class IV, also on Benlysta.")]
    public void Scrub_InstitutionsAndCriteria_AreKept(string input) => ShouldKeep(input);

    [Fact]
    public void Scrub_DegreeOrRoleBeforeSurname_KeepsTheRole() =>
        ShouldScrubTo("Both Dr. Nakamura and PA Jones agreed.", "Both Dr. [NAME] and PA [NAME] agreed.");

    [Fact]
    public void Scrub_RelativesInParenthesesAndAfterCue_AreNames() =>
        ShouldScrubTo("Spoke to the family: Mom (Linda) and son Carlos agreed to DNR.", "Spoke to the family: Mom ([NAME]) and son [NAME] agreed to DNR.");

    [Fact]
    public void Scrub_NameBeforeSentenceBreak_DoesNotSwallowNextSentence()
    {
        var input = "Seen with Dr. Patel. Whitfield's A1c was 9.";
        var result = ShouldFind(input, "Patel", PhiType.Name);
        result.Text.Should().Be("Seen with Dr. [NAME]. [NAME]'s A1c was 9.");
    }

    [Fact]
    public void Scrub_TitleFollowedByWordName_StopsBeforeTheWord()
    {
        ShouldScrubTo("Dr. Chen Will see her Monday.", "Dr. [NAME] Will see her Monday.");
    }
}

public class PhiScrubberNameRoundTwoTests
{
    [Theory]
    [InlineData("Per Dr. Ilsabet Glazier the valve can wait.", "Ilsabet Glazier")]
    [InlineData("Mrs. Ondrea Chandler is back on dialysis.", "Ondrea Chandler")]
    public void Scrub_TitleThenGivenAndRarerWordSurname_ReplacedWithWholeName(string input, string name) =>
        ShouldFind(input, name, PhiType.Name);

    [Theory]
    [InlineData("Seen today: Goodhue Mertz, 71, CHF.", "Goodhue Mertz")]
    [InlineData("My patient Lutrelle Bandera is on dialysis.", "Lutrelle Bandera")]
    public void Scrub_CityWordInsideAName_ReplacedWithWholeName(string input, string name) =>
        ShouldFind(input, name, PhiType.Name);

    [Theory]
    [InlineData("Olumide needs his prior auth renewed.", "Olumide")]
    [InlineData("Spoke to Adebola about the biopsy.", "Adebola")]
    [InlineData("Svetozar stopped his apixaban again.", "Svetozar")]
    public void Scrub_LoneGivenNameOfTheWiderLists_ReplacedWithName(string input, string name) =>
        ShouldFind(input, name, PhiType.Name);

    [Theory]
    [InlineData("The glazier cut his palm, needed 4 stitches.")]
    [InlineData("Sterling results in the trial, but cost is an issue.")]
    [InlineData("Transferred from the Mayo Clinic with RSV.")]
    [InlineData("Baker's cyst on ultrasound, no DVT.")]
    public void Scrub_WordsAndPlacesThatLookLikeNames_AreKept(string input) => ShouldKeep(input);
}
