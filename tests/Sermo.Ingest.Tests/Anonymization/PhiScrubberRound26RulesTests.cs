using Sermo.Ingest.Anonymization;

namespace Sermo.Ingest.Tests.Anonymization;

/// <summary>
/// Round 26's rules (issue #14, decision 171), precision first. A holiday or a month with no day number or year after
/// "every", "each", "through", "throughout" or "during" is a time of year and stays; the same holiday as the day of
/// someone's event ("admitted on Christmas Eve"), or with its year, is still a date. A word no English list holds before a bare
/// age set off by commas ("Kwabena, 41, came in") is a name. Read by the rules alone, so the learned
/// detector cannot pass a test the rules fail. Sentences of their own, none from a gold set.
/// </summary>
public class PhiScrubberRound26RulesTests
{
    private static readonly PhiScrubber RulesOnly = new(model: null);

    [Theory]
    [InlineData("Every Halloween the ED fills with sugar-crashed kids and ankle sprains.")]
    [InlineData("Our census always drops during Easter, then doubles the week after.")]
    [InlineData("We pause the methotrexate every Fourth of July for the fireworks burns.")]
    [InlineData("Frostbite admissions climb each Christmas Eve in our county.")]
    [InlineData("Holiday heart shows up during New Year's like clockwork.")]
    [InlineData("Interns rotate through the burn unit every July.")]
    [InlineData("Clinic is slammed each Labor Day weekend with tick bites.")]
    public void Scrub_HolidayOrMonthAfterASeasonWord_Kept(string input) => RulesOnly.Scrub(input).Text.Should().Be(input);

    [Theory]
    [InlineData("She was admitted on Christmas Eve with a GI bleed.", "Christmas Eve")]
    [InlineData("He was fine until Halloween, then the jaundice started.", "Halloween")]
    [InlineData("First seizure was around Easter 2019 per his wife.", "Easter 2019")]
    [InlineData("She stopped the insulin around Mother's Day and came in in DKA.", "Mother's Day")]
    [InlineData("His daughter called nine times over Passover about the new rash.", "Passover")]
    [InlineData("Her stroke was the day after Thanksgiving.", "Thanksgiving")]
    [InlineData("Every Christmas 2019 photo shows the same rash.", "2019")]
    [InlineData("Seen every Monday since March 3 in the wound clinic.", "March 3")]
    public void Scrub_HolidayAsTheDayOfAnEventOrWithItsDay_StillRemoved(string input, string date)
    {
        var result = RulesOnly.Scrub(input);
        result.Text.Should().NotContain(date, because: $"\"{date}\" in \"{input}\" dates the patient's event or fixes a day; the rules scrubbed: \"{result.Text}\"");
    }

    [Theory]
    [InlineData("Met a farmer, Ulugbek, 52, with a tractor crush injury.", "Ulugbek")]
    [InlineData("Saw a teen today, Oyelaran, 16, with new-onset DKA.", "Oyelaran")]
    public void Scrub_UnlistedWordBeforeABareAgeSetOffByCommas_FoundAsAName(string input, string name)
    {
        var result = RulesOnly.Scrub(input);
        result.Spans.Select(span => (input[span.Start..span.End], span.Type))
            .Should().Contain((name, PhiType.Name), because: $"\"{name}\" in \"{input}\" is a name; the rules scrubbed: \"{result.Text}\"");
    }

    [Theory]
    [InlineData("Lisinopril, 10, then 20 mg did nothing for his pressure.")]
    [InlineData("Doses tried so far: 250, 500, 1000 mg, none helped.")]
    [InlineData("Bilirubin 12, 14, 17 over three days, so we called GI.")]
    public void Scrub_NumbersSetOffByCommasAfterNoName_Kept(string input) => RulesOnly.Scrub(input).Text.Should().Be(input);
}
