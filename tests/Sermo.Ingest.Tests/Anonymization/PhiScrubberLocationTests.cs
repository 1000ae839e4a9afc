using Sermo.Ingest.Anonymization;
using static Sermo.Ingest.Tests.Anonymization.ScrubAssertions;

namespace Sermo.Ingest.Tests.Anonymization;

public class PhiScrubberLocationTests
{
    [Theory]
    [InlineData("She lives at 123 Main St near the clinic.", "123 Main St")]
    [InlineData("Sent to 4500 N. Oak Avenue, Suite 210 yesterday.", "4500 N. Oak Avenue, Suite 210")]
    [InlineData("Found at 77 West 42nd Street last night.", "77 West 42nd Street")]
    [InlineData("Moved to 12 Elm Lane, Apt 4B this spring.", "12 Elm Lane, Apt 4B")]
    [InlineData("Mail to PO Box 4411 instead.", "PO Box 4411")]
    [InlineData("House at 9 Sunset Blvd burned.", "9 Sunset Blvd")]
    public void Scrub_StreetAddress_ReplacedWithAddress(string input, string address) =>
        ShouldFind(input, address, PhiType.Address);

    [Theory]
    [InlineData("Practicing in Dayton for years.", "Dayton")]
    [InlineData("She drove from Toledo, OH for the visit.", "Toledo")]
    [InlineData("Outbreak in Franklin County this week.", "Franklin County")]
    [InlineData("Retired to Springfield, Illinois.", "Springfield")]
    [InlineData("Transferred from Ann Arbor overnight.", "Ann Arbor")]
    public void Scrub_CityOrCountyInPlaceContext_ReplacedWithCity(string input, string city) =>
        ShouldFind(input, city, PhiType.City);

    [Fact]
    public void Scrub_CitiesJoinedByAnd_AreAllCities() =>
        ShouldScrubTo("I trained in Boston and Chicago.", "I trained in [CITY] and [CITY].");

    [Fact]
    public void Scrub_CityWithState_KeepsTheState() =>
        ShouldScrubTo("She drove from Toledo, OH for the visit.", "She drove from [CITY], OH for the visit.");

    [Theory]
    [InlineData("Dayton, OH 45402 is the address.", "45402")]
    [InlineData("Columbus, Ohio 43215-1234 is the address.", "43215-1234")]
    [InlineData("Her zip code 10001 has a clinic.", "10001")]
    [InlineData("Mailing 90210-1234 only.", "90210-1234")]
    public void Scrub_ZipCode_ReplacedWithZip(string input, string zip) =>
        ShouldFind(input, zip, PhiType.Zip);

    [Theory]
    [InlineData("Seen by John Smith, MD for follow-up.", "John Smith")]
    public void Scrub_NameWithDegreeThatLooksLikeAState_IsANameNotACity(string input, string name) =>
        ShouldFind(input, name, PhiType.Name);

    [Theory]
    [InlineData("Practice patterns differ in Ohio and Texas.")]
    [InlineData("Platelets 12000, WBC 15000.")]
    [InlineData("Diagnosed with Huntington's disease at 40.")]
    [InlineData("Moved to Florida after retiring.")]
    public void Scrub_StatesAndPlainNumbers_AreKept(string input) => ShouldKeep(input);
}

public class PhiScrubberLocationRoundTwoTests
{
    [Theory]
    [InlineData("Her house is 1550 hillside dr and the steps are steep.", "1550 hillside dr")]
    [InlineData("EMS picked him up at 90 kowalski st after the fall.", "90 kowalski st")]
    [InlineData("Mail went to 33 cherry ct, wrong unit.", "33 cherry ct")]
    public void Scrub_LowerCaseAddressWithShortSuffix_ReplacedWithAddress(string input, string address) =>
        ShouldFind(input, address, PhiType.Address);

    [Theory]
    [InlineData("Saw 12 patients with dr Okafor's team today.")]
    [InlineData("Took 2 puffs before dr visit.")]
    [InlineData("Gave 3 doses per the dr order.")]
    public void Scrub_NumberWordsAndDrThatAreNoAddress_KeepNumbers(string input)
    {
        var result = Scrubber.Scrub(input);
        result.Spans.Should().NotContain(span => span.Type == PhiType.Address, because: $"\"{input}\" holds no address; scrubbed: \"{result.Text}\"");
    }

    [Theory]
    [InlineData("Clinic outreach in Crescent, OK twice a month.", "Crescent")]
    [InlineData("Transferred from Bend, OR by air.", "Bend")]
    [InlineData("She grew up in Port St. Lucie, FL near the water.", "Port St. Lucie")]
    [InlineData("Moved to St. Louis, MO for the fellowship.", "St. Louis")]
    [InlineData("Family lives in Land O Lakes, FL now.", "Land O Lakes")]
    public void Scrub_CityThatIsAWordOrHasInitials_BeforeState_ReplacedWithCity(string input, string city) =>
        ShouldFind(input, city, PhiType.City);

    [Theory]
    [InlineData("Mailing address 14 Elm Street, Kansas City, MO 64105 on the form.", "Kansas City")]
    [InlineData("Sent to 200 Park Avenue, New York, NY for the second opinion.", "New York")]
    public void Scrub_StateNamedCityAfterAStreet_ReplacedWithCity(string input, string city) =>
        ShouldFind(input, city, PhiType.City);

    [Theory]
    [InlineData("Labs fine, potassium OK, magnesium low.")]
    [InlineData("Exam Normal, OK to discharge home.")]
    [InlineData("Discussed with the Hope, ME team.")]
    public void Scrub_WordBeforeAmbiguousStateCodeWithoutPlaceCue_IsKept(string input) => ShouldKeep(input);
}
