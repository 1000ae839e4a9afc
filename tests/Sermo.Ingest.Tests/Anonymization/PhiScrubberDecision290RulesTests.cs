using Sermo.Ingest.Anonymization;

namespace Sermo.Ingest.Tests.Anonymization;

/// <summary>
/// Decision 290 (issue #14): places without a head noun whose own words or prefix say a place, pooled over the rotation: a vessel
/// after its prefix ("F/V Lucky Star"), a cruise ship "of the Seas", a neighbourhood named for a country ("Little Saigon"), an
/// Alaskan census area, a named wing of a care home ("the Juniper wing") and a large airport by its code ("home to PHX"). Traps
/// in the same shapes stay: "Little League", "the East wing", "Maternity wing", "MV repair", clinical codes in capitals and
/// codes in text written in capitals (the traps with the rules alone). Sentences of their own, none from a gold set.
/// </summary>
public class PhiScrubberDecision290RulesTests
{
    // The traps test the rules: the learned detector may read a capitalised word of its own ("Pitcher, 12, Little League").
    private static readonly PhiScrubber RulesOnly = new(model: null);

    [Theory]
    [InlineData("Deckhand off the F/V Lucky Star with a fishhook in his palm.", "F/V Lucky Star")]
    [InlineData("Crab season again: FV Polar Wind called in a crush injury.", "FV Polar Wind")]
    [InlineData("Skipper of the F/V Miss Dottie, hand caught in the winch.", "F/V Miss Dottie")]
    [InlineData("Served on the USS Ticonderoga in the 80s, now asbestosis.", "USS Ticonderoga")]
    [InlineData("Norovirus on the Harmony of the Seas again, 40 passengers.", "Harmony of the Seas")]
    public void Scrub_VesselAfterItsPrefix_Found(string input, string vessel) => RulesOnlyCoverage.ShouldFind(input, vessel);

    [Theory]
    [InlineData("Grandmother from Little Saigon, hep B carrier, speaks no English.", "Little Saigon")]
    [InlineData("Street outreach in Little Havana found him febrile.", "Little Havana")]
    [InlineData("Teen from Thai Town with a scaphoid fracture.", "Thai Town")]
    [InlineData("Clinic in Bethel Census Area ran out of nirsevimab.", "Bethel Census Area")]
    public void Scrub_NeighbourhoodOrCensusArea_Found(string input, string place) => RulesOnlyCoverage.ShouldFind(input, place);

    [Theory]
    [InlineData("Resident in the Juniper wing, room 12, pressure injury stage 2.", "Juniper")]
    [InlineData("Norovirus spread through the memory unit (Lilac wing) this week.", "Lilac")]
    public void Scrub_NamedWing_Found(string input, string wing) => RulesOnlyCoverage.ShouldFind(input, wing);

    [Theory]
    [InlineData("Flew home to PHX with a swollen calf, DVT on ultrasound.", "PHX")]
    [InlineData("Layover at Sea-Tac, then calf pain and dyspnea.", "Sea-Tac")]
    [InlineData("Ramp agent at ORD, crush injury of the left foot.", "ORD")]
    public void Scrub_AirportCode_Found(string input, string code) => RulesOnlyCoverage.ShouldFind(input, code);

    [Theory]
    [InlineData("Pitcher, 12, Little League elbow, rest for six weeks.", "Little League")]
    [InlineData("She was moved to the East wing after the fall.", "East")]
    [InlineData("Delivered in the Maternity wing at 02:10, APGARs fine.", "Maternity")]
    [InlineData("MV repair went well, no residual regurgitation.", "MV repair")]
    [InlineData("ANC 400 on clozapine, holding the dose.", "ANC")]
    [InlineData("LGA baby, glucose checks every 3 hours.", "LGA")]
    [InlineData("Just back from Haiti with a fever.", "Haiti")]
    public void Scrub_SameShapesWithoutAPlace_Kept(string input, string kept)
    {
        var result = RulesOnly.Scrub(input);

        result.Text.Should().Contain(kept, because: $"the scrubber wrote \"{result.Text}\"");
    }

    [Fact]
    public void Scrub_CodeInTextWrittenInCapitals_NotReadAsAirport()
    {
        var result = RulesOnly.Scrub("PT SENT FROM SEA CLINIC FOR EVAL.");

        result.Text.Should().Contain("SEA", because: $"beside words in capitals a code says nothing; the scrubber wrote \"{result.Text}\"");
    }
}
