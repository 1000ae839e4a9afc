using Sermo.Ingest.Anonymization;

namespace Sermo.Ingest.Tests.Anonymization;

/// <summary>
/// Decision 331's rules (issue #14): ages over 89 after a person's "is"/"was" and in a pasted table's Age column, and holidays
/// after "around"/"over" in sentences that say the event recurs. Vitals and labs after "is", numbers in other table columns and
/// a holiday dating one patient's event stay as they were. Sentences of their own, none from a gold set.
/// </summary>
public class PhiScrubberDecision331RulesTests
{
    private static readonly PhiScrubber RulesOnly = new(model: null);

    [Theory]
    [InlineData("The widow next door, Mrs. Lindqvist, was 99 when she moved in.", "99")]
    [InlineData("Our retired judge, Mr. Brandt, is 103 but sharp as ever.", "103")]
    [InlineData("The lady in bed four, Mrs. Adeyemi, is 95 now.", "95")]
    public void Scrub_AgeAfterAPersonsIsOrWas_Found(string input, string age) => RulesOnlyCoverage.ShouldFind(input, age);

    [Theory]
    [InlineData("Census | Age | Issue\n| 3 | Okafor, B | 96 | aspiration |", "96")]
    [InlineData("Name | Age | Bed\n| Lindqvist, Mia | 101 | 4B |", "101")]
    public void Scrub_AgeInAPastedAgeColumn_Found(string input, string age) => RulesOnlyCoverage.ShouldFind(input, age);

    [Theory]
    [InlineData("Her sat is 92 on room air.")]
    [InlineData("The heart rate was 104 and irregular.")]
    [InlineData("His temp is 98.6, afebrile.")]
    [InlineData("Bed | Weight | Room\n| 4 | 96 | 12 |")]
    [InlineData("The glucose was 110, fasting.")]
    public void Scrub_VitalAfterIsOrNumberInAnotherColumn_Kept(string input) => RulesOnly.Scrub(input).Text.Should().Be(input);

    [Theory]
    [InlineData("We see more burns around Thanksgiving.")]
    [InlineData("The stroke unit fills with falls over the Fourth of July, as it does every year.")]
    [InlineData("Frostbite around New Year's Eve, sepsis every Monday: our usual patterns.")]
    [InlineData("On Christmas morning we see the same kitchen burns.")]
    [InlineData("In peds, Halloween always brings the button batteries in.")]
    public void Scrub_HolidayInASentenceThatRecurs_Kept(string input) => RulesOnly.Scrub(input).Text.Should().Be(input);

    [Theory]
    [InlineData("She started the new inhaler around Thanksgiving and has been short of breath since.")]
    [InlineData("He stopped his warfarin over Christmas without telling anyone.")]
    public void Scrub_HolidayAfterAroundOrOverDatingOneEvent_StillADate(string input) =>
        RulesOnly.Scrub(input).Text.Should().NotBe(input);
}
