using Sermo.Ingest.Anonymization;

namespace Sermo.Ingest.Tests.Anonymization;

/// <summary>
/// Round 30's rule (issue #14, decision 195; the file is named for the decision so that no file of this branch carries a
/// held-out set's round name). A holiday or month with no day number and no year that opens a post sets its scene or
/// season ("Christmas Eve shift: ...") and is kept; a holiday with a year or a day number, a holiday later in the post, and a
/// name that opens a post stay as the finders read them. Read by the rules alone. Sentences of their own, none from a gold set.
/// </summary>
public class PhiScrubberDecision195RulesTests
{
    private static readonly PhiScrubber RulesOnly = new(model: null);

    [Theory]
    [InlineData("Thanksgiving week again: three gallstone pancreatitis admits before noon")]
    [InlineData("Halloween: two toddlers with magnet ingestion, both went to endoscopy")]
    [InlineData("Christmas Eve night shift and the unit is full of alcohol withdrawal, CIWA all over the board")]
    [InlineData("Fourth of July weekend means firework hand injuries, ortho hand is already tired")]
    [InlineData("Ramadan fasting with insulin pumps, how are people adjusting the basal rates?")]
    [InlineData("January is when the carbon monoxide calls start in the old housing stock")]
    public void Scrub_HolidayOrMonthOpeningAPostWithoutDayOrYear_Kept(string input) => RulesOnly.Scrub(input).Text.Should().Be(input);

    [Theory]
    [InlineData("Christmas Eve 2024 she came in with DKA and a glucose of 740", "Christmas Eve 2024")]
    [InlineData("admitted him on Thanksgiving with a GI bleed, hemoglobin 6.1", "Thanksgiving")]
    public void Scrub_HolidayWithYearOrLaterInThePost_StillRemoved(string input, string date)
    {
        var result = RulesOnly.Scrub(input);
        result.Text.Should().NotContain(date, because: $"\"{date}\" in \"{input}\" dates one patient's events; the rules scrubbed: \"{result.Text}\"");
    }

    [Fact]
    public void Scrub_NameOpeningAPostThatIsAlsoAMonth_NameStillRemoved()
    {
        var result = RulesOnly.Scrub("June Whitcombe called back about her INR of 4.2, holding warfarin tonight");
        result.Text.Should().NotContain("Whitcombe", because: $"the rules scrubbed: \"{result.Text}\"");
    }
}
