using Sermo.Ingest.Anonymization;

namespace Sermo.Ingest.Tests.Anonymization;

/// <summary>
/// Decision 203's precision rules (issue #14): clean words the rules read as names. A disease opening a case line before the
/// age ("Gout, 58M, ..."), a score or tool named for a person before its noun ("Haller index", "Manchester triage"), and a sex
/// letter or vitamin letter before a period read as an initial ("71M. Six cycles", "vitamin K. Recheck") are kept; the names in
/// the same slots are still removed. Read by the rules alone. Sentences of their own, none from a gold set.
/// </summary>
public class PhiScrubberDecision203RulesTests
{
    private static readonly PhiScrubber RulesOnly = new(model: null);

    [Theory]
    [InlineData("Gout, 58M, four flares this year despite allopurinol 300, tophi on both elbows")]
    [InlineData("Sarcoidosis, 44F, stage II with uveitis, tapering prednisone")]
    [InlineData("Schizophrenia, 29M, third admission since spring, clozapine discussed")]
    [InlineData("Endometriosis, 33F, pain back after stopping the pill")]
    public void Scrub_DiseaseOpeningACaseLineBeforeAnAge_Kept(string input) => RulesOnly.Scrub(input).Text.Should().Be(input);

    [Fact]
    public void Scrub_NameOpeningACaseLineBeforeAnAge_StillRemoved()
    {
        var result = RulesOnly.Scrub("Okonkwo, 58M, four flares this year despite allopurinol 300");
        result.Text.Should().NotContain("Okonkwo", because: $"the rules scrubbed: \"{result.Text}\"");
    }

    [Theory]
    [InlineData("Pectus in a teen swimmer, Haller index 3.9, surgery after the season")]
    [InlineData("The Manchester triage put her in yellow and she waited four hours")]
    [InlineData("Heel pain in a runner: plantar fasciitis or Baxter nerve entrapment?")]
    [InlineData("Pancreatitis on day two, Ranson criteria of 4, moved to the step-down unit")]
    [InlineData("The adductor block sits in Hunter's canal, so the quads keep most of their strength")]
    public void Scrub_ScoreOrToolNamedForAPersonBeforeItsNoun_Kept(string input) => RulesOnly.Scrub(input).Text.Should().Be(input);

    [Theory]
    [InlineData("Mr. Hale's chart was missing the consent form again", "Hale")]
    [InlineData("Spoke with Maria's mother about Maria's formula intake", "Maria")]
    public void Scrub_PatientsNameOwningAScoreOrFormula_StillRemoved(string input, string name)
    {
        var result = RulesOnly.Scrub(input);
        result.Text.Should().NotContain(name, because: $"\"{name}\" owns the noun after it; the rules scrubbed: \"{result.Text}\"");
    }

    [Theory]
    [InlineData("DLBCL stage III in a 71M. Six cycles of R-CHOP and a clean interim PET")]
    [InlineData("INR 9 with no bleeding, gave oral vitamin K. Recheck in the morning")]
    [InlineData("Low level on the screen, started vitamin D. Nutrition consult placed too")]
    public void Scrub_SexOrVitaminLetterBeforeAPeriod_NotReadAsAnInitial(string input) => RulesOnly.Scrub(input).Text.Should().Be(input);

    [Theory]
    [InlineData("Seen in clinic by J. Whitcombe yesterday, agreed with the plan", "Whitcombe")]
    [InlineData("Presented as a 51F. Maria came back to clinic alone", "Maria")]
    public void Scrub_InitialOrGivenNameAfterTheLetter_StillRemoved(string input, string name)
    {
        var result = RulesOnly.Scrub(input);
        result.Text.Should().NotContain(name, because: $"the rules scrubbed: \"{result.Text}\"");
    }
}
