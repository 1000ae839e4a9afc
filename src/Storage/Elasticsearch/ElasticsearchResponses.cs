using System.Text.Json;
using System.Text.Json.Serialization;

namespace Sermo.Storage.Elasticsearch;

// Response bodies in the shape the Elasticsearch REST reference documents (_search, _bulk, _delete_by_query);
// only the fields Sermo reads.
public sealed record EsSearchResponse(
    [property: JsonPropertyName("hits")] EsHits Hits,
    [property: JsonPropertyName("aggregations")] Dictionary<string, EsAggregation>? Aggregations);

public sealed record EsHits(
    [property: JsonPropertyName("total")] EsTotal Total,
    [property: JsonPropertyName("hits")] IReadOnlyList<EsHit> Hits);

public sealed record EsTotal([property: JsonPropertyName("value")] long Value, [property: JsonPropertyName("relation")] string Relation);

public sealed record EsHit(
    [property: JsonPropertyName("_id")] string Id,
    [property: JsonPropertyName("_score")] double? Score,
    [property: JsonPropertyName("_source")] EsSource Source,
    [property: JsonPropertyName("highlight")] Dictionary<string, IReadOnlyList<string>>? Highlight,
    [property: JsonPropertyName("sort")] IReadOnlyList<JsonElement>? Sort);

public sealed record EsSource(
    [property: JsonPropertyName("post_id")] string PostId,
    [property: JsonPropertyName("created_at")] DateTimeOffset CreatedAt,
    [property: JsonPropertyName("specialty")] string? Specialty,
    [property: JsonPropertyName("state")] string? State,
    [property: JsonPropertyName("sentiment")] string Sentiment,
    [property: JsonPropertyName("text")] string Text);

public sealed record EsAggregation([property: JsonPropertyName("buckets")] IReadOnlyList<EsBucket> Buckets);

public sealed record EsBucket(
    [property: JsonPropertyName("key")] JsonElement Key,
    [property: JsonPropertyName("key_as_string")] string? KeyAsString,
    [property: JsonPropertyName("doc_count")] long DocCount,
    [property: JsonPropertyName("authors")] EsValue? Authors);

public sealed record EsValue([property: JsonPropertyName("value")] long Value);

public sealed record EsBulkResponse(
    [property: JsonPropertyName("errors")] bool Errors,
    [property: JsonPropertyName("items")] IReadOnlyList<Dictionary<string, EsBulkItem>> Items);

public sealed record EsBulkItem(
    [property: JsonPropertyName("_id")] string Id,
    [property: JsonPropertyName("status")] int Status,
    [property: JsonPropertyName("error")] EsError? Error);

public sealed record EsError([property: JsonPropertyName("type")] string Type, [property: JsonPropertyName("reason")] string? Reason);

public sealed record EsDeleteByQueryResponse([property: JsonPropertyName("deleted")] long Deleted);
