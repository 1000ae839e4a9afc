namespace Sermo.Analytics.Sentiments;

/// <summary>Post-level sentiment from a trained model; false when no usable model is loaded (callers fall back to the lexicon).</summary>
public interface IPostSentimentClassifier
{
    bool TryClassify(string text, out Tagging.Sentiment label, out double score);
}
