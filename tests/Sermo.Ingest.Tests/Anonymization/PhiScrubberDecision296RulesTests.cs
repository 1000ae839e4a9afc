using Sermo.Ingest.Anonymization;

namespace Sermo.Ingest.Tests.Anonymization;

/// <summary>
/// Decision 296's rules (issue #14): agencies, ambulance companies and compounding pharmacies named before their head noun, and a
/// dialysis chair's or a store's number in running text, while departments, kinds of service and chair or store counts stay.
/// Sentences of their own, none from a gold set.
/// </summary>
public class PhiScrubberDecision296RulesTests
{
    private static readonly PhiScrubber RulesOnly = new(model: null);

    [Theory]
    [InlineData("her caseworker at Presbyterian Social Services never called back", "Presbyterian Social Services")]
    [InlineData("the resettlement agency, Catholic Charities, sent him with a cousin", "Catholic Charities")]
    [InlineData("picked up by Prairieland Ambulance unit 4 after the rollover", "Prairieland Ambulance")]
    [InlineData("Medic 3 from Blue Ridge EMS ran the code for 40 min", "Blue Ridge EMS")]
    [InlineData("the director of Little Acorns Childcare wants a note", "Little Acorns Childcare")]
    [InlineData("Riverside Compounding made the cream too strong", "Riverside Compounding")]
    [InlineData("an attorney from Ozark Legal Aid asked for the records", "Ozark Legal Aid")]
    [InlineData("placed through Family Services of Nebraska last year", "Family Services of Nebraska")]
    [InlineData("called the shelter. Then Hmong Family Services took over", "Hmong Family Services")]
    public void Scrub_AgencyBeforeItsHeadNoun_Found(string input, string agency) => RulesOnlyCoverage.ShouldFind(input, agency);

    [Theory]
    [InlineData("he has sat at chair 12 for two years and never misses", "12")]
    [InlineData("my pt in chair 5 at the Eastside unit cramps every run", "5")]
    [InlineData("the lady from chair 9 is the one who knits", "9")]
    [InlineData("brothers at chairs 14 and 15, same shift", "14")]
    [InlineData("brothers at chairs 14 and 15, same shift", "15")]
    [InlineData("the pharmacist (store 40217) caught the interaction", "40217")]
    [InlineData("Refill went to the wrong branch. Store 2281 on Maple had it", "2281")]
    [InlineData("the tech at store 918 on Grand Ave called me", "918")]
    public void Scrub_ChairOrStoreNumberInRunningText_Found(string input, string number) => RulesOnlyCoverage.ShouldFind(input, number);

    [Theory]
    [InlineData("Emergency Medical Services brought her in on a backboard", "Emergency Medical Services")]
    [InlineData("Nutrition Services changed the tray to renal diet", "Nutrition Services")]
    [InlineData("Environmental Services cleaned the room twice", "Environmental Services")]
    [InlineData("Our EMS gives TXA in the field now", "Our EMS")]
    [InlineData("she got in the chair 3 days after the fall", "chair 3 days")]
    [InlineData("sit-to-stand from the chair 5 times took 19 seconds", "chair 5 times")]
    [InlineData("dialysis chair 9 had a cramp mid-run", "chair 9 had")]
    [InlineData("we store 300 vials of insulin in that fridge", "store 300 vials")]
    [InlineData("the wheelchair 2 sizes too big gave her a sore", "wheelchair 2 sizes")]
    public void Scrub_DepartmentsCountsAndVerbs_Kept(string input, string kept) => RulesOnly.Scrub(input).Text.Should().Contain(kept);
}
