using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Sermo.Analytics.Sentiments;

/// <summary>
/// The registry's promoted model, kept current without a restart: a timer polls <c>PROMOTED</c> and, when it names
/// another version, loads it beside the old one and swaps the reference (readers see the old or the new model,
/// never a mix). A version that fails to load is logged and the previous model stays in use.
/// </summary>
public sealed class PromotedSentimentModel : IPostSentimentClassifier, IDisposable
{
    private readonly ModelRegistry _registry;
    private readonly ILogger _logger;
    private readonly ITimer? _timer;
    private readonly Lock _refreshLock = new();
    private Loaded? _current;
    private string? _failedName;

    public PromotedSentimentModel(ModelRegistry registry, TimeProvider time, TimeSpan pollInterval, ILogger<PromotedSentimentModel>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentNullException.ThrowIfNull(time);
        _registry = registry;
        _logger = logger ?? NullLogger<PromotedSentimentModel>.Instance;
        Refresh();
        if (pollInterval > TimeSpan.Zero)
        {
            _timer = time.CreateTimer(_ => Refresh(), null, pollInterval, pollInterval);
        }
    }

    /// <summary>The loaded version's name, or null while none is promoted.</summary>
    public string? Version => Volatile.Read(ref _current)?.Name;

    public LinearTextModel? Model => Volatile.Read(ref _current)?.Model;

    /// <summary>Re-reads the pointer now; the timer calls this too. Returns true when the model changed.</summary>
    public bool Refresh()
    {
        lock (_refreshLock)
        {
            string? name;
            try
            {
                name = _registry.Promoted();
            }
            catch (IOException ex)
            {
                _logger.LogWarning(ex, "could not read {Pointer}; keeping model {Version}", _registry.PromotedPath, Version);
                return false;
            }

            if (name is null || name == Version || name == _failedName)
            {
                return false;
            }

            try
            {
                var model = LinearTextModel.Load(Path.Combine(_registry.Root, name));
                Volatile.Write(ref _current, new Loaded(name, model, SentimentLabels.Map(model.Labels)));
                _failedName = null;
                _logger.LogInformation("sentiment model {Version} loaded from {Registry}", name, _registry.Root);
                return true;
            }
            catch (Exception ex) when (ex is IOException or InvalidDataException or UnauthorizedAccessException)
            {
                _failedName = name;
                _logger.LogError(ex, "promoted sentiment model {Version} failed to load; keeping {Current}", name, Version ?? "the lexicon");
                return false;
            }
        }
    }

    public bool TryClassify(string text, out Tagging.Sentiment label, out double score)
    {
        var current = Volatile.Read(ref _current);
        if (current?.Mapping is not { } mapping)
        {
            label = Tagging.Sentiment.Neutral;
            score = 0;
            return false;
        }

        Span<float> probabilities = stackalloc float[current.Model.Labels.Count];
        var best = current.Model.Predict(text, probabilities);
        label = mapping.Labels[best];
        score = SentimentLabels.Score(mapping, probabilities);
        return true;
    }

    public void Dispose() => _timer?.Dispose();

    private sealed record Loaded(string Name, LinearTextModel Model, SentimentLabels? Mapping);
}

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
    public static double Score(SentimentLabels mapping, ReadOnlySpan<float> probabilities) =>
        probabilities[mapping.Positive] - probabilities[mapping.Negative];
}
