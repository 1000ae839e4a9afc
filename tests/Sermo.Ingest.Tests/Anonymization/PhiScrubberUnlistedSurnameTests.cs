using Sermo.Ingest.Anonymization;
using static Sermo.Ingest.Tests.Anonymization.ScrubAssertions;

namespace Sermo.Ingest.Tests.Anonymization;

/// <summary>Surnames missing from the census list still go when a first name vouches for them.</summary>
public class PhiScrubberUnlistedSurnameTests
{
    [Theory]
    [InlineData("Frank Oyelaran had the exact same course.", "Frank Oyelaran")]
    [InlineData("Her proxy is Maria Oyelaran, who lives out of state.", "Maria Oyelaran")]
    [InlineData("We admitted Kevin Nwachukwu overnight.", "Kevin Nwachukwu")]
    [InlineData("Spoke with Susan Venkataraghavan about the echo.", "Susan Venkataraghavan")]
    public void Scrub_FirstNameWithUnlistedSurname_WholeNameRemoved(string input, string name) =>
        ShouldFind(input, name, PhiType.Name);

    [Theory]
    [InlineData("Will Jardiance help her weight as well?")]
    [InlineData("Bill Medicare for the CGM supplies.")]
    public void Scrub_WordNameBeforeBrandOrWord_Kept(string input)
    {
        var result = Scrubber.Scrub(input);
        result.Text.Should().Contain(input.Split(' ')[1]);
    }
}
