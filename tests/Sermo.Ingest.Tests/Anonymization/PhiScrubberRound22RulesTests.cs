using static Sermo.Ingest.Tests.Anonymization.ScrubAssertions;

namespace Sermo.Ingest.Tests.Anonymization;

/// <summary>
/// Round 22's rule (issue #14, decision 155), from the largest cause the misses of rounds 10-21 pooled show in every round (towns
/// and facilities with no head noun): a place whose name a finder took only in part because one word reads as a person's, the
/// opener before it ("Port", "Fort", "St.", "USS") or the closer after it ("Island", "County", "Springs"). Sentences of their
/// own, none from a gold set.
/// </summary>
public class PhiScrubberRound22RulesTests
{
    [Theory]
    [InlineData("Ms. Okafor drove in from Port Everett with chest pain.", "Port")]
    [InlineData("He was stationed at Fort Morgan for two years, now with tinnitus.", "Fort")]
    [InlineData("Mr. Haddad was transferred to St. Agatha's for dialysis.", "St.")]
    [InlineData("The sailor came off the USS Whitaker with a perforated appendix.", "USS")]
    public void Scrub_PlaceOpenerBeforeAFoundName_PlaceWordRemovedToo(string input, string placeWord) =>
        Scrubber.Scrub(input).Text.Should().NotContain(placeWord).And.Contain("[CITY]");

    [Theory]
    [InlineData("She lives alone out on Harriet Island and could not get to the pharmacy.", "Island")]
    [InlineData("Mr. Lindqvist drives in from Dorothy Springs every week for his INR.", "Springs")]
    public void Scrub_PlaceCloserAfterAFoundName_PlaceWordRemovedToo(string input, string placeWord) =>
        Scrubber.Scrub(input).Text.Should().NotContain(placeWord).And.Contain("[CITY]");

    [Theory]
    [InlineData("Port flushed fine; Mrs. Abernethy tolerated the infusion.", "Port flushed")]
    [InlineData("Added St. John's wort to the interaction list for Mr. Haddad.", "wort")]
    [InlineData("Mr. Okafor had a fall at home and the County paramedics brought him in.", "County paramedics")]
    [InlineData("Mrs. Lindqvist Springs into action every time the alarm goes off.", "into action")]
    public void Scrub_PlaceWordNotJoinedToAFoundName_Kept(string input, string kept) =>
        Scrubber.Scrub(input).Text.Should().Contain(kept);

    [Theory]
    [InlineData("Fort-night of fevers, then a rash on the palms.")]
    [InlineData("Lake water exposure, so we covered for Aeromonas.")]
    public void Scrub_PlaceWordWithNoFoundNameBeside_NothingNew(string input) =>
        Scrubber.Scrub(input).Text.Should().Be(input);
}
