using Sermo.Ingest.Anonymization;

namespace Sermo.Ingest.Tests.Anonymization;

/// <summary>
/// Decision 315's rules (issue #14): numbers after a home visit's access words and a working physician's paperwork words;
/// years of birth and death typed in a pedigree; law firms by their suffix and union locals by their number. Doses, counts,
/// years after paperwork words, years with "in" and suffixes with no partner before them stay. Sentences of their own, none
/// from a gold set.
/// </summary>
public class PhiScrubberDecision315RulesTests
{
    private static readonly PhiScrubber RulesOnly = new(model: null);

    [Theory]
    [InlineData("key is in the lockbox 5120 by the back door, dog is friendly", "5120")]
    [InlineData("the lock box 883 on the porch rail has her spare key", "883")]
    [InlineData("punch gate 60271 then drive to the last trailer", "60271")]
    [InlineData("our steward filed grievance 31-5520 over the night staffing", "31-5520")]
    [InlineData("agency sent assignment 204193-7 for two weeks in March", "204193-7")]
    [InlineData("they mailed contract R55810 with a noncompete buried inside", "R55810")]
    [InlineData("long-haul driver, USDOT 4410297, BP 170/100 in the office", "4410297")]
    [InlineData("sign the form, my AME # 61204C is on the header", "61204C")]
    [InlineData("the collie's rabies tag 12-8804 matched the county record", "12-8804")]
    public void Scrub_NumberAfterAccessOrWorkLabel_Found(string input, string number) => RulesOnlyCoverage.ShouldFind(input, number);

    [Theory]
    [InlineData("III-2 b.1962 breast ca at 44, her sister b.1965 unaffected", "1962")]
    [InlineData("grandfather b.1918 d.1979 of a sudden death at the plow", "1979")]
    [InlineData("maternal aunt d. 2011 with ovarian cancer, never tested", "2011")]
    [InlineData("dad's brother, colon cancer at 40, died 1983, no autopsy", "1983")]
    public void Scrub_PedigreeYear_Found(string input, string year) => RulesOnlyCoverage.ShouldFind(input, year);

    [Theory]
    [InlineData("records request from Abernathy Voss LLP arrived today", "Abernathy Voss LLP")]
    [InlineData("retained by Kline, Odum, Ware & Pike LLP for the defense", "Kline, Odum, Ware & Pike LLP")]
    [InlineData("the deposition is at Harlow Tesch PLLC on Friday", "Harlow Tesch PLLC")]
    [InlineData("Brightwater & Associates keeps billing him for the ER visit", "Brightwater & Associates")]
    [InlineData("named alongside Ridgeview Pulmonary Associates in the suit", "Ridgeview Pulmonary Associates")]
    [InlineData("the nurses of SEIU Local 512 walk out on Monday", "SEIU Local 512")]
    [InlineData("picket by Teamsters Local 88 outside the pharmacy", "Teamsters Local 88")]
    public void Scrub_LawFirmOrUnionLocal_Found(string input, string place) => RulesOnlyCoverage.ShouldFind(input, place);

    [Theory]
    [InlineData("the gate 12 times a night alarm woke her", "gate 12 times")]
    [InlineData("signed the contract 2026 rates with the payer", "contract 2026 rates")]
    [InlineData("grievance 3 of this year was about parking", "grievance 3 of")]
    [InlineData("she died in 2015 of a stroke", "died in 2015")]
    [InlineData("see the 2nd Ed. 2019 chapter on pedigrees", "Ed. 2019")]
    [InlineData("our Physician Associates cover the night ward", "Physician Associates")]
    [InlineData("Under Local 1% lidocaine the biopsy was painless", "Local 1% lidocaine")]
    public void Scrub_CountsYearsAndBareSuffixes_Kept(string input, string kept) => RulesOnly.Scrub(input).Text.Should().Contain(kept);
}
