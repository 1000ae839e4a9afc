using Sermo.Ingest.Anonymization;
using static Sermo.Ingest.Tests.Anonymization.ScrubAssertions;

namespace Sermo.Ingest.Tests.Anonymization;

public class PhiScrubberIdentifierTests
{
    [Theory]
    [InlineData("SSN 123-45-6789 on the form.", "123-45-6789", PhiType.Ssn)]
    [InlineData("Her 123-45-6789 was on the fax cover.", "123-45-6789", PhiType.Ssn)]
    [InlineData("ssn: 123456789 leaked.", "123456789", PhiType.Ssn)]
    [InlineData("Social security number 987654321.", "987654321", PhiType.Ssn)]
    [InlineData("MRN 12345678 for the consult.", "12345678", PhiType.MedicalRecord)]
    [InlineData("MRN: 00123456.", "00123456", PhiType.MedicalRecord)]
    [InlineData("Medical record number is 7788991.", "7788991", PhiType.MedicalRecord)]
    [InlineData("chart # A123456 please.", "A123456", PhiType.MedicalRecord)]
    [InlineData("acct 99-1234 billing.", "99-1234", PhiType.Account)]
    [InlineData("Account number 4400123 billing.", "4400123", PhiType.Account)]
    [InlineData("Member ID W123456789 on the card.", "W123456789", PhiType.Account)]
    [InlineData("DEA AB1234567 on the script.", "AB1234567", PhiType.License)]
    [InlineData("License # MD12345 in Ohio.", "MD12345", PhiType.License)]
    [InlineData("Licence no. 556677 lapsed.", "556677", PhiType.License)]
    [InlineData("NPI 1234567890 on the claim.", "1234567890", PhiType.Npi)]
    [InlineData("NPI: 1234567893.", "1234567893", PhiType.Npi)]
    [InlineData("Pump S/N XJ-99812 alarmed.", "XJ-99812", PhiType.Serial)]
    [InlineData("Serial number 00A77B21 recalled.", "00A77B21", PhiType.Serial)]
    [InlineData("Implant lot 4451A was recalled.", "4451A", PhiType.Serial)]
    [InlineData("VIN 1HGCM82633A004352 from the crash report.", "1HGCM82633A004352", PhiType.Serial)]
    public void Scrub_LabelledIdentifier_ReplacesNumberKeepsLabel(string input, string identifier, PhiType type) =>
        ShouldFind(input, identifier, type);

    [Fact]
    public void Scrub_MedicalRecordNumber_UsesMrnPlaceholder() =>
        ShouldScrubTo("MRN 12345678 for the consult.", "MRN [MRN] for the consult.");

    [Fact]
    public void Scrub_NpiDigitsThatAlsoLookLikeAPhone_AreNpi()
    {
        var result = Scrubber.Scrub("NPI 5551234567.");
        result.Spans.Should().ContainSingle().Which.Type.Should().Be(PhiType.Npi);
    }

    [Theory]
    [InlineData("Chart review shows no allergies.")]
    [InlineData("A lot of patients ask about it.")]
    [InlineData("The account of events was unclear.")]
    public void Scrub_LabelWordWithoutNumber_IsKept(string input) => ShouldKeep(input);
}
