using System.Text.Json.Serialization;
using Sermo.Analytics.HeatMaps;
using Sermo.Analytics.Posts;
using Sermo.Analytics.Query;

namespace Sermo.Storage.Search;

/// <summary>
/// The keyword search index over anonymized posts: one contract, three engines (SQLite FTS5, PostgreSQL, Elasticsearch).
/// Only scrubbed text and tags go in; excerpts come back HTML-encoded with <c>&lt;mark&gt;</c> around matches.
/// </summary>
public interface ISearchIndex
{
    /// <summary>
    /// True when the index reads the post store's own tables (SQLite), so committing a batch to the store already
    /// indexed it; otherwise the ingest pipeline pushes each committed batch here too.
    /// </summary>
    bool ReadsPostStore => false;

    /// <summary>Idempotent upsert by post id; returns the posts the engine refused for good (dead-lettered by ingest).</summary>
    Task<IndexOutcome> IndexAsync(IReadOnlyList<TaggedPost> posts, CancellationToken cancellationToken);

    /// <summary>Removes posts by id (member deleted them); returns how many were removed.</summary>
    Task<long> DeleteAsync(IReadOnlyList<string> postIds, CancellationToken cancellationToken);

    /// <summary>Removes every post of the given authors (opt-out); returns how many were removed.</summary>
    Task<long> DeleteByAuthorAsync(IReadOnlyList<string> authorKeys, CancellationToken cancellationToken);

    Task<SearchResult> SearchAsync(SearchRequest request, CancellationToken cancellationToken);
}

public enum SearchSort
{
    Relevance,
    Newest,
}

/// <summary>One search: the parsed query, a page, and what to aggregate.</summary>
/// <param name="From">Optional first day (inclusive), combined with the query's own <c>date:</c> filter.</param>
/// <param name="Cursor">Opaque position returned as <see cref="SearchResult.NextCursor"/>; null for the first page.</param>
/// <param name="Aggregations">Build the date histogram and facets (false for paging through hits only).</param>
public sealed record SearchRequest(
    QueryNode Query,
    SearchSort Sort = SearchSort.Relevance,
    int Size = 20,
    string? Cursor = null,
    DateOnly? From = null,
    DateOnly? To = null,
    BucketInterval Interval = BucketInterval.Week,
    bool Aggregations = true)
{
    public const int MaxSize = 200;
}

/// <param name="Score">Backend relevance (higher is better); not comparable across backends.</param>
public sealed record SearchHit(
    string PostId,
    DateTimeOffset CreatedAt,
    string? Specialty,
    string? State,
    string Sentiment,
    string Excerpt,
    double Score);

/// <summary>A time bucket; <see cref="Posts"/> is null when fewer than k distinct authors built it.</summary>
public sealed record HistogramBucket(DateOnly Start, long? Posts, bool Suppressed);

/// <summary>One facet value with its post count; values from fewer than k authors are left out (counted in <see cref="Facet.Suppressed"/>).</summary>
public sealed record FacetValue(string Value, string Label, long Posts);

public sealed record Facet(string Name, IReadOnlyList<FacetValue> Values, int Suppressed);

/// <param name="Total">Posts matched; null when the answer is <see cref="Refused"/>.</param>
/// <param name="Refused">Why nothing is shown (the singling-out check, docs/privacy.md P12); null for an answer.</param>
public sealed record SearchResult(
    long? Total,
    IReadOnlyList<SearchHit> Hits,
    string? NextCursor,
    IReadOnlyList<HistogramBucket> Histogram,
    IReadOnlyList<Facet> Facets,
    string? Refused = null)
{
    public static readonly string[] FacetNames = ["brand", "disease", "specialty", "sentiment"];

    /// <summary>
    /// Distinct author keys behind the whole match, counted by the backend up to k only. Server-side: never serialized,
    /// read only by <see cref="SinglingOutGuard"/>. A backend that does not set it reads as 0, which refuses.
    /// </summary>
    [JsonIgnore]
    public int AuthorsUpToK { get; init; }

    /// <summary>The answer to a search whose match comes from fewer than k authors: no count, hit, cursor or aggregate.</summary>
    public static SearchResult RefusedAnswer(string reason) => new(null, [], null, [], [], reason);
}
