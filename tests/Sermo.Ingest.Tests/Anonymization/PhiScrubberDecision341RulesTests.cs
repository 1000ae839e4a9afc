using Sermo.Ingest.Anonymization;

namespace Sermo.Ingest.Tests.Anonymization;

/// <summary>
/// Decision 341's rules (issue #14): a month and day given back from a found name or place that ran on over the month, and a
/// postcode of four to six digits closing a found town, street or place. Counts, years, clock times and ages after the same
/// words stay as they were. Sentences of their own, none from a gold set. The month-day cases run with the shipped name model,
/// which is what reads "Geisinger Jan" as one name.
/// </summary>
public class PhiScrubberDecision341RulesTests
{
    private static readonly PhiScrubber Shipped = new();
    private static readonly PhiScrubber RulesOnly = new(model: null);

    [Theory]
    [InlineData("She interviewed at Geisinger Jan 7 and heard nothing since.", "Jan 7")]
    [InlineData("Sarcoma of the forearm, seen at MD Anderson Oct 30, now back with us.", "Oct 30")]
    [InlineData("Tomasz Wierzbicki Dec 3rd - ruptured AAA - daughter flew in overnight.", "Dec 3rd")]
    [InlineData("Discharged Aug. 8 to her sister's place, readmitted within the week.", "Aug. 8")]
    [InlineData("Pt released from Otay Mesa Jun. 10, staying at the shelter downtown.", "Jun. 10")]
    public void Scrub_MonthDayAfterAFoundName_WholeDateRemoved(string input, string date) => RulesOnlyCoverage.ShouldFind(Shipped, input, date);

    [Theory]
    [InlineData("Home address: 22 Lake Road, Kolkata 700017, India.", "700017")]
    [InlineData("Nursing home in Tuba City, AZ (86045), on apixaban.", "86045")]
    [InlineData("From Invercargill (5 Totara St, 9810). Pneumonia.", "9810")]
    [InlineData("visiting from Vellore - 632006, came with fever.", "632006")]
    [InlineData("Grandmother lives in Chandigarh (160015, Sector 15) near her son.", "160015")]
    public void Scrub_PostcodeClosingAFoundPlace_Found(string input, string postcode) => RulesOnlyCoverage.ShouldFind(Shipped, input, postcode);

    [Theory]
    [InlineData("Boston 5000 runners came through the medical tent.", "5000")]
    [InlineData("She moved to Denver 2019. Asthma worse since.", "2019")]
    [InlineData("Seen by Dr. Okafor 0830. Labs pending.", "0830")]
    [InlineData("We ran 1200 mg through Chicago 3 times.", "1200")]
    [InlineData("Mary June 92F with a hip fracture, seen by Dr. Lindqvist 1415.", "1415")]
    public void Scrub_CountYearOrTimeAfterAPlaceOrName_Kept(string input, string number)
    {
        Shipped.Scrub(input).Text.Should().Contain(number);
        RulesOnly.Scrub(input).Text.Should().Contain(number);
    }
}
