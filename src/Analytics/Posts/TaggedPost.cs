using Sermo.Analytics.Tagging;

namespace Sermo.Analytics.Posts;

/// <summary>
/// A post as the pipeline stores it: scrubbed text only, the author as a keyed hash, never a member id or handle.
/// </summary>
/// <param name="PostId">Source-qualified id, e.g. <c>forum:123</c> or <c>drop:abc</c>.</param>
/// <param name="AuthorKey">HMAC of the member id under the pipeline secret; per-client hashes derive from it.</param>
public sealed record TaggedPost(
    string PostId,
    string Source,
    string AuthorKey,
    DateTimeOffset CreatedAt,
    string? Specialty,
    string? State,
    string Text,
    int Redactions,
    IReadOnlyList<TaggedEntity> Entities,
    IReadOnlyList<AdverseEventPair> AdverseEvents,
    Sentiment Sentiment,
    double SentimentScore);
