using Sermo.Ingest.Anonymization;

namespace Sermo.Ingest.Tests.Anonymization;

/// <summary>
/// Decision 238 (issue #14): a name typed in lower case after a lower-case title ("mrs", "mr", "dr"), after a kin noun ("her
/// husband", "his gf"), or beside a name found so far. Sentences of their own, none from a gold set; the shipped scrubber (rules
/// and detector), since one shape reads what the others found.
/// </summary>
public class LowerCaseNameDecision238Tests
{
    private static readonly PhiScrubber Scrubber = new();

    [Theory]
    [InlineData("does dr okafor-lindqvist still cover the sleep lab on fridays", "okafor-lindqvist")]
    [InlineData("sooo mr haraldsson-berg is back, same cellulitis", "haraldsson-berg")]
    public void Scrub_NameAfterLowerCaseTitle_Removed(string input, string name) => AssertRemoved(input, name);

    [Theory]
    [InlineData("his bf kenji says he drank all weekend", "kenji")]
    [InlineData("her bf dmitri hit her, orbital fracture", "dmitri")]
    public void Scrub_NameAfterKinNoun_Removed(string input, string name) => AssertRemoved(input, name);

    [Theory]
    [InlineData("her bf dmitri volkov, 24, hit her, orbital fracture", "volkov")]
    [InlineData("his mom wanjiku kamau-otieno, 58, brought him in", "kamau-otieno")]
    public void Scrub_SurnameAfterLowerCaseNameFound_Removed(string input, string surname) => AssertRemoved(input, surname);

    [Theory]
    [InlineData("her son says the cough is better since the inhaler.")]
    [InlineData("her son will drive her home after the scope.")]
    [InlineData("dr appt moved to friday bc of the snow.")]
    [InlineData("mild mr and tr on the echo, ef normal.")]
    [InlineData("saw mrs smith today, she is fine.")]
    [InlineData("his wife prefers the morning slot for infusions.")]
    public void Scrub_LowerCaseWordsAfterTitleOrKinNoun_Kept(string input) => Scrubber.Scrub(input).Text.Should().Be(input);

    [Theory]
    [InlineData("his bf kenji prior to the admission drank daily.", "prior to the admission")]
    [InlineData("her bf dmitri hit her, orbital fracture", "hit her")]
    public void Scrub_EnglishWordAfterLowerCaseNameFound_Kept(string input, string kept) => Scrubber.Scrub(input).Text.Should().Contain(kept);

    private static void AssertRemoved(string input, string name)
    {
        var result = Scrubber.Scrub(input);
        result.Text.Should().NotContain(name, because: $"\"{name}\" is a person's name; the scrubber wrote \"{result.Text}\"");
    }
}
