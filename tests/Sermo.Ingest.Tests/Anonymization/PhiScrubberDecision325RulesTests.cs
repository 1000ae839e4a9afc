using Sermo.Ingest.Anonymization;

namespace Sermo.Ingest.Tests.Anonymization;

/// <summary>
/// Decision 325's rules (issue #14): dental and oral surgery practices by their head word, and the military post office line
/// of an overseas address. A service capitalised as a team ("Dental clearance"), a run of generic words ("Pediatric Dental")
/// and the codes inside a longer word stay. Sentences of their own, none from a gold set.
/// </summary>
public class PhiScrubberDecision325RulesTests
{
    private static readonly PhiScrubber RulesOnly = new(model: null);

    [Theory]
    [InlineData("her dentist at Seabright Family Dental pulled #19 last week", "Seabright Family Dental")]
    [InlineData("extraction done at Crown Dentistry, now a dry socket and fever", "Crown Dentistry")]
    [InlineData("implant placed by Ridgeway Oral & Maxillofacial before the MI", "Ridgeway Oral & Maxillofacial")]
    [InlineData("the bleed started after Harbour Oral Surgery took out his wisdom teeth", "Harbour Oral Surgery")]
    [InlineData("braces from Tallgrass Orthodontics, no latex allergy noted", "Tallgrass Orthodontics")]
    [InlineData("crossed the border to Clínica Dental Esperanza for cheaper crowns", "Clínica Dental Esperanza")]
    public void Scrub_DentalPracticeByHead_Found(string input, string practice) => RulesOnlyCoverage.ShouldFind(input, practice);

    [Theory]
    [InlineData("his mail goes to Unit 4471 Box 18, APO AE 09012 until June", "APO AE 09012")]
    [InlineData("sailor's address is PSC 220 Box 9, FPO AP 96349-1180 for the records", "FPO AP 96349-1180")]
    [InlineData("ship the inhaler to DPO AA 34021 and she will pick it up", "DPO AA 34021")]
    public void Scrub_MilitaryPostOffice_Found(string input, string line) => RulesOnlyCoverage.ShouldFind(input, line);

    [Theory]
    [InlineData("Needs Dental clearance before the valve replacement", "Dental clearance")]
    [InlineData("we called Oral Surgery consult for the mandible fracture", "Oral Surgery consult")]
    [InlineData("Pediatric Dental will see him under sedation", "Pediatric Dental")]
    [InlineData("the DAPO AE score was normal, odd abbreviation", "DAPO AE")]
    public void Scrub_ServicesAndLongerWords_Kept(string input, string kept) => RulesOnly.Scrub(input).Text.Should().Contain(kept);
}
