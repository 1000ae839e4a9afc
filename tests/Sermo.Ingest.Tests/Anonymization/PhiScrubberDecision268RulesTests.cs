using Sermo.Ingest.Anonymization;

namespace Sermo.Ingest.Tests.Anonymization;

/// <summary>
/// Decision 268's rules (issue #14): a flat's, storage unit's or crew's "unit" number, an entry code at a gated home, a pharmacy
/// benefit's BIN and PCN, a class year and a hospital named with "General" after a place slot, while ordinary uses of the same words stay. Sentences of their own, none from a gold set.
/// </summary>
public class PhiScrubberDecision268RulesTests
{
    private static readonly PhiScrubber RulesOnly = new(model: null);

    [Theory]
    [InlineData("she lives alone in unit 508 and the stairs are the problem", "508")]
    [InlineData("the complex manager says unit 17, top floor, has black mold", "17")]
    [InlineData("found down while clearing out storage unit 1126, crush injury", "1126")]
    [InlineData("tenant in building F unit 203 with carbon monoxide headaches", "203")]
    [InlineData("the home nurse says the gate code 5530 changed again", "5530")]
    [InlineData("door code #77141 for the after-hours entrance", "77141")]
    [InlineData("her card says BIN 017010 and the pharmacy still rejected it", "017010")]
    [InlineData("PA for Ozempic, BIN 004740 PCN 47E2 group 88, denied twice", "47E2")]
    [InlineData("graduated med school, class of 1998, now a hospitalist", "1998")]
    [InlineData("Class of 2021 grads always ask about loan forgiveness", "2021")]
    [InlineData("transferred to Kettering General overnight for the cath lab", "Kettering General")]
    [InlineData("she was intubated at Baptist General before the flight", "Baptist General")]
    public void Scrub_UnitEntryCodeBenefitNumberOrClassYear_Found(string input, string number) => RulesOnlyCoverage.ShouldFind(input, number);

    [Theory]
    [InlineData("transfused unit 2 of PRBCs over three hours", "unit 2 of")]
    [InlineData("we covered unit 12 of the board review course", "unit 12 of")]
    [InlineData("insulin drip at 1 unit 50 mL/h overnight", "1 unit 50")]
    [InlineData("the unit 30 minutes later was full", "unit 30 minutes")]
    [InlineData("billing code 99214 for the visit", "99214")]
    [InlineData("allergic to PCN 500 mg caused hives", "PCN 500")]
    [InlineData("threw the dressing in the bin 20 minutes ago", "bin 20")]
    [InlineData("a class of 2000 mg statins is not a thing", "2000 mg")]
    [InlineData("she rotated through General Surgery at the VA", "General Surgery")]
    [InlineData("as the Surgeon General warned about loneliness", "Surgeon General")]
    public void Scrub_OrdinaryUseOfUnitCodeOrClassWord_Kept(string input, string kept) => RulesOnly.Scrub(input).Text.Should().Contain(kept);
}
