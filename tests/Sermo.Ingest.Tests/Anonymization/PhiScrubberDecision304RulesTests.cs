using Sermo.Ingest.Anonymization;

namespace Sermo.Ingest.Tests.Anonymization;

/// <summary>
/// Decision 304's rules (issue #14): numbered roads before a direction or a road feature, lettered state highways, exits after
/// their road and whole mile markers; veterans' posts and fraternal lodges by number; "0dddd dddddd" phones; ORCID iDs; sports
/// clubs, county courts and search-and-rescue teams by their head. Drug releases, forms, counts, decimals, unnumbered halls and
/// courts or teams with no county stay. Sentences of their own, none from a gold set.
/// </summary>
public class PhiScrubberDecision304RulesTests
{
    private static readonly PhiScrubber RulesOnly = new(model: null);

    [Theory]
    [InlineData("truck rolled twice, US-191 just south of the county line", "US-191")]
    [InlineData("motorcyclist down, Hwy 14 west of the grain elevator", "Hwy 14")]
    [InlineData("he sleeps in a tent by the I-25 overpass most nights", "I-25")]
    [InlineData("six patients from the Route 7 pileup came to us", "Route 7")]
    [InlineData("rear-ended on SH2 near the bridge, whiplash only", "SH2")]
    [InlineData("jackknifed semi at SR 52 around dawn, two trapped", "SR 52")]
    [InlineData("deer strike on Highway 9 near Sparta, exit 118 ramp", "exit 118")]
    [InlineData("the crash was at SR 40 exit 7 in the fog", "exit 7")]
    [InlineData("EMS found her near mile marker 143 at 0200", "mile marker 143")]
    public void Scrub_NumberedRoadInAnotherSlot_Found(string input, string road) => RulesOnlyCoverage.ShouldFind(input, road);

    [Theory]
    [InlineData("the VFW Post 1290 pancake breakfast sends me a syncope every year", "VFW Post 1290")]
    [InlineData("he tends bar at Elks Lodge 862 on weekends", "Elks Lodge 862")]
    [InlineData("collapsed at the Fraternal Order of Eagles Aerie 318", "Eagles Aerie 318")]
    [InlineData("a talk for Union Lodge No. 7 on heart attack signs", "Union Lodge No. 7")]
    [InlineData("bingo night at Royal Canadian Legion Branch 60 ended with a code", "Royal Canadian Legion Branch 60")]
    public void Scrub_PostOrLodgeByNumber_Found(string input, string hall) => RulesOnlyCoverage.ShouldFind(input, hall);

    [Theory]
    [InlineData("his daughter rang on 01234 567890 from the farm", "01234 567890")]
    [InlineData("NOK is the neighbour, 07911 123456, no landline", "07911 123456")]
    [InlineData("corresponding author ORCID 0000-0001-5522-310X, pls cite", "0000-0001-5522-310X")]
    [InlineData("my iD is 0000-0002-1874-9016 if you want the preprint", "0000-0002-1874-9016")]
    public void Scrub_TrunkPhoneOrOrcid_Found(string input, string number) => RulesOnlyCoverage.ShouldFind(input, number);

    [Theory]
    [InlineData("club doc for Dungannon Swifts FC, keeper with a dislocated finger", "Dungannon Swifts FC")]
    [InlineData("their No. 9 from Tralee RFC went off with a neck injury", "Tralee RFC")]
    [InlineData("the hearing at Maricopa County Mental Health Court went fine", "Maricopa County Mental Health Court")]
    [InlineData("filed with Bexar County Probate Court 2 this morning", "Bexar County Probate Court 2")]
    [InlineData("Lemhi County SAR carried him down at night", "Lemhi County SAR")]
    public void Scrub_ClubOrCountyCourtByItsHead_Found(string input, string place) => RulesOnlyCoverage.ShouldFind(input, place);

    [Theory]
    [InlineData("switched her to metoprolol SR 50 daily", "SR 50")]
    [InlineData("bring the signed I-693 form to the visit", "I-693")]
    [InlineData("US 4.5 mm pylorus, borderline", "4.5 mm")]
    [InlineData("the exit 3 times a night to smoke is the problem", "exit 3 times")]
    [InlineData("the post 3 weeks film showed union", "post 3 weeks")]
    [InlineData("she runs the Post Office 2 days a week", "Post Office 2 days")]
    [InlineData("the Supreme Court ruled on the mandate", "Supreme Court")]
    [InlineData("Our SAR team trains on the ridge monthly", "Our SAR team")]
    public void Scrub_ReleasesFormsCountsAndShortShapes_Kept(string input, string kept) => RulesOnly.Scrub(input).Text.Should().Contain(kept);
}
