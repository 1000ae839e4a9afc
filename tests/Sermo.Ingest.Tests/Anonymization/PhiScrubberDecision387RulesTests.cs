using Sermo.Ingest.Anonymization;

namespace Sermo.Ingest.Tests.Anonymization;

/// <summary>
/// Decision 387's rule (issue #14): a workplace, venue or lodging named by capitalised words before a head noun of its kind is
/// found wherever it stands; a run of kind words alone, a head in lower case, a head before a number, a possessive eponym and
/// a run holding a clinical term stay; after "at" or "from" a lower-case head closes a named run too, and a run of kind words
/// before it stays. Sentences of their own, none from a gold set.
/// </summary>
public class PhiScrubberDecision387RulesTests
{
    private static readonly PhiScrubber RulesOnly = new(model: null);

    private static readonly PhiScrubber Shipped = new();

    [Theory]
    [InlineData("volunteer at Gannet Point Rescue, bitten on the thumb by a harbor seal pup", "Gannet Point Rescue")]
    [InlineData("works the churn room at Whitlow Creamery, scalded forearm from a steam line", "Whitlow Creamery")]
    [InlineData("groom at Blackthorn Stables kicked in the chest by a mare this morning", "Blackthorn Stables")]
    [InlineData("dog handler from Copperfield Kennels with a deep bite to the forearm", "Copperfield Kennels")]
    [InlineData("pit crew member at Tanager Creek Speedway, burns to both hands", "Tanager Creek Speedway")]
    [InlineData("night cook at Morrow's Diner, grease burn, tetanus updated", "Morrow's Diner")]
    [InlineData("the Wexley Airfield crew sent their mechanic in with a crushed finger", "Wexley Airfield")]
    [InlineData("Pellham Foundry sent three men in with metal fume fever last week", "Pellham Foundry")]
    [InlineData("she tends bar at the Juniper Ridge Inn and has had this cough for a month", "Juniper Ridge Inn")]
    public void Scrub_WorkplaceByItsHead_Found(string input, string place) => RulesOnlyCoverage.ShouldFind(input, place);

    [Theory]
    [InlineData("Gannet Point Rescue", "Gannet Point Rescue")]
    [InlineData("At Whitlow Creamery the vats run hot", "Whitlow Creamery")]
    [InlineData("The Cedar Flats Wildlife Rescue volunteer", "Cedar Flats Wildlife Rescue")]
    public void Detect_WorkplaceByItsHead_RunWithoutOpeners(string input, string place)
    {
        var found = new List<Detection>();

        var text = " " + input;

        WorkplacesAndVenuesByHead.Detect(text, found);

        var only = found.Should().ContainSingle().Subject;
        text.Substring(only.Start, only.End - only.Start).Should().Be(place);
    }

    [Theory]
    [InlineData("brought in by Fire Rescue after the kitchen fire, singed eyebrows")]
    [InlineData("crush injury at the Fire Station when the ladder truck rolled")]
    [InlineData("her son is at Summer Camp and the Animal Rescue took the dog")]
    [InlineData("full range of motion, positive Mill's sign on the left")]
    [InlineData("bed 4 by the Nursing Station 2 desk was the one that fell")]
    [InlineData("works at the mill and the creamery, lower case throughout")]
    [InlineData("the Diner Street clinic sees the whole valley")]
    [InlineData("Kennels are a common source of kennel cough outbreaks")]
    [InlineData("her Book Club meets at the library and two of them have shingles")]
    [InlineData("Millbrook and Marinade are not heads at all")]
    [InlineData("kids at the Petting Zoo got E. coli, and the Ferry Terminal staff too")]
    [InlineData("the Fish Hatchery and the Weather Station both called about the storm")]
    [InlineData("works at the Steel Mill, shoveled coal at the Power Station before that")]
    public void Detect_KindWordsLowerCaseNumberOrNoRun_NothingFound(string input)
    {
        var found = new List<Detection>();

        WorkplacesAndVenuesByHead.Detect(input, found);

        found.Should().BeEmpty();
    }

    [Theory]
    [InlineData("picker who lives at Rancho Verde camp, heat cramps after a double shift", "Rancho Verde camp")]
    [InlineData("found down at the Tolliver depot by the night clerk, glucose 38", "Tolliver depot")]
    [InlineData("two jockeys from the Ashcombe County fairgrounds with the same rash", "Ashcombe County fairgrounds")]
    public void Scrub_WorkplaceByLowerCaseHeadInPlaceSlot_Found(string input, string place) => RulesOnlyCoverage.ShouldFind(input, place);

    [Theory]
    [InlineData("carried in from the Fire station after the drill, ankle sprain", "Fire station")]
    [InlineData("homesick kid at Summer camp with a fever, sent home", "Summer camp")]
    public void Scrub_KindWordBeforeLowerCaseHead_Kept(string input, string words) => RulesOnly.Scrub(input).Text.Should().Contain(words);

    [Theory]
    [InlineData("stevedore pinned against a container at berth 17, open tib-fib", "17")]
    [InlineData("groom stepped on by a filly in stall 52, crushed toes", "52")]
    [InlineData("the hand from barn 31 came in with a pitchfork puncture", "31")]
    public void Scrub_NumberedBerthStallOrBarn_Found(string input, string number) => RulesOnlyCoverage.ShouldFind(input, number);

    [Theory]
    [InlineData("engine stall 3 times on the way in, then the crash")]
    [InlineData("she mucked out barn 2 all morning before the syncope")]
    public void Scrub_SingleDigitOrCountAfterStallOrBarn_Kept(string input) => RulesOnly.Scrub(input).Text.Should().Be(input);

    [Theory]
    [InlineData("positive Mill's sign on exam, referred to rheum", "Mill's sign")]
    [InlineData("Bakery workers' asthma from flour dust, classic story", "Bakery workers' asthma")]
    public void Scrub_ClinicalOrWardUse_Kept(string input, string term) => Shipped.Scrub(input).Text.Should().Contain(term);
}
