namespace Sermo.Analytics.Sentiments;

/// <summary>Maps a model's label strings onto <see cref="Tagging.Sentiment"/>; only models whose labels all map can tag posts.</summary>
public sealed record SentimentLabels(Tagging.Sentiment[] Labels, int Positive, int Negative)
{
    public static SentimentLabels? Map(IReadOnlyList<string> labels)
    {
        var mapped = new Tagging.Sentiment[labels.Count];
        int positive = -1, negative = -1;
        for (var i = 0; i < labels.Count; i++)
        {
            switch (labels[i].Trim().ToLowerInvariant())
            {
                case "positive" or "pos" or "1":
                    mapped[i] = Tagging.Sentiment.Positive;
                    positive = i;
                    break;
                case "negative" or "neg" or "0" or "-1":
                    mapped[i] = Tagging.Sentiment.Negative;
                    negative = i;
                    break;
                case "neutral" or "neu":
                    mapped[i] = Tagging.Sentiment.Neutral;
                    break;
                default:
                    return null;
            }
        }

        return positive < 0 || negative < 0 ? null : new SentimentLabels(mapped, positive, negative);
    }

    /// <summary>P(positive) − P(negative): a score in [-1, 1] comparable to the lexicon's.</summary>
    public double Score(ReadOnlySpan<float> probabilities) => probabilities[Positive] - probabilities[Negative];
}
