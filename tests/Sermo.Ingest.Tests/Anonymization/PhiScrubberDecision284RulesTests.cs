using Sermo.Ingest.Anonymization;

namespace Sermo.Ingest.Tests.Anonymization;

/// <summary>
/// Decision 284's rules (issue #14): a one-digit room, bed or bay whose words place a person, and an office suite's number,
/// while a duration, a count, equipment rooms and bays of no one stay. Sentences of their own, none from a gold set.
/// </summary>
public class PhiScrubberDecision284RulesTests
{
    private static readonly PhiScrubber RulesOnly = new(model: null);

    [Theory]
    [InlineData("the nurse says the man in rm 5 pulled his line again", "5")]
    [InlineData("we moved grandpa to room 8 after the fall", "8")]
    [InlineData("she was found on the floor of bay 3 at dawn", "3")]
    [InlineData("the kid in PACU bay 6 is still vomiting", "6")]
    [InlineData("Night list: rm 4 Okafor, Bisi - pyelo, on ceftriaxone", "4")]
    [InlineData("Night team, bed 2 is Lindqvist, the one with the hip", "2")]
    [InlineData("Sign-out bed 6: Marguerite Ansel, septic, on pressors", "6")]
    [InlineData("Handover, bay 5 bed 1: OKONJO, TEMI, sepsis", "5")]
    [InlineData("Handover, bay 5 bed 1: OKONJO, TEMI, sepsis", "1")]
    [InlineData("Pham, Lien - bed 3 - cellulitis, on cefazolin", "3")]
    [InlineData("sent over to Mercy West on Tuesday, bed 9.", "9")]
    [InlineData("the VIP is in suite 2210 with his security detail", "2210")]
    [InlineData("her office moved to 44 Birch Ave, Ste 315 last spring", "315")]
    [InlineData("follow-up is at 812 Poplar Ln, suite 40 on Friday", "812 Poplar Ln, suite 40")]
    public void Scrub_OneDigitRoomOrSuiteThatPlacesAPerson_Found(string input, string number) => RulesOnlyCoverage.ShouldFind(input, number);

    [Theory]
    [InlineData("stuck in bed 3 weeks after the fracture", "bed 3 weeks")]
    [InlineData("waited in room 2 for ages, then went home", "room 2 for")]
    [InlineData("nobody in bay 5 has a fever tonight", "bay 5")]
    [InlineData("the scanner room 2 queue was long today", "room 2")]
    [InlineData("trauma bay 1: chest pain, syncope, two rollovers", "bay 1")]
    [InlineData("ED board at noon: bay 4 chest pain, bay 7 syncope", "bay 4 chest pain")]
    [InlineData("strict bed rest for 2 days, then PT", "bed rest")]
    [InlineData("sats fine on room air, POD 3 after the lobectomy", "POD 3")]
    [InlineData("a suite of tests for 2 units of blood", "suite of tests")]
    [InlineData("the bay leaf in the stew set off her allergy", "bay leaf")]
    [InlineData("the clinic at 40 Elm St, suite of offices upstairs, is closing", "suite of offices")]
    public void Scrub_DurationCountOrRoomOfNoOne_Kept(string input, string kept) => RulesOnly.Scrub(input).Text.Should().Contain(kept);
}
