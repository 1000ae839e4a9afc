using Sermo.Ingest.Anonymization;

namespace Sermo.Ingest.Tests.Anonymization;

/// <summary>
/// Round 29's rule (issue #14, decision 187; the file is named for the decision so that no file of this branch carries a
/// held-out set's round name). A road named by its number with no house number before it ("on Route 9", "under I-10") and a
/// point on such a road ("off exit 118", "mile marker 212") are addresses; a lower-case "route" (a drug's), a number with a
/// unit, a count or a decimal after it, and "I-"/"US-" codes after no road word ("the I-693 form") stay. Read by the rules
/// alone, so the learned detector cannot pass a test the rules fail. Sentences of their own, none from a gold set.
/// </summary>
public class PhiScrubberDecision187RulesTests
{
    private static readonly PhiScrubber RulesOnly = new(model: null);

    [Theory]
    [InlineData("farmer rolled his ATV into the ditch on Route 17 and lay there overnight, CK 40k", "Route 17")]
    [InlineData("she lives in a trailer off Hwy. 52 and the ambulance took 50 minutes", "Hwy. 52")]
    [InlineData("pileup on highway 30 in the fog, we got four of them", "highway 30")]
    [InlineData("trucker had crushing chest pain at a rest stop on I-70 and called 911", "I-70")]
    [InlineData("the encampment under I-405 got swept again, his wound vac went with it", "I-405")]
    [InlineData("motorcycle vs deer on US-89 north of town, open femur", "US-89")]
    [InlineData("EMS picked her up near Exit 62 with a glucose of 30", "Exit 62")]
    [InlineData("hunter found down near mile marker 147, core temp 29", "147")]
    [InlineData("works nights at the diner on Loop 410, gets his insulin there", "Loop 410")]
    [InlineData("family runs a fruit stand on Route 9W, kid stung by a wasp", "Route 9W")]
    public void Scrub_RoadNamedByItsNumberOrAPointOnIt_Removed(string input, string road)
    {
        var result = RulesOnly.Scrub(input);
        result.Text.Should().NotContain(road, because: $"\"{road}\" in \"{input}\" places the patient; the rules scrubbed: \"{result.Text}\"");
    }

    [Theory]
    [InlineData("switched the route 2 days ago from IV to PO and the levels held")]
    [InlineData("she needs the I-693 signed before the visa interview, titers are pending")]
    [InlineData("pedigree: I-2 and II-3 both carry the variant, III-1 untested")]
    [InlineData("exit 2 times from the program before she stayed, now sober a year")]
    [InlineData("the US 4.5 cm mass was not there on the prior CT")]
    [InlineData("loop 2 diuretics together and watch the potassium")]
    public void Scrub_RoadWordBeforeACountUnitOrCode_Kept(string input) => RulesOnly.Scrub(input).Text.Should().Be(input);
}
