using Sermo.Forum.Members;

namespace Sermo.Forum.Tests.Members;

public sealed class NpiNumberTests
{
    [Theory]
    [InlineData("1234567893")] // the CMS worked example
    [InlineData("1245319599")]
    public void IsValid_CheckDigitWithThe80840Prefix_True(string npi) => NpiNumber.IsValid(npi).Should().BeTrue();

    [Theory]
    [InlineData("1234567890")]
    [InlineData("1234567894")]
    [InlineData("123456789")]
    [InlineData("12345678930")]
    [InlineData("12345678a3")]
    [InlineData("")]
    [InlineData(null)]
    public void IsValid_WrongCheckDigitOrShape_False(string? npi) => NpiNumber.IsValid(npi).Should().BeFalse();

    [Fact]
    public void Lists_AtLeastFortySpecialtiesIncludingEverySampleOne_AndFiftyStatesPlusDc()
    {
        Specialties.All.Should().HaveCountGreaterThanOrEqualTo(40).And.OnlyHaveUniqueItems();
        var sample = File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Members", "sample-members.jsonl"))
            .Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement.GetProperty("specialty").GetString()!).Distinct();
        Specialties.All.Should().Contain(sample);
        UsStates.All.Select(s => s.Code).Should().Contain(["CA", "TX", "DC", "WY"]).And.OnlyHaveUniqueItems();
    }
}
