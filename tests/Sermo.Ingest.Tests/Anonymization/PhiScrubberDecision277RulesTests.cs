using Sermo.Ingest.Anonymization;

namespace Sermo.Ingest.Tests.Anonymization;

/// <summary>
/// Decision 277's rules (issue #14): a device's MAC address, a payment card's number in four groups of four, a flight by its
/// airline's code alone and a seat, deck, carriage, plot or section by its number, while lab values, ratios, adjuvants and counts of the same shapes stay. Sentences of their own, none from
/// a gold set.
/// </summary>
public class PhiScrubberDecision277RulesTests
{
    private static readonly PhiScrubber RulesOnly = new(model: null);

    [Theory]
    [InlineData("the bedside pump shows MAC 3A:00:7F:C2:19:E4 on its sticker", "3A:00:7F:C2:19:E4")]
    [InlineData("IT whitelisted a4:5e:60:d1:08:2b for the tele box at last", "a4:5e:60:d1:08:2b")]
    [InlineData("mom read her card 4532 8811 0264 7390 out loud at check-in", "4532 8811 0264 7390")]
    [InlineData("the sticky note had 5105-1051-0510-5100 and the expiry", "5105-1051-0510-5100")]
    [InlineData("my seatmate on UA2281 had a syncopal episode over Nebraska", "UA2281")]
    [InlineData("passenger from WN417 with chest pain after landing", "WN417")]
    [InlineData("medical call on flight B6 1877, a toddler with croup", "B6 1877")]
    [InlineData("he was booked on DL 1190 the next morning anyway", "DL 1190")]
    [InlineData("sitting in row 22, seat C, when the call for a doctor came", "22")]
    [InlineData("Amtrak train 448, coach 3127, a man with a GI bleed", "448")]
    [InlineData("Amtrak train 448, coach 3127, a man with a GI bleed", "3127")]
    [InlineData("she is buried in section 9C, plot 41, next to her sister", "9C")]
    [InlineData("she is buried in section 9C, plot 41, next to her sister", "41")]
    [InlineData("Plot D-17 at the county cemetery was his", "D-17")]
    [InlineData("crew member on deck 11, cabin 4420, febrile", "11")]
    public void Scrub_MacAddressCardNumberOrCodedFlight_Found(string input, string number) => RulesOnlyCoverage.ShouldFind(input, number);

    [Theory]
    [InlineData("UA 10.8 and gout flare in the first MTP", "UA 10.8")]
    [InlineData("HA 2 days, no fever, no neck stiffness", "HA 2 days")]
    [InlineData("severe AS 0.7 cm2 on the last echo", "AS 0.7")]
    [InlineData("the AS03 adjuvant is in that pandemic vaccine", "AS03")]
    [InlineData("the code ran from 12:30:45 to 12:58:10 with four shocks", "12:30:45")]
    [InlineData("counts went 1200 1500 1800 2100 over four days", "1200 1500 1800 2100")]
    [InlineData("CA125 rose to 310 after the second cycle", "CA125")]
    [InlineData("three nights in a row 5 admissions each", "row 5 admissions")]
    [InlineData("after her C-section 2 years ago the scar hurts", "C-section 2 years")]
    [InlineData("section 8 voucher pending for the family", "section 8 voucher")]
    [InlineData("we train 300 nurses a year in that course", "train 300 nurses")]
    [InlineData("see section 4.2 of the guideline", "section 4.2")]
    [InlineData("the policy in section 3, page 2, says otherwise", "section 3")]
    public void Scrub_LabValueRatioOrCountOfTheSameShape_Kept(string input, string kept) => RulesOnly.Scrub(input).Text.Should().Contain(kept);
}
