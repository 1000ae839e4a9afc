using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Sermo.Analytics.Learning;

namespace Sermo.Analytics.Aspects;

/// <summary>The aspect registry's promoted model, hot-reloaded like the sentiment model (<see cref="PromotedModel{T}"/>).</summary>
public sealed class PromotedAspectModel(ModelRegistry registry, TimeProvider time, TimeSpan pollInterval, ILogger<PromotedAspectModel>? logger = null)
    : IMentionAspectAnnotator, IDisposable
{
    private readonly PromotedModel<AspectModel> _promoted = new(
        registry, AspectModel.Load, time, pollInterval, logger ?? (ILogger)NullLogger.Instance, "aspect model");

    public string? Version => _promoted.Version;

    /// <summary>The loaded model, or null while none is promoted (mentions then carry no aspect).</summary>
    public AspectModel? Model => _promoted.Model;

    public bool Refresh() => _promoted.Refresh();

    public IReadOnlyList<Tagging.TaggedEntity>[]? Annotate(IReadOnlyList<(string Text, IReadOnlyList<Tagging.TaggedEntity> Entities)> posts) =>
        _promoted.Model?.Annotate(posts);

    public void Dispose() => _promoted.Dispose();
}
