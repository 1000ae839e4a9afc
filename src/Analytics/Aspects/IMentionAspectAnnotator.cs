using Sermo.Analytics.Tagging;

namespace Sermo.Analytics.Aspects;

/// <summary>Gives every drug mention of a batch of posts an aspect and a polarity; null when no aspect model is loaded.</summary>
public interface IMentionAspectAnnotator
{
    /// <summary>Each post's entities with <see cref="TaggedEntity.Aspect"/> set on its drug mentions, in the batch's order.</summary>
    IReadOnlyList<TaggedEntity>[]? Annotate(IReadOnlyList<(string Text, IReadOnlyList<TaggedEntity> Entities)> posts);
}
