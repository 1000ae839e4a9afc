using Sermo.Ingest.Anonymization;

namespace Sermo.Ingest.Tests.Anonymization;

/// <summary>
/// Decision 208's rule (issue #14): an employer or school with no head noun after a work or study role ("a welder at Kestrane",
/// "grad student at Valdora"), after "works for", after "the" ("works at the Brindlemart") and in capitals ("works at KGX").
/// Read by the rules alone; words a list knows and lower-case objects stay. Sentences of their own, none from a gold set.
/// </summary>
public class PhiScrubberDecision208RulesTests
{
    private static readonly PhiScrubber RulesOnly = new(model: null);

    [Theory]
    [InlineData("Her husband is a welder at Kestrane and brings the fumes home on his coat.", "Kestrane")]
    [InlineData("Grad student at Valdora, new hyperthyroidism, wants RAI before the semester.", "Valdora")]
    [InlineData("He works for Tollmark and drives nights, sleep apnea on the home study.", "Tollmark")]
    [InlineData("She works at the Brindlemart on weekends and stands all shift.", "Brindlemart")]
    [InlineData("Her son works at KGX, the meat plant, and got Q fever.", "KGX")]
    [InlineData("The attending at UWB told me to always check both arm pressures.", "UWB")]
    public void Scrub_UnknownWorkplaceAfterWorkOrStudyRole_FoundAsAPlace(string input, string place)
    {
        var result = RulesOnly.Scrub(input);
        result.Spans.Select(span => input[span.Start..span.End])
            .Should().Contain(place, because: $"\"{place}\" in \"{input}\" is a workplace; the rules scrubbed: \"{result.Text}\"");
    }

    [Theory]
    [InlineData("She works at the ICU on nights and is exhausted.")]
    [InlineData("He worked for years as a roofer before the back surgery.")]
    [InlineData("She has been a nurse for 30 years and never had a needlestick.")]
    [InlineData("The student at the front desk took her vitals.")]
    [InlineData("He works at the VA clinic two days a week.")]
    public void Scrub_WorkCueBeforeListedOrLowerCaseWords_Kept(string input) => RulesOnly.Scrub(input).Text.Should().Be(input);
}
