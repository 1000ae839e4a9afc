using Sermo.Ingest.Anonymization;

namespace Sermo.Ingest.Tests.Anonymization;

/// <summary>
/// Decision 336's rule (issue #14): a fire, rescue or line crew's number in two groups or with a letter, an engine's four-digit
/// number, and a radio call sign spoken as a word and a number. A count after "crew", an engine's speed or year with a unit, and
/// a call sign's word with no number stay. Sentences of their own, none from a gold set.
/// </summary>
public class PhiScrubberDecision336RulesTests
{
    private static readonly PhiScrubber RulesOnly = new(model: null);

    [Theory]
    [InlineData("hand crew 5-18, two sawyers with yellow jacket stings, one wheezing", "5-18")]
    [InlineData("the fuels guy from crew 11-04: burns to both palms from a drip torch", "11-04")]
    [InlineData("storm restoration (line crew 27-C) brought in a lineman with a fall from the bucket", "27-C")]
    [InlineData("Crew 9D: their lookout came down with altitude sickness", "9D")]
    [InlineData("engine 3390 dropped off a firefighter with a heat rash and a CK of 9,000", "3390")]
    [InlineData("Engine 7114 captain asked whether his guy can go back on the line", "7114")]
    [InlineData("the division sup, call sign Echo 22, wants a medic at the drop point", "Echo 22")]
    [InlineData("searcher on callsign Summit 4 twisted a knee on the scree", "Summit 4")]
    public void Scrub_CrewEngineOrSpokenCallSign_Found(string input, string number) => RulesOnlyCoverage.ShouldFind(input, number);

    [Theory]
    [InlineData("the crew 2-3 days behind on sleep all had headaches", "crew 2-3 days")]
    [InlineData("a crew 10-12 strong came through triage with smoke cough", "crew 10-12 strong")]
    [InlineData("the engine 3000 hours past its overhaul threw oil on his arm", "engine 3000 hours")]
    [InlineData("the call sign Alpha is what they use for the medical unit", "call sign Alpha is")]
    [InlineData("screw 4-40 came loose from the external fixator", "screw 4-40")]
    public void Scrub_CountsUnitsAndWordsAlone_Kept(string input, string kept) => RulesOnly.Scrub(input).Text.Should().Contain(kept);
}
