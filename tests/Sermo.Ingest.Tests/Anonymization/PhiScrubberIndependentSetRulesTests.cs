using Sermo.Ingest.Anonymization;
using static Sermo.Ingest.Tests.Anonymization.ScrubAssertions;

namespace Sermo.Ingest.Tests.Anonymization;

/// <summary>The rule classes added for issue #14's independent gold set, each with sentences of its own and its negatives.</summary>
public class PhiScrubberIndependentSetRulesTests
{
    [Theory]
    [InlineData("Chart says Quarterman, Bettina - MRN pending.", "Quarterman, Bettina")]
    [InlineData("Consult note for Halvorsen, Ruth (64F): new murmur.", "Halvorsen, Ruth")]
    [InlineData("Saw Delacroix, Amaury in clinic for gout.", "Delacroix, Amaury")]
    [InlineData("Patient: Winterbottom, Oksana DOB pending.", "Winterbottom, Oksana")]
    public void Scrub_SurnameFirstInARecord_ReplacedWithName(string input, string name) =>
        ShouldFind(input, name, PhiType.Name);

    [Theory]
    [InlineData("Thanks, Maria - great post.")]
    [InlineData("Still, Grace said no to the statin.")]
    [InlineData("Yes, Brown (2019) showed the same effect.")]
    public void Scrub_CommaAfterAWordThatIsNoSurname_NameOnlyWhereItIsOne(string input)
    {
        var result = Scrubber.Scrub(input);
        result.Text.Should().StartWith(input[..input.IndexOf(',')], "the word before the comma is no surname");
    }

    [Theory]
    [InlineData("My patient Oswaldo Ivy fell again.", "Oswaldo Ivy")]
    [InlineData("Neighbor Priya Hazel Lee drives him.", "Priya Hazel Lee")]
    public void Scrub_NameWordRightAfterANamePart_JoinsTheName(string input, string name) =>
        ShouldFind(input, name, PhiType.Name);

    [Fact]
    public void Scrub_ClauseVerbAfterAName_StaysAWord() =>
        ShouldScrubTo("Dr. Chen Will see her Monday.", "Dr. [NAME] Will see her Monday.");

    [Theory]
    [InlineData("I spoke to Thandeka about the biopsy.", "Thandeka")]
    [InlineData("Told Oyinkansola the results were normal.", "Oyinkansola")]
    [InlineData("The resident presented Gwendolyn Achterberg on rounds.", "Gwendolyn Achterberg")]
    [InlineData("Seen by dr. Valdivieso last week.", "Valdivieso")]
    [InlineData("Her husband (Anselm) brought the pill box.", "Anselm")]
    public void Scrub_NameAfterAContactVerbParenthesisOrLowerCaseTitle_ReplacedWithName(string input, string name) =>
        ShouldFind(input, name, PhiType.Name);

    [Fact]
    public void Scrub_AgeInParenthesesAfterAName_ReplacedWithAge() =>
        ShouldScrubTo("Elfrida Knutsen (98) is home again.", "[NAME] ([AGE]) is home again.");

    [Theory]
    [InlineData("She drove in from Quemado for the infusion.", "Quemado")]
    [InlineData("He grew up in North Tonawanda and came back.", "North Tonawanda")]
    [InlineData("Transferred from Pleasant Valley overnight.", "Pleasant Valley")]
    [InlineData("She still lives alone in Bloom and drives.", "Bloom")]
    public void Scrub_SmallTownAfterAPlacePreposition_ReplacedWithCity(string input, string town) =>
        ShouldFind(input, town, PhiType.City);

    [Theory]
    [InlineData("Volume dropped after moving to DOACs last year.")]
    [InlineData("Got a letter from Cigna about the formulary.")]
    [InlineData("Coverage for Rinvoq in Takotsubo cardiomyopathy is poor.")]
    [InlineData("Trial data support apixaban in Wolff-Parkinson-White.")]
    [InlineData("Glasgow Coma Scale 8, intubated.")]
    [InlineData("Any data on Armour Thyroid in the elderly?")]
    public void Scrub_ClinicalWordsAfterAPreposition_Kept(string input) => ShouldKeep(input);

    [Theory]
    [InlineData("Ship it to PSC 4410, Box 2231, APO AE 09458 please.", "PSC 4410, Box 2231", "09458")]
    [InlineData("Address: Unit 8812 Box 77, DPO AP 96520-4411.", "Unit 8812 Box 77", "96520-4411")]
    [InlineData("He is on USS Kittering (DDG 91), FPO AP 96678.", "USS Kittering (DDG 91)", "96678")]
    public void Scrub_MilitaryAddress_UnitAndZipReplaced(string input, string unit, string zip)
    {
        ShouldFind(input, unit, PhiType.Address);
        ShouldFind(input, zip, PhiType.Zip);
    }

    [Theory]
    [InlineData("Filed under MR# 50946200 by mistake.", "50946200", PhiType.MedicalRecord)]
    [InlineData("The Medicare MBI 3TW4-HN7-XY21 was wrong.", "3TW4-HN7-XY21", PhiType.Account)]
    [InlineData("Mailing address 12 Birch Ave, Apt. 4C, Eagleview, PA.", "Eagleview", PhiType.City)]
    [InlineData("Lupus diagnosed 4/17 after the rash.", "4/17", PhiType.Date)]
    public void Scrub_LabelsAndContextsOfTheIndependentSet_Replaced(string input, string identifier, PhiType type) =>
        ShouldFind(input, identifier, type);

    [Fact]
    public void Scrub_MisterBeforeANumber_NoRecordNumber() =>
        ShouldScrubTo("Mr. Quist has 3 kids.", "Mr. [NAME] has 3 kids.");
}
