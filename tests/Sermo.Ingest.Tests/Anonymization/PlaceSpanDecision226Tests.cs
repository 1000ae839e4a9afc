using Sermo.Ingest.Anonymization;

namespace Sermo.Ingest.Tests.Anonymization;

/// <summary>
/// Decision 226 (issue #14): a place's name goes on across its joining words when a place is found on one side: two found
/// parts joined by "of" ("[place] of [place]"), a found place in its town ("[place] in [town]"), and capitalised words before
/// "of" and a found place ("Sunrise of [town]"). Sentences of their own, none from a gold set; the shipped scrubber (rules and
/// detector), since the rule reads what both found.
/// </summary>
public class PlaceSpanDecision226Tests
{
    private static readonly PhiScrubber Scrubber = new();

    [Theory]
    [InlineData("Her mother moved into Sunrise of Dayton after the hip fracture.", "Sunrise of Dayton")]
    [InlineData("Volunteers from Friends of Tucson drove him to every dialysis session.", "Friends of Tucson")]
    [InlineData("He was sent over from St. Vincent's in Toledo with a GI bleed.", "St. Vincent's in Toledo")]
    [InlineData("The parish nurse at Holy Redeemer of Toledo calls me weekly about him.", "Holy Redeemer of Toledo")]
    public void Scrub_PlaceNamedAcrossAJoiningWord_FoundWhole(string input, string place)
    {
        var result = Scrubber.Scrub(input);
        result.Spans.Select(span => input[span.Start..span.End])
            .Should().Contain(place, because: $"\"{place}\" is one place; the scrubber wrote \"{result.Text}\"");
    }

    [Theory]
    [InlineData("Tetralogy of Fallot repaired at age two, now pregnant and doing well.")]
    [InlineData("Type of Care: inpatient rehab, then home with PT.")]
    [InlineData("Graves disease of long standing, now on methimazole.")]
    [InlineData("Bell's palsy of the left face resolved on prednisone.")]
    public void Scrub_ClinicalWordsAroundOf_Kept(string input) => Scrubber.Scrub(input).Text.Should().Be(input);

    [Theory]
    [InlineData("Most of Dayton lost power in the storm, so the ED filled up.", "Most")]
    [InlineData("Dr. Okafor of Toledo called about the transfer.", "of")]
    [InlineData("Mercy of Toledo sent her over with sepsis.", "Mercy")]
    public void Scrub_WordBeforeOfAndATown_NotTakenWithIt(string input, string kept) =>
        Scrubber.Scrub(input).Text.Should().Contain(kept);
}
