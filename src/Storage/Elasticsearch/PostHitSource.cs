using System.Text.Json.Serialization;

namespace Sermo.Storage.Elasticsearch;

/// <summary>The part of a document a search hit reads back (the <c>_source</c> filter of every search).</summary>
public sealed record PostHitSource(
    [property: JsonPropertyName("post_id")] string PostId,
    [property: JsonPropertyName("created_at")] DateTimeOffset CreatedAt,
    [property: JsonPropertyName("specialty")] string? Specialty,
    [property: JsonPropertyName("state")] string? State,
    [property: JsonPropertyName("sentiment")] string Sentiment,
    [property: JsonPropertyName("text")] string Text)
{
    public static readonly string[] Fields = ["post_id", "created_at", "specialty", "state", "sentiment", "text"];
}
