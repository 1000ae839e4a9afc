using Sermo.Ingest.Anonymization;
using static Sermo.Ingest.Tests.Anonymization.ScrubAssertions;

namespace Sermo.Ingest.Tests.Anonymization;

public class PhiScrubberSpanTests
{
    private const string Post = """
        pt John Whitfield (MRN 12345678), 92-year-old, seen 3/4/2025 by Dr. Chen at 123 Main St, Dayton, OH 45402.
        Call (555) 123-4567, fax 555-987-6543, or jw@example.com; @nurse_amy has the chart. Crohn's flare on Humira.
        """;

    [Fact]
    public void Scrub_MixedPost_EverySpanIsTheIdentifierInTheOriginal()
    {
        var result = Scrubber.Scrub(Post);

        result.Spans.Select(span => (Post[span.Start..span.End], span.Type)).Should().Equal(
            ("John Whitfield", PhiType.Name),
            ("12345678", PhiType.MedicalRecord),
            ("92-year-old", PhiType.Age),
            ("3/4/2025", PhiType.Date),
            ("Chen", PhiType.Name),
            ("123 Main St", PhiType.Address),
            ("Dayton", PhiType.City),
            ("45402", PhiType.Zip),
            ("(555) 123-4567", PhiType.Phone),
            ("555-987-6543", PhiType.Fax),
            ("jw@example.com", PhiType.Email),
            ("@nurse_amy", PhiType.Mention));
    }

    [Fact]
    public void Scrub_MixedPost_TextHasTypedPlaceholdersAndKeepsClinicalTerms()
    {
        var result = Scrubber.Scrub(Post);

        result.Text.Should().Be("""
            pt [NAME] (MRN [MRN]), [AGE], seen [DATE] by Dr. [NAME] at [ADDRESS], [CITY], OH [ZIP].
            Call [PHONE], fax [FAX], or [EMAIL]; [MENTION] has the chart. Crohn's flare on Humira.
            """);
    }

    [Fact]
    public void Scrub_Spans_AreSortedAndDoNotOverlap()
    {
        var result = Scrubber.Scrub(Post + " jane.doe@example.com www.example.com/a 2025-03-04 Mar 4, 2025 555-123-4567");

        result.Spans.Zip(result.Spans.Skip(1)).Should().OnlyContain(pair => pair.First.End <= pair.Second.Start);
    }

    [Fact]
    public void Scrub_EmailContainingADomain_KeepsTheLongerEmailSpan()
    {
        var result = Scrubber.Scrub("Write to jane@clinic.example.com today.");

        result.Spans.Should().ContainSingle().Which.Type.Should().Be(PhiType.Email);
    }

    [Theory]
    [InlineData(PhiType.MedicalRecord, "[MRN]")]
    [InlineData(PhiType.Name, "[NAME]")]
    [InlineData(PhiType.Ssn, "[SSN]")]
    [InlineData(PhiType.Mention, "[MENTION]")]
    public void Placeholder_IsUpperCasedTypeNameExceptMrn(PhiType type, string placeholder) =>
        PhiPlaceholder.For(type).Should().Be(placeholder);
}
