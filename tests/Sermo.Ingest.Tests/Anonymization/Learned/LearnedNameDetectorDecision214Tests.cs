using Sermo.Ingest.Anonymization;
using Sermo.Ingest.Anonymization.Learned;

namespace Sermo.Ingest.Tests.Anonymization.Learned;

/// <summary>Decision 214: listed names typed in lower case in a name slot (a sentence's start, after a kin or role noun) are asked of the model.</summary>
public sealed class LearnedNameDetectorDecision214Tests
{
    // Threshold 0: every candidate word is taken, so the text shows which words were asked.
    private static readonly PhiScrubber TakesEveryCandidate = new(NameTokenModel.Shipped.WithThreshold(0));

    private static bool Asked(string text, int token)
    {
        var index = TokenIndex.Build(text);
        return NameTokenFeatures.IsCandidate(index, token, new TokenCover[index.Tokens.Count]);
    }

    [Theory]
    [InlineData("marisol delgado came back with the same rash.", 0)]
    [InlineData("marisol delgado came back with the same rash.", 1)]
    [InlineData("Quiet night. rosalind ferreira needs her labs drawn at six.", 2)]
    [InlineData("his driver kowalski brought the forms in.", 2)]
    [InlineData("the landlord delgado called about the mold.", 2)]
    public void IsCandidate_LowerCaseListedNameInNameSlot_Asked(string text, int token) => Asked(text, token).Should().BeTrue();

    [Theory]
    [InlineData("season opener was rough on the knees.", 0)] // a listed name that is also a word
    [InlineData("fall season, two hip fractures this week.", 1)]
    [InlineData("metoprolol was held overnight for bradycardia.", 0)] // a drug, in no name list
    [InlineData("we saw marisol delgado in clinic today.", 2)] // no slot: mid-sentence after a verb
    [InlineData("we saw marisol delgado in clinic today.", 3)]
    [InlineData("his driver kowalski brought the forms in.", 1)] // the role noun itself
    public void IsCandidate_LowerCaseWordOutsideSlotOrNoListedName_NotAsked(string text, int token) => Asked(text, token).Should().BeFalse();

    [Fact]
    public void IsTrainingCandidate_LowerCaseNameOnlyInSlot_NotTrainedOn()
    {
        var index = TokenIndex.Build("marisol delgado came back with the same rash.");

        NameTokenFeatures.IsTrainingCandidate(index, 0, new TokenCover[index.Tokens.Count]).Should().BeFalse("the model's training rows are round 8's candidates, unchanged");
    }

    [Fact]
    public void Scrub_LowerCaseNameOpeningPost_TakenAtThresholdZero()
    {
        var result = TakesEveryCandidate.Scrub("marisol delgado came back with the same rash.");

        result.Text.Should().NotContain("marisol").And.NotContain("delgado");
    }

    [Fact]
    public void Scrub_LowerCaseDrugOpeningSentence_KeptAtThresholdZero()
    {
        const string text = "rough night. metoprolol was held for bradycardia and the rash is better.";

        TakesEveryCandidate.Scrub(text).Text.Should().Be(text);
    }
}

/// <summary>Decision 214: an unlisted capitalised word after a place preposition is taken at a lower score than elsewhere.</summary>
public sealed class LearnedNameDetectorPlaceSlotTests
{
    // Every candidate scores 0.7 (all weights zero, bias logit(0.7)): below the 0.8 threshold, above it less the place slot's discount.
    private static readonly PhiScrubber ScoresEveryWordAtPointSeven =
        new(new NameTokenModel(new float[NameTokenFeatures.Buckets], (float)Math.Log(0.7 / 0.3), threshold: 0.8, trainedOn: "test: constant score"));

    [Theory]
    [InlineData("she moved here from Quillbrook last spring.", "Quillbrook")]
    [InlineData("he works nights in Tarrowfield now.", "Tarrowfield")]
    public void Scrub_UnlistedWordAfterPlacePreposition_TakenBelowTheThreshold(string text, string place) =>
        ScoresEveryWordAtPointSeven.Scrub(text).Text.Should().NotContain(place);

    [Theory]
    [InlineData("the Quillbrook numbers look better this week.", "Quillbrook")] // no place preposition
    [InlineData("he said Tarrowfield twice.", "Tarrowfield")]
    [InlineData("the plan from Quillbrook never came.", "plan")] // lower case: not a candidate at all
    public void Scrub_WordOutsidePlaceSlotOrListed_KeptBelowTheThreshold(string text, string word) =>
        ScoresEveryWordAtPointSeven.Scrub(text).Text.Should().Contain(word);
}
