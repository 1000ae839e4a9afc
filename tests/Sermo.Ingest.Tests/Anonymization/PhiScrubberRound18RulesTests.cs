using Sermo.Ingest.Anonymization;
using static Sermo.Ingest.Tests.Anonymization.ScrubAssertions;

namespace Sermo.Ingest.Tests.Anonymization;

/// <summary>
/// Round 18's rule (issue #14, decision 134): the town of a British, Canadian or Australian address line, read from where it
/// stands, right before the postcode or before a province or state code and the postcode. The rule is asked directly (the
/// detector often takes the same town as a name, which hides what the rule found), and the whole scrubber must remove the town.
/// Sentences of their own, none from a gold set.
/// </summary>
public class PhiScrubberRound18RulesTests
{
    [Theory]
    [InlineData("Records to 4 Mill Lane, Little Snoring NR21 0AB please.", "Little Snoring", "NR21 0AB")]
    [InlineData("Records to 4 Mill Lane, Grimsby DN31 1HQ please.", "Grimsby", "DN31 1HQ")]
    [InlineData("Her address: 22 Kerr Road, Moose Jaw SK S6H 4P1 for the consult letter.", "Moose Jaw", "S6H 4P1")]
    [InlineData("Her address: 22 Kerr Road, Thunder Bay ON P7B 5E1 for the consult letter.", "Thunder Bay", "P7B 5E1")]
    [InlineData("Send the films to 9 Bligh St, Wagga Wagga NSW 2650 by Friday.", "Wagga Wagga", "2650")]
    [InlineData("Send the films to 9 Bligh St, Kalgoorlie WA 6430 by Friday.", "Kalgoorlie", "6430")]
    public void Detect_TownBeforeAPostcodeAbroad_TownFoundAsCity(string input, string town, string postcode)
    {
        var found = FoundByTheRule(input);

        found.Should().Contain((town, PhiType.City));
        found.Should().Contain((postcode, PhiType.Zip));
        ShouldRemove(input, town);
        ShouldRemove(input, postcode);
    }

    [Theory]
    [InlineData("Metformin SA 1000 mg twice daily, tolerating it.")]
    [InlineData("the Grimsby DN31 1HQ address was wrong")]
    [InlineData("Reviewed, Heart Failure clinic in 2 weeks.")]
    public void Detect_NoAddressLineOrNoPostcode_NoTown(string input) =>
        FoundByTheRule(input).Should().NotContain(f => f.Type == PhiType.City, "a town is read from an address line's order before a postcode");

    [Theory]
    [InlineData("Metformin SA 1000 mg twice daily, tolerating it.")]
    [InlineData("Reviewed, Heart Failure clinic in 2 weeks.")]
    public void Scrub_DoseOrClinicAfterAComma_Kept(string input) => ShouldKeep(input);

    private static List<(string Text, PhiType Type)> FoundByTheRule(string text)
    {
        var index = TokenIndex.Build(text);
        var found = new List<Detection>();
        ForeignPostcodes.Detect(index, found);
        TownsBeforeForeignPostcodes.Detect(index, found);
        return [.. found.Select(d => (text[d.Start..d.End], d.Type))];
    }
}
