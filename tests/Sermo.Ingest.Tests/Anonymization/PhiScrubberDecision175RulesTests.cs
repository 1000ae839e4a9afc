using Sermo.Ingest.Anonymization;

namespace Sermo.Ingest.Tests.Anonymization;

/// <summary>
/// Round 27's rules (issue #14, decision 175; the file is named for the decision so that no file of this branch carries the
/// held-out set's round name). The word "ID" or "ids" before a run of four digits or more names a record number, whatever
/// names the number before it; a year, a dose and a short count after it stay. A report's or a hold's number shaped like a
/// record ("report 24-11873") is one; a plain count after the verb or noun ("hold 1500 of the heparin") stays. A spelled age of 90-129 that brackets, commas or
/// a table's bars set off alone is an age; a spelled number with a unit, or in running text with no mark on both sides, stays.
/// Read by the rules alone, so the learned detector cannot pass a test the rules fail. Sentences of their own, none from a gold set.
/// </summary>
public class PhiScrubberDecision175RulesTests
{
    private static readonly PhiScrubber RulesOnly = new(model: null);

    [Theory]
    [InlineData("The transplant coordinator read me the UNOS ID 55120 twice over the phone.", "55120")]
    [InlineData("Our interpreter id #30418 was the only Tigrinya speaker on the line.", "30418")]
    [InlineData("Her hospice enrolled her under registry ID: 7731-204 last spring.", "7731-204")]
    [InlineData("Swabs went out under sample ids 4471-A and the lab lost one.", "4471-A")]
    [InlineData("His board candidate ID 228913 was printed on the wrong transcript.", "228913")]
    public void Scrub_NumberAfterTheWordId_RemovedAsARecordNumber(string input, string number)
    {
        var result = RulesOnly.Scrub(input);
        result.Text.Should().NotContain(number, because: $"\"{number}\" in \"{input}\" is a record number; the rules scrubbed: \"{result.Text}\"");
    }

    [Theory]
    [InlineData("The sheriff's deputy gave me report 24-11873 for the chart.", "24-11873")]
    [InlineData("Hold #25-0031 expires Friday and the judge wants our note.", "25-0031")]
    [InlineData("Incident report QA-2291 names the float nurse, not me.", "QA-2291")]
    public void Scrub_ShapedNumberAfterReportOrHold_RemovedAsARecordNumber(string input, string number)
    {
        var result = RulesOnly.Scrub(input);
        result.Text.Should().NotContain(number, because: $"\"{number}\" in \"{input}\" is a report's or a hold's number; the rules scrubbed: \"{result.Text}\"");
    }

    [Theory]
    [InlineData("Hold 1500 of the heparin drip until the repeat platelets are back.")]
    [InlineData("Her watch report 8000 steps a day since the valve.")]
    [InlineData("Please hold 5000 units of the enoxaparin tonight.")]
    public void Scrub_CountAfterReportOrHold_Kept(string input) => RulesOnly.Scrub(input).Text.Should().Be(input);

    [Theory]
    [InlineData("Passenger in seat 31C collapsed over the Atlantic; we met the plane.", "31C")]
    [InlineData("The cruise line put her in cabin 7214 for the whole norovirus week.", "7214")]
    public void Scrub_SeatOrCabinNumber_Removed(string input, string number)
    {
        var result = RulesOnly.Scrub(input);
        result.Text.Should().NotContain(number, because: $"\"{number}\" in \"{input}\" places a traveller; the rules scrubbed: \"{result.Text}\"");
    }

    [Theory]
    [InlineData("Keep the car seat 2 more years, rear-facing, per the new guidance.")]
    [InlineData("Seat him upright at 45 degrees before the swallow study.")]
    public void Scrub_SeatBeforeALoneDigitOrAnAngle_Kept(string input) => RulesOnly.Scrub(input).Text.Should().Be(input);

    [Theory]
    [InlineData("ID signed off in 2024 after six weeks of cefazolin.")]
    [InlineData("Per ID 1500 mg of vancomycin is plenty for her weight.")]
    [InlineData("ID wants 6 weeks of IV therapy and a repeat MRI.")]
    [InlineData("Curbside to ID 2 days ago, still waiting on the consult note.")]
    public void Scrub_IdAsTheSpecialtyBeforeAYearDoseOrCount_Kept(string input) => RulesOnly.Scrub(input).Text.Should().Be(input);

    [Theory]
    [InlineData("Admitted my nonagenarian (ninety-seven) with a hip fracture last night.", "ninety-seven")]
    [InlineData("Mrs Oduya, ninety-nine, fell out of bed again on nights.", "ninety-nine")]
    [InlineData("Grandpa Lisowski (a hundred and one!) refused the CT.", "a hundred and one")]
    [InlineData("| Ferreira, Ana | NINETY-FOUR | delirium |", "NINETY-FOUR")]
    [InlineData("The widower from the lake house, ninety two, still drives himself.", "ninety two")]
    public void Scrub_SpelledOldAgeSetOffAlone_RemovedAsAnAge(string input, string age)
    {
        var result = RulesOnly.Scrub(input);
        result.Text.Should().NotContain(age, because: $"\"{age}\" in \"{input}\" is an age over 89; the rules scrubbed: \"{result.Text}\"");
    }

    [Theory]
    [InlineData("Sats drifted to ninety percent, so we put her on 2 L.")]
    [InlineData("She lost ninety pounds after the sleeve, then regained half.")]
    [InlineData("About ninety of our residents got the flu shot this year.")]
    [InlineData("Repeat troponin (ninety mg/dL glucose too) was unremarkable.")]
    public void Scrub_SpelledNumberWithAUnitOrInRunningText_Kept(string input) => RulesOnly.Scrub(input).Text.Should().Be(input);
}
