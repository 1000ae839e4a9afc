using Sermo.Analytics.Tagging;
using Sermo.Analytics.Tests.Tagging;

namespace Sermo.Analytics.Tests.Sentiments;

public class LexiconSentimentScorerTests
{
    private static Sermo.Analytics.Sentiments.SentimentResult Score(string text) => SharedTagger.Scorer.Score(text);

    [Theory]
    [InlineData("Eliquis has been great, a real game changer.")]
    [InlineData("Tolerated well and works well for her.")]
    [InlineData("Path came back negative for malignancy.")]
    [InlineData("Clean scan at 12 months, no evidence of disease.")]
    [InlineData("No side effects at all.")]
    public void Score_PositiveText_Positive(string text)
    {
        var result = Score(text);

        result.Label.Should().Be(Sentiment.Positive);
        result.Score.Should().BeInRange(0.15, 1.0);
    }

    [Theory]
    [InlineData("Insurance denied it, terrible experience.")]
    [InlineData("Positive troponin overnight.")]
    [InlineData("Unfortunately the disease progressed on Keytruda.")]
    [InlineData("Not great, the nausea was a nightmare.")]
    [InlineData("Xarelto gave my patient a GI bleed.")]
    public void Score_NegativeText_Negative(string text)
    {
        var result = Score(text);

        result.Label.Should().Be(Sentiment.Negative);
        result.Score.Should().BeInRange(-1.0, -0.15);
    }

    [Fact]
    public void Score_NegatedPositive_FlipsToNegative()
    {
        Score("great").Score.Should().BePositive();
        Score("not great").Score.Should().BeNegative();
        Score("not bad at all").Score.Should().BePositive();
    }

    [Fact]
    public void Score_Intensifier_StrengthensScore()
    {
        Score("very effective").Score.Should().BeGreaterThan(Score("effective").Score);
    }

    [Fact]
    public void Score_NegationDoesNotCrossClause()
    {
        Score("No nausea, but the price is terrible.").Label.Should().Be(Sentiment.Negative);
    }

    [Fact]
    public void Score_NeutralClinicalText_Neutral()
    {
        var result = Score("Started metformin 500 mg twice daily with meals.");

        result.Label.Should().Be(Sentiment.Neutral);
        result.Score.Should().Be(0);
    }

    [Fact]
    public void Score_ManyPositiveTerms_StaysWithinUnitRange()
    {
        Score(string.Join(' ', Enumerable.Repeat("excellent amazing game changer", 50))).Score.Should().BeInRange(0.9, 1.0);
    }

    [Fact]
    public void Tag_PostSentiment_MatchesScorer()
    {
        const string text = "Tolerated well, no bleeding, and her A1c is down. Great drug.";

        var tags = SharedTagger.Tagger.Tag(text);

        tags.SentimentScore.Should().BeApproximately(Score(text).Score, 1e-9);
        tags.PostSentiment.Should().Be(Sentiment.Positive);
    }
}
