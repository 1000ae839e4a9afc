using Sermo.Ingest.Anonymization;
using static Sermo.Ingest.Tests.Anonymization.ScrubAssertions;

namespace Sermo.Ingest.Tests.Anonymization;

/// <summary>
/// Round 18's rules (issue #14): the town of a British, Canadian or Australian address line, read from where it stands, right
/// before the postcode or before a province or state code and the postcode (decision 134). The rule is asked directly (the
/// detector often takes the same town as a name, which hides what the rule found), and the whole scrubber must remove the town.
/// And a lab abbreviation before its value is kept whatever name slot it stands in (decision 137). Sentences of their own,
/// none from a gold set.
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

    [Theory]
    [InlineData("Repeat labs are in, and Plt 41 came back lower than Monday.", "Plt 41")]
    [InlineData("Called the family, then Hb 5.9 was called to me by the lab.", "Hb 5.9")]
    [InlineData("Ortho signed off; Creat of 2.7 this morning, up from 1.4.", "Creat of 2.7")]
    [InlineData("Spoke with pharmacy: Ca: 13.2 corrected, starting zoledronic acid.", "Ca: 13.2")]
    [InlineData("Asked Dr. Oyelaran about it and Lipase 3400 came back overnight.", "Lipase 3400")]
    public void Scrub_LabAbbreviationBeforeItsValue_Kept(string input, string lab)
    {
        var scrubbed = Scrubber.Scrub(input).Text;
        scrubbed.Should().Contain(lab, $"a lab and its value name nobody; scrubbed: \"{scrubbed}\"");
    }

    [Theory]
    [InlineData("Asked Dr. Oyelaran about it and Lipase 3400 came back overnight.", "Oyelaran")]
    [InlineData("Spoke with Kim 2 days ago about the Hgb.", "Kim")]
    public void Scrub_NameBesideALabValue_StillRemoved(string input, string name) => ShouldRemove(input, name);

    private static List<(string Text, PhiType Type)> FoundByTheRule(string text)
    {
        var index = TokenIndex.Build(text);
        var found = new List<Detection>();
        ForeignPostcodes.Detect(index, found);
        TownsBeforeForeignPostcodes.Detect(index, found);
        return [.. found.Select(d => (text[d.Start..d.End], d.Type))];
    }
}
