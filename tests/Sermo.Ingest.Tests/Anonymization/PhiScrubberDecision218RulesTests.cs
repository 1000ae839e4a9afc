using Sermo.Ingest.Anonymization;

namespace Sermo.Ingest.Tests.Anonymization;

/// <summary>
/// Decision 218's rules (issue #14): a number a form, a log or a pass prints for one person after its label ("req 40917", "study
/// 551208", "log 330871", "season pass 771204", "unit W1234 25 118830"), a numbered crew or school bus ("crew 17", "bus 23") and
/// a numbered road with its qualifier after a place preposition ("on County Road 44", "off Farm Rd 2210").
/// Read by the rules alone; counts, measures, years and a number with a unit after it stay. Sentences of their own, none from a
/// gold set.
/// </summary>
public class PhiScrubberDecision218RulesTests
{
    private static readonly PhiScrubber RulesOnly = new(model: null);

    [Theory]
    [InlineData("The send-out came back hemolyzed, req 40917, so we redrew on Monday.", "40917")]
    [InlineData("Overnight polysomnography, study 551208, showed an AHI of 62.", "551208")]
    [InlineData("Warehouse incident, OSHA log #330871, crush injury to the left hand.", "330871")]
    [InlineData("Season pass 771204 holder fell off the chairlift and fractured her wrist.", "771204")]
    [InlineData("Transfusion reaction after unit W1234 25 118830, febrile within the hour.", "W1234 25 118830")]
    [InlineData("Lab called about requisition no. 0092214 with an unlabelled tube.", "0092214")]
    public void Scrub_NumberAfterAFormsLabel_Found(string input, string number) => ShouldFind(input, number);

    [Theory]
    [InlineData("Heat exhaustion in three firefighters from crew 17 before noon.", "17")]
    [InlineData("Second grader off bus 23 with a peanut reaction, epi given by the driver.", "23")]
    [InlineData("Half of Crew 6 came down with norovirus after the cookout.", "6")]
    public void Scrub_NumberedCrewOrBus_Found(string input, string number) => ShouldFind(input, number);

    [Theory]
    [InlineData("That study 2019 changed how we dose it.")]
    [InlineData("The study 2000 patients enrolled was underpowered for stroke.")]
    [InlineData("Log 1500 steps a day for the first week after discharge.")]
    [InlineData("Ordered unit 1200 of the new pumps for the floor.")]
    [InlineData("She had to pass 3 kidney stones last year.")]
    [InlineData("He rode the bus 2 hours each way for dialysis.")]
    [InlineData("The crew 2 times called for backup before midnight.")]
    [InlineData("Req 2000 mL of fluid per day was the nephrologist's advice.")]
    public void Scrub_LabelBeforeACountOrMeasure_Kept(string input) => RulesOnly.Scrub(input).Text.Should().Be(input);

    [Theory]
    [InlineData("Rollover on County Road 44 just before dawn, unrestrained driver.", "County Road 44")]
    [InlineData("The family runs cattle off Farm Rd 2210 and he came in gored.", "Farm Rd 2210")]
    [InlineData("Motorcyclist down on State Highway 7, open tib-fib.", "State Highway 7")]
    [InlineData("Lives alone in a trailer on Old Hwy 52, no running water.", "Old Hwy 52")]
    public void Scrub_NumberedRoadWithItsQualifier_Found(string input, string road) => ShouldFind(input, road);

    [Theory]
    [InlineData("Still a long road 5 months after the transplant.")]
    [InlineData("Road 2 of the trial enrolled older adults.")]
    [InlineData("County Road 9 was closed for the parade.")]
    public void Scrub_RoadWordWithoutQualifierOrPlace_Kept(string input) => RulesOnly.Scrub(input).Text.Should().Be(input);

    private static void ShouldFind(string input, string identifier)
    {
        var result = RulesOnly.Scrub(input);
        result.Spans.Select(span => input[span.Start..span.End])
            .Should().Contain(identifier, because: $"\"{identifier}\" in \"{input}\" finds one person; the rules scrubbed: \"{result.Text}\"");
    }
}
