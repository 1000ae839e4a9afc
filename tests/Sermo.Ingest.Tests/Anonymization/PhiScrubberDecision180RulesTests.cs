using Sermo.Ingest.Anonymization;

namespace Sermo.Ingest.Tests.Anonymization;

/// <summary>
/// Round 28's rules (issue #14, decision 180; the file is named for the decision so that no file of this branch carries a
/// held-out set's round name). A month written in lower case that is no English verb, then a day of 1-31 alone, is a date
/// ("back on nov 14"); "may" and "mar"/"march" before a number stay (verbs), and so does a month word before a unit, a count,
/// a time or a decimal. Read by the rules alone, so the learned detector cannot pass a test the rules fail. Sentences of their
/// own, none from a gold set.
/// </summary>
public class PhiScrubberDecision180RulesTests
{
    private static readonly PhiScrubber RulesOnly = new(model: null);

    [Theory]
    [InlineData("her oncologist is away, back nov 14, so the port stays accessed till then", "nov 14")]
    [InlineData("got the path report jan 9. margins clear", "jan 9")]
    [InlineData("the sleep study got bumped to sept 30 again", "sept 30")]
    [InlineData("he had the valve done aug 3rd at the university", "aug 3rd")]
    [InlineData("rash started oct 2 according to the daughter, fever two days later", "oct 2")]
    [InlineData("booked the biopsy for june 17 and she cancelled", "june 17")]
    public void Scrub_LowerCaseMonthAndDay_RemovedAsADate(string input, string date)
    {
        var result = RulesOnly.Scrub(input);
        result.Text.Should().NotContain(date, because: $"\"{date}\" in \"{input}\" is a date; the rules scrubbed: \"{result.Text}\"");
        result.Text.Should().Contain("[DATE]");
    }

    [Theory]
    [InlineData("you may 2x the gabapentin if the neuropathic pain is worse at night")]
    [InlineData("the bruises mar 3 of his limbs and the family is upset")]
    [InlineData("oct 2 wks ago showed some subretinal fluid")]
    [InlineData("dec 2 mg of the hydromorphone and recheck the sedation score")]
    [InlineData("oct 2.5 mm thickening on the left, the right is normal")]
    public void Scrub_LowerCaseMonthWordBeforeAVerbCountOrUnit_Kept(string input) =>
        RulesOnly.Scrub(input).Text.Should().Be(input);

    [Theory]
    [InlineData("her son found the clinic page and his handle was kestrel_mom82, so we blocked it", "kestrel_mom82")]
    [InlineData("the portal shows username jo.marsh.rn on every message about the biopsy", "jo.marsh.rn")]
    [InlineData("a video call with user the.real.tamsin from a parked car, eczema again", "the.real.tamsin")]
    [InlineData("someone posted the x-ray on a forum as u/night_float_doc and tagged the hospital", "u/night_float_doc")]
    [InlineData("IG handle: \"sunbeam.runs22\" posted the photo of the wound", "sunbeam.runs22")]
    public void Scrub_HandleAfterAHandleLabelOrRedditPrefix_Removed(string input, string handle)
    {
        var result = RulesOnly.Scrub(input);
        result.Text.Should().NotContain(handle, because: $"\"{handle}\" in \"{input}\" is an online handle; the rules scrubbed: \"{result.Text}\"");
    }

    [Theory]
    [InlineData("user error again: the pump was never primed before the bolus")]
    [InlineData("insulin pump user since childhood, now on a closed loop")]
    [InlineData("heparin bolus at 80 u/kg by mistake on the order set, pharmacy caught it")]
    [InlineData("usernames only on that platform, so I could not tell who wrote it")]
    [InlineData("handle with care: the fistula arm gets no cuff and no sticks")]
    public void Scrub_LabelWordBeforeAPlainWordOrUnit_Kept(string input) => RulesOnly.Scrub(input).Text.Should().Be(input);

    [Theory]
    [InlineData("her brother in Lyon is on 00 33 4 7265 1180 if the line drops again", "7265 1180")]
    [InlineData("the family asked us to call 0044 161 496 0732 after the scan", "496 0732")]
    [InlineData("the clinic abroad answers at 00 1 602 555 0148 most mornings", "555 0148")]
    public void Scrub_NumberAfterTheInternationalPrefix00_RemovedAsAPhone(string input, string digits)
    {
        var result = RulesOnly.Scrub(input);
        result.Text.Should().NotContain(digits, because: $"\"{digits}\" in \"{input}\" is a phone number; the rules scrubbed: \"{result.Text}\"");
    }

    [Theory]
    [InlineData("insulin given at 0030 0600 1200 1800 and the sugars still climb")]
    [InlineData("the run of 00 0 0 readings was a loose lead, not asystole")]
    public void Scrub_ClockTimesOrZeros_Kept(string input) => RulesOnly.Scrub(input).Text.Should().Be(input);
}
