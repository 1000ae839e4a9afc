using Sermo.Ingest.Anonymization;
using Sermo.Ingest.Anonymization.Learned;

namespace Sermo.Ingest.Tests.Anonymization.Learned;

public sealed class LearnedNameDetectorTests
{
    private static readonly PhiScrubber RulesOnly = new(model: null);

    // Threshold 0: every candidate word is taken, so what survives is what the clinical veto and the candidate filter keep.
    private static readonly PhiScrubber TakesEveryCandidate = new(NameTokenModel.Shipped.WithThreshold(0));

    [Theory]
    [InlineData("We will have Maria sign the consent today.", "Maria")]
    [InlineData("Had Rosa sign off on the plan.", "Rosa")]
    [InlineData("Please let Tomasz sign the forms at the desk.", "Tomasz")]
    public void Scrub_GivenNameBeforeVerbSign_Replaced(string text, string name)
    {
        var result = RulesOnly.Scrub(text);

        result.Text.Should().NotContain(name, "\"sign\" with an object or after a causative verb is the verb, not an eponym's noun");
    }

    [Theory]
    [InlineData("Murphy sign positive, RUQ tender.")]
    [InlineData("Homans sign was negative on both legs.")]
    [InlineData("Positive Tinel sign at the wrist.")]
    public void Scrub_EponymBeforeNounSign_Kept(string text) => RulesOnly.Scrub(text).Text.Should().Be(text);

    [Theory]
    [InlineData("Started Eliquis after the Graves flare; Crohn disease quiet.", new[] { "Eliquis", "Graves", "Crohn" })]
    [InlineData("Cardiology and Medicare both said no. January is busy.", new[] { "Cardiology", "Medicare", "January" })]
    public void Scrub_ClinicalOrCalendarWord_NeverTakenByTheModelAtAnyThreshold(string text, string[] kept)
    {
        var result = TakesEveryCandidate.Scrub(text);

        foreach (var word in kept)
        {
            result.Text.Should().Contain(word, "drug, disease, eponym, department and month words are vetoed before the model scores");
        }
    }

    /// <summary>
    /// Round 8's trade-off, undone in round 9: at round 8's threshold (0.85) the model read a word-name after "Thanks," as the
    /// person thanked; round 9's retrain chose 0.95 on round 5's set (decision 065), and the saying keeps its word again.
    /// </summary>
    [Fact]
    public void Scrub_WordNameAfterThanksComma_KeptByRulesAndModel()
    {
        const string text = "Thanks, Grace under pressure is rare.";

        RulesOnly.Scrub(text).Text.Should().Be(text);
        ScrubAssertions.Scrubber.Scrub(text).Text.Should().Be(text);
    }

    [Fact]
    public void Scrub_LowerCaseWordNotAfterCue_NeverAskedOfTheModel()
    {
        const string text = "the plan is to recheck potassium in two weeks";

        TakesEveryCandidate.Scrub(text).Text.Should().Be(text);
    }
}
