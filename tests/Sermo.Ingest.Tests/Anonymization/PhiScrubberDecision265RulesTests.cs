using Sermo.Ingest.Anonymization;

namespace Sermo.Ingest.Tests.Anonymization;

/// <summary>
/// Decision 265 (issue #14): places without a head noun that the US town lists hold, read whole by their slot. After "in",
/// "from", "near", "outside", "out of" or "moved to", a listed town that joins words by "or"/"and" or is an English word or a
/// given name ("in Truth or Consequences", "near Faith."); before a state code with no comma ("Embarrass MN."); opening a post or
/// clause before a place of care ("Kotzebue clinic"). Traps in the same slots stay: a message's sender ("a text from Faith"),
/// countries and states, clinics named for a person or a word ("Mayo clinic", "Providence hospital"). Sentences of their own, none from a gold set.
/// </summary>
public class PhiScrubberDecision265RulesTests
{
    private static readonly PhiScrubber Scrubber = new();

    [Theory]
    [InlineData("Grew up in Truth or Consequences and still drives in for dialysis.", "Truth or Consequences")]
    [InlineData("After the hailstorm in Rough and Ready we saw six kids with lacerations.", "Rough and Ready")]
    [InlineData("Single-car rollover near Faith. Chest tube placed on arrival.", "Faith")]
    [InlineData("Retired shrimper out of Bayou La Batre, COPD on 2 L at home.", "Bayou La Batre")]
    [InlineData("They moved to Normal last spring for his new job.", "Normal")]
    [InlineData("Flew a charter out of Climax, landed at noon with the burn patient.", "Climax")]
    [InlineData("Delivered at home in Cranberry Isles during the storm, placenta intact.", "Cranberry Isles")]
    public void Scrub_ListedTownInPlaceSlot_Found(string input, string town) => RulesOnlyCoverage.ShouldFind(input, town);

    [Theory]
    [InlineData("Widowed farmer, 88, Embarrass MN. Lives alone with two dogs.", "Embarrass")]
    [InlineData("Kotzebue clinic sent him down with a tib-fib fracture.", "Kotzebue")]
    [InlineData("Referral came in: Pine Ridge hospital, then our ICU for pressors.", "Pine Ridge")]
    public void Scrub_ListedTownBeforeStateCodeOrPlaceOfCare_Found(string input, string town) => RulesOnlyCoverage.ShouldFind(input, town);

    [Theory]
    [InlineData("Just back from Peru with a fever and a rash.", "Peru")]
    [InlineData("Lives in New York with her son, who manages the meds.", "New York")]
    [InlineData("Mayo clinic letter came today about the biopsy.", "Mayo")]
    [InlineData("Providence hospital called about the bed this morning.", "Providence")]
    public void Scrub_CountryStateOrWordInSameSlots_Kept(string input, string kept)
    {
        var result = Scrubber.Scrub(input);

        result.Text.Should().Contain(kept, because: $"the scrubber wrote \"{result.Text}\"");
    }

    [Fact]
    public void Scrub_SenderAfterMessageNoun_NotReadAsTown()
    {
        var result = Scrubber.Scrub("Got a text from Faith about the refill.");

        result.Text.Should().NotContain(PhiPlaceholder.For(PhiType.City), because: $"after \"a text from\" a given name is a person; the scrubber wrote \"{result.Text}\"");
    }
}
