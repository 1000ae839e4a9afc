using Sermo.Analytics.Tagging;

namespace Sermo.Analytics.Sentiments;

/// <summary>A post's text and the tagger's reading of it: what the sentiment model scores.</summary>
public readonly record struct TaggedText(string Text, TagResult Tags);

/// <summary>A model's verdict on one post: the label and P(positive) − P(negative).</summary>
public readonly record struct ModelSentiment(Sentiment Label, double Score);

/// <summary>Post-level sentiment from a trained model; null when no usable model is loaded (callers keep the lexicon's).</summary>
public interface IPostSentimentClassifier
{
    /// <summary>Scores a batch in one pass (ingest batches); the version that scored it is in <see cref="ModelSentiments.Version"/>.</summary>
    ModelSentiments? Classify(IReadOnlyList<TaggedText> posts);
}

/// <summary>One verdict per post of a batch, in order, and the model version that gave them.</summary>
public sealed record ModelSentiments(string Version, IReadOnlyList<ModelSentiment> Results);
