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
