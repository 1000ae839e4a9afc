namespace Sermo.Analytics.Sentiments;

/// <summary>Sentiment of a text: <see cref="Score"/> in [-1, 1] and its thresholded <see cref="Label"/>.</summary>
public readonly record struct SentimentResult(double Score, Tagging.Sentiment Label, int PositiveTerms, int NegativeTerms);
