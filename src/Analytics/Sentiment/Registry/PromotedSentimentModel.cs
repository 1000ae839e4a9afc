using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Sermo.Analytics.Learning;

namespace Sermo.Analytics.Sentiments;

/// <summary>
/// The sentiment registry's promoted model as <see cref="IPostSentimentClassifier"/>, hot-reloaded by
/// <see cref="PromotedModel{T}"/>: a promotion reaches a running Worker within the poll interval.
/// </summary>
public sealed class PromotedSentimentModel(ModelRegistry registry, TimeProvider time, TimeSpan pollInterval, ILogger<PromotedSentimentModel>? logger = null)
    : IPostSentimentClassifier, IDisposable
{
    private readonly PromotedModel<PostSentimentModel> _promoted = new(
        registry, PostSentimentModel.Load, time, pollInterval, logger ?? (ILogger)NullLogger.Instance, "sentiment model");

    /// <summary>The loaded version's name, or null while none is promoted.</summary>
    public string? Version => _promoted.Version;

    public PostSentimentModel? Model => _promoted.Model;

    /// <summary>Re-reads the pointer now; the timer calls this too. Returns true when the model changed.</summary>
    public bool Refresh() => _promoted.Refresh();

    public ModelSentiments? Classify(IReadOnlyList<TaggedText> posts) => _promoted.Model?.Classify(posts);

    public void Dispose() => _promoted.Dispose();
}
