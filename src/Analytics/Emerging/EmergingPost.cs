using Sermo.Analytics.Tagging;

namespace Sermo.Analytics.Emerging;

/// <summary>What the emerging-topic count reads of one stored post: who (a keyed author, never shown), when, which specialty, and the tagged text.</summary>
public sealed record EmergingPost(string AuthorKey, DateOnly Day, string? Specialty, string Text, IReadOnlyList<TaggedEntity> Entities);
