using Sermo.Ingest.Anonymization;

namespace Sermo.Ingest.Tests.Anonymization;

/// <summary>
/// Decision 348 (issue #14): places without a head noun, a fifth pass pooled over the rotation: a street named without a house
/// number ("lives on Larkmoor Ln"), a congregation or hospital named by its denomination ("Bethel AME", "Harlan Presbyterian"),
/// and the defendant of a lawsuit's caption ("Dunmore v. Saint Verity West"). Traps stay: a doctor after a street word's letters
/// ("Dear Dr Okafor", "PCP Dr. Reyes"), a faith rather than a place ("Southern Baptist", "the Baptist church"), an aviation
/// medical examiner ("HIMS AME") and "vs" between two drugs. Sentences of their own, none from a gold set; the traps with the
/// rules alone.
/// </summary>
public class PhiScrubberDecision348RulesTests
{
    private static readonly PhiScrubber RulesOnly = new(model: null);

    [Theory]
    [InlineData("She lives alone on Larkmoor Ln and fell twice this month.", "Larkmoor Ln")]
    [InlineData("Home visit out Quillback Hollow Rd, stage 4 sacral ulcer.", "Quillback Hollow Rd")]
    [InlineData("The pharmacy on Tesselman St keeps losing the faxed script.", "Tesselman St")]
    [InlineData("Outreach van parks at MLK Blvd and Fenwold Ct on Fridays.", "MLK Blvd")]
    [InlineData("Outreach van parks at MLK Blvd and Fenwold Ct on Fridays.", "Fenwold Ct")]
    [InlineData("Found down near the Orrin Pkwy overpass, core temp 31.", "Orrin Pkwy")]
    [InlineData("Birth center on Wrenfield Dr. sent her in at 8 cm.", "Wrenfield Dr")]
    public void Scrub_StreetWithoutNumber_Found(string input, string street) => RulesOnlyCoverage.ShouldFind(input, street);

    [Theory]
    [InlineData("Her church is Bethel AME and the choir visits every Sunday.", "Bethel AME")]
    [InlineData("Pastor Okoro of Greater Shiloh AME asked about flu shots.", "Greater Shiloh AME")]
    [InlineData("We landed the helicopter in the First Baptist parking lot.", "First Baptist")]
    [InlineData("The food pantry at Mt. Hebron Missionary Baptist closes at noon.", "Mt. Hebron Missionary Baptist")]
    [InlineData("Shelter beds at Cornerstone Assembly of God are full tonight.", "Cornerstone Assembly of God")]
    [InlineData("Outside CT from Harlan Presbyterian showed a small bleed.", "Harlan Presbyterian")]
    [InlineData("He volunteers at Saint Andrew Lutheran Church every week.", "Saint Andrew Lutheran Church")]
    public void Scrub_CongregationByDenomination_Found(string input, string place) => RulesOnlyCoverage.ShouldFind(input, place);

    [Theory]
    [InlineData("Deposed today in Dunmore v. Saint Verity West, case 24-CV-1182.", "Saint Verity West")]
    public void Scrub_CaseCaptionDefendant_Found(string input, string defendant) => RulesOnlyCoverage.ShouldFind(input, defendant);

    [Theory]
    [InlineData("Dear Dr Okafor, thank you for seeing this patient.", "Dear Dr")]
    [InlineData("Saw her PCP Dr. Reyes last week about the rash.", "PCP Dr")]
    [InlineData("She is Southern Baptist and declines nothing on religious grounds.", "Southern Baptist")]
    [InlineData("Her husband preaches at the Baptist church down the road.", "Baptist")]
    [InlineData("Pilot on sertraline, does he need the HIMS AME before the SSRI pathway?", "HIMS AME")]
    [InlineData("Plavix vs Brilinta after the stent, which do you pick?", "Brilinta")]
    public void Scrub_DoctorFaithExaminerOrComparison_Kept(string input, string kept)
    {
        var result = RulesOnly.Scrub(input);

        result.Text.Should().Contain(kept, because: $"the scrubber wrote \"{result.Text}\"");
    }
}
