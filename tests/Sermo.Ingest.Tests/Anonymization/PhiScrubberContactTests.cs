using Sermo.Ingest.Anonymization;
using static Sermo.Ingest.Tests.Anonymization.ScrubAssertions;

namespace Sermo.Ingest.Tests.Anonymization;

public class PhiScrubberContactTests
{
    [Theory]
    [InlineData("Call (555) 123-4567 after 5.", "(555) 123-4567")]
    [InlineData("Call 555-123-4567 after 5.", "555-123-4567")]
    [InlineData("Call 555.123.4567 after 5.", "555.123.4567")]
    [InlineData("Call 555 123 4567 after 5.", "555 123 4567")]
    [InlineData("Call +1 555 123 4567 after 5.", "+1 555 123 4567")]
    [InlineData("Call 1-555-123-4567 after 5.", "1-555-123-4567")]
    [InlineData("Call 5551234567 after 5.", "5551234567")]
    [InlineData("Call 555-123-4567 ext. 123 after 5.", "555-123-4567 ext. 123")]
    [InlineData("Call 555-123-4567 x42 after 5.", "555-123-4567 x42")]
    public void Scrub_PhoneNumberInText_ReplacedWithPlaceholder(string input, string phone) =>
        ShouldFind(input, phone, PhiType.Phone);

    [Theory]
    [InlineData("Fax records to 555-123-9876 please.", "555-123-9876")]
    [InlineData("fax: (555) 222-3333", "(555) 222-3333")]
    public void Scrub_NumberAfterFax_IsFax(string input, string fax) =>
        ShouldFind(input, fax, PhiType.Fax);

    [Theory]
    [InlineData("Email jane.doe@example.com for the protocol.", "jane.doe@example.com")]
    [InlineData("Reach me at dr_k+forum@mail.hospital.org.", "dr_k+forum@mail.hospital.org")]
    public void Scrub_Email_ReplacedWithEmail(string input, string email) =>
        ShouldFind(input, email, PhiType.Email);

    [Theory]
    [InlineData("See https://example.com/case?id=12 for images.", "https://example.com/case?id=12")]
    [InlineData("See http://intranet.local/x.", "http://intranet.local/x")]
    [InlineData("See www.mypractice.org for hours.", "www.mypractice.org")]
    [InlineData("Photos at example.com/path/img.png today.", "example.com/path/img.png")]
    [InlineData("Her blog smithfamily.net has details.", "smithfamily.net")]
    public void Scrub_Url_ReplacedWithUrl(string input, string url) =>
        ShouldFind(input, url, PhiType.Url);

    [Theory]
    [InlineData("Login from 192.168.1.20 failed.", "192.168.1.20")]
    [InlineData("Login from 2001:db8::1 failed.", "2001:db8::1")]
    [InlineData("Login from fe80::1ff:fe23:4567:890a failed.", "fe80::1ff:fe23:4567:890a")]
    [InlineData("Login from 2001:0db8:85a3:0000:0000:8a2e:0370:7334 failed.", "2001:0db8:85a3:0000:0000:8a2e:0370:7334")]
    public void Scrub_IpAddress_ReplacedWithIp(string input, string ip) =>
        ShouldFind(input, ip, PhiType.Ip);

    [Theory]
    [InlineData("Seen at 10:30:15, ratio 1:2:3.")]
    [InlineData("Values 300.400.500.600 are not an address.")]
    [InlineData("e.g. take q.d. with food, i.e. daily.")]
    public void Scrub_NotAnAddressOrUrl_IsKept(string input) => ShouldKeep(input);

    [Theory]
    [InlineData("Agree with @drsmith on this.", "@drsmith")]
    [InlineData("@cardio_guy what do you think?", "@cardio_guy")]
    [InlineData("Thanks @Jane.Doe.", "@Jane.Doe")]
    public void Scrub_AtMention_ReplacedWithMention(string input, string mention) =>
        ShouldFind(input, mention, PhiType.Mention);

    [Fact]
    public void Scrub_KnownHandleWithoutAt_ReplacedCaseInsensitivelyAsWholeWord()
    {
        const string input = "As GasDoc42 said, and gasdoc42 again; gasdoc420 is someone else.";
        var result = Scrubber.Scrub(input, ["gasdoc42"]);

        result.Text.Should().Be("As [MENTION] said, and [MENTION] again; gasdoc420 is someone else.");
        result.Spans.Should().HaveCount(2).And.OnlyContain(span => span.Type == PhiType.Mention);
    }

    [Fact]
    public void Scrub_KnownHandleWithUnusualCharacters_IsFound()
    {
        var result = Scrubber.Scrub("Per Dr.Who! we wait.", ["Dr.Who!"]);
        result.Text.Should().Contain("[MENTION]").And.NotContain("Who!");
    }
}
