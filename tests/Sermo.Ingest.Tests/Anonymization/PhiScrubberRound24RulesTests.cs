using Sermo.Ingest.Anonymization;
using static Sermo.Ingest.Tests.Anonymization.ScrubAssertions;

namespace Sermo.Ingest.Tests.Anonymization;

/// <summary>
/// Round 24's rule (issue #14, decision 163): a place with no head noun after a phrase that says where someone lives, goes or
/// works ("out by", "transferred to", "works at"). The places are read by the rules alone, so that the learned detector, which
/// finds many unknown capitalised words by itself, cannot pass a test the rule fails. Sentences and town names of their own,
/// none from a gold set.
/// </summary>
public class PhiScrubberRound24RulesTests
{
    private static readonly PhiScrubber RulesOnly = new(model: null);

    [Theory]
    [InlineData("He lives alone out by Uncertain, no phone.", "Uncertain")]
    [InlineData("Her folks live out past Bland, an hour on gravel.", "Bland")]
    [InlineData("The ranch is way out toward Brindlemoor, an hour on gravel.", "Brindlemoor")]
    [InlineData("Lives out by Tranquil and Plenty Bend with his son.", "Tranquil and Plenty Bend")]
    public void Scrub_TownAfterOutBy_FoundAsATown(string input, string town) => ShouldFindByRules(input, town);

    [Theory]
    [InlineData("Airlifted to Tollgrave for the cath lab overnight.", "Tollgrave")]
    [InlineData("PTSD after his deployment to Qarnavat, sleeps two hours a night.", "Qarnavat")]
    [InlineData("Her mom took her to Lindenmoor first, they sent her home.", "Lindenmoor")]
    [InlineData("His wife is a nurse at Brevicor and has the insurance.", "Brevicor")]
    public void Scrub_UnknownPlaceAfterMovingOrWorkingCue_FoundAsATown(string input, string place) => ShouldFindByRules(input, place);

    [Theory]
    [InlineData("The stitches come out by Thursday.")]
    [InlineData("We transferred her to Neurology after the scan.")]
    [InlineData("We moved to Ozempic after the metformin failed.")]
    [InlineData("Sent the results out by Epic message this morning.")]
    public void Scrub_WordAfterLocativeCueThatIsNoPlace_Kept(string input) => ShouldKeep(input);

    [Theory]
    [InlineData("Admitted a 93yoF overnight with a hip fracture.", "93yoF")]
    [InlineData("New consult, 102y/oM, lives alone.", "102y/oM")]
    public void Scrub_AgeWithUnitAndSexLetterJoined_RemovedWhole(string input, string age)
    {
        var text = RulesOnly.Scrub(input).Text;
        text.Should().Contain("[AGE]");
        text.Should().NotContain(age.TrimStart("0123456789".ToCharArray()));
    }

    [Theory]
    [InlineData("Started 40yoF on the new regimen.")]
    [InlineData("Booked 95yoga sessions this year, she says.")]
    public void Scrub_JoinedShorthandUnderNinety_Kept(string input) => ShouldKeep(input);

    private static void ShouldFindByRules(string input, string place)
    {
        var result = RulesOnly.Scrub(input);
        result.Spans.Select(span => (input[span.Start..span.End], span.Type))
            .Should().Contain((place, PhiType.City), because: $"\"{place}\" in \"{input}\" is a town; the rules scrubbed: \"{result.Text}\"");
    }
}
