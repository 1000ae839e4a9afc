using Sermo.Ingest.Anonymization;

namespace Sermo.Ingest.Tests.Anonymization;

/// <summary>
/// Decision 363 (round 52, reversing decision 065 for decades): an age of 90 or more said by decade or approximation is an
/// identifier when it describes a person; the Safe Harbor category itself ("90+", "over 90"), vitals, labs, eras, percents,
/// temperatures, rooms and scores said by decade stay. Sentences of their own, none from a gold set.
/// </summary>
public class PhiScrubberDecision363RulesTests
{
    private static readonly PhiScrubber RulesOnly = new(model: null);

    [Theory]
    [InlineData("My neighbour is in her 90s and still shovels her own drive.", "90s")]
    [InlineData("Saw a retired pastor in his late nineties with new ascites.", "late nineties")]
    [InlineData("Her aunt, who is in her mid-90s, refused the pacemaker.", "mid-90s")]
    [InlineData("The widower in their early 90's wants to go home.", "early 90's")]
    [InlineData("Old farmer in his nineties, fell off the tractor again.", "nineties")]
    [InlineData("Consult on a man 90s-ish with a GI bleed, family unsure of his age.", "90s-ish")]
    [InlineData("My patient, late 90s, lives alone above the bakery.", "late 90s")]
    [InlineData("Grandma (90-something) will not take the Eliquis.", "90-something")]
    [InlineData("Ward round: 90s lady with delirium, sats fine on air.", "90s")]
    [InlineData("Admitted a ninety-something-year-old with urosepsis overnight.", "ninety-something")]
    [InlineData("Our bed 12 - 90-ish, no family, full code.", "90-ish")]
    [InlineData("Her father (95-ish, he is not sure) has a new murmur.", "95-ish")]
    [InlineData("Transfer from the nursing home: late 90s F, hip fracture.", "late 90s")]
    [InlineData("Aged 90-something per the paramedics, no ID on him.", "90-something")]
    [InlineData("Admitted my nonagenarian with a perforated ulcer last night.", "nonagenarian")]
    [InlineData("Oldest on the list is a centenarian from the coast with sepsis.", "centenarian")]
    [InlineData("Both my nonagenarians on the ward had falls this week.", "nonagenarians")]
    public void Scrub_AgeOfNinetyOrMoreByDecadeOrApproximation_RemovedAsAnAge(string input, string age)
    {
        var result = RulesOnly.Scrub(input);
        var start = input.IndexOf(age, StringComparison.Ordinal);
        start.Should().BeGreaterThanOrEqualTo(0, because: "the test names the age from its own sentence");
        result.Spans.Should().Contain(span => span.Type == PhiType.Age && span.Start <= start && span.End >= start + age.Length,
            because: $"\"{age}\" in \"{input}\" is a person's age of 90 or more; the rules scrubbed: \"{result.Text}\"");
    }

    [Theory]
    [InlineData("Sats in the 90s on 2 L, so we weaned to room air.")]
    [InlineData("BP 90s/60s after the second bolus, HR 90s, afebrile.")]
    [InlineData("Glucose in the 90s all morning after the insulin drip was stopped.")]
    [InlineData("Temps in the 90s F all week and the ED is full of heat stroke.")]
    [InlineData("EF 90s on the echo read, which nobody believed.")]
    [InlineData("Sats, 90-ish on the monitor, then back to 96.")]
    [InlineData("We used that pump back in the 90s and it was awful.")]
    [InlineData("She has had atrial fibrillation since the nineties, never anticoagulated.")]
    [InlineData("Guidelines from the mid 1990s still drive this practice.")]
    [InlineData("The '90s were a different era for opioid prescribing.")]
    [InlineData("Patients in their 90s do fine with TAVR in our series.")]
    [InlineData("Do you anticoagulate nonagenarians with a CHA2DS2-VASc of 4?")]
    [InlineData("Adherence was 90-ish percent on the pill counts.")]
    [InlineData("Her MoCA scores in the 90s percentile band mean little here.")]
    [InlineData("Anyone over 90 gets a geriatrics consult on admission.")]
    public void Scrub_DecadeOfVitalEraPopulationOrCategory_Kept(string input) => RulesOnly.Scrub(input).Text.Should().Be(input);
}
