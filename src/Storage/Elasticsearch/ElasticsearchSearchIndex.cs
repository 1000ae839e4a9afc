using Elastic.Clients.Elasticsearch;
using Elastic.Clients.Elasticsearch.QueryDsl;
using Microsoft.Extensions.Options;
using Sermo.Analytics.Posts;
using Sermo.Storage.Search;
using SearchRequest = Sermo.Storage.Search.SearchRequest;

namespace Sermo.Storage.Elasticsearch;

/// <summary>
/// Search over Elasticsearch through the official client (Elastic.Clients.Elasticsearch): monthly indices from one
/// template behind a read alias, writes through the bulk helper, typed Query DSL from the query tree, aggregations
/// for the histogram and facets, <c>search_after</c> paging. Deletions and opt-outs are deletes by query on the alias,
/// so they find a post in whichever month it lives.
/// </summary>
public sealed class ElasticsearchSearchIndex : ISearchIndex
{
    private readonly ElasticsearchClient _client;
    private readonly ElasticsearchOptions _options;
    private readonly ElasticsearchBulkWriter _bulk;
    private readonly int _k;

    public ElasticsearchSearchIndex(ElasticsearchClient client, IOptions<SearchOptions> options, TimeProvider time)
    {
        _client = client;
        _options = options.Value.Elasticsearch;
        _k = options.Value.K;
        _bulk = new ElasticsearchBulkWriter(client, _options);
        Cluster = new ElasticsearchCluster(client, _options, time);
    }

    public ElasticsearchCluster Cluster { get; }

    private string Alias => _options.Alias;

    public async Task<IndexOutcome> IndexAsync(IReadOnlyList<TaggedPost> posts, CancellationToken cancellationToken)
    {
        if (posts.Count == 0)
        {
            return IndexOutcome.AllIndexed;
        }

        await Cluster.EnsureWritableAsync(cancellationToken);
        // The last copy of a post in the batch wins, as in the other backends; it must be the only copy sent, or an
        // earlier copy could land in another month's index after the cleanup below looked.
        var documents = posts.GroupBy(p => p.PostId, StringComparer.Ordinal).Select(g => PostDocument.From(g.Last())).ToList();
        var refused = await _bulk.WriteAsync(documents, cancellationToken);
        // Visible before the cleanup searches for stale copies (and to the next search: within one cycle).
        await RefreshAsync(cancellationToken);
        var refusedIds = refused.Select(r => r.PostId).ToHashSet(StringComparer.Ordinal);
        foreach (var chunk in documents.Chunk(_options.BulkSize))
        {
            await DeleteByQueryAsync(StaleCopies(chunk, refusedIds), cancellationToken);
        }

        return new IndexOutcome(refused);
    }

    public Task<long> DeleteAsync(IReadOnlyList<string> postIds, CancellationToken cancellationToken) =>
        DeleteInChunksAsync(postIds, ElasticsearchQueryTranslator.Ids, cancellationToken);

    public Task<long> DeleteByAuthorAsync(IReadOnlyList<string> authorKeys, CancellationToken cancellationToken) =>
        DeleteInChunksAsync(authorKeys, ElasticsearchQueryTranslator.Authors, cancellationToken);

    public async Task<SearchResult> SearchAsync(SearchRequest request, CancellationToken cancellationToken)
    {
        SearchAggregates.Validate(request);
        var cursor = ElasticsearchCursor.Decode(request.Cursor);
        await Cluster.EnsureReadableAsync(cancellationToken);
        var response = await _client.SearchAsync<PostHitSource>(ElasticsearchSearchRequest.Build(request, cursor, Alias, _k), cancellationToken);
        if (!response.IsValidResponse)
        {
            throw response.ElasticsearchServerError?.Error?.Type == "index_not_found_exception"
                ? new SearchIndexUnavailableException(
                    $"Elasticsearch at {_options.Url} has no index behind the alias '{Alias}': nothing was ever indexed there (run `sermo ingest` with this configuration) or Search:Elasticsearch:Alias names another alias")
                : ElasticsearchFailure.Unavailable(_options.Url, $"POST {Alias}/_search", response);
        }

        return ElasticsearchSearchResult.From(request, response, cursor?.Seen ?? 0, _k);
    }

    /// <summary>
    /// A post whose date moved to another month was just written to that month's index, but its old document stays
    /// in the previous month's index under the same _id (ids are unique per index, not per alias): delete every copy
    /// outside the current month. A refused post loses every copy, so no stale version stays searchable.
    /// </summary>
    private Query StaleCopies(IReadOnlyList<PostDocument> chunk, HashSet<string> refused)
    {
        var indexed = chunk.Where(d => !refused.Contains(d.PostId)).ToList();
        var gone = chunk.Where(d => refused.Contains(d.PostId)).Select(d => d.PostId).ToList();
        var parts = new List<Query>();
        if (indexed.Count > 0)
        {
            parts.Add(ElasticsearchQueryTranslator.OutsideTheirMonth(indexed.Select(d => (d.PostId, ElasticsearchIndexTemplate.IndexName(Alias, d.Month)))));
        }

        if (gone.Count > 0)
        {
            parts.Add(ElasticsearchQueryTranslator.Ids(gone));
        }

        return parts.Count == 1 ? parts[0] : new BoolQuery { Should = parts, MinimumShouldMatch = 1 };
    }

    private async Task<long> DeleteInChunksAsync(IReadOnlyList<string> values, Func<IReadOnlyCollection<string>, Query> query, CancellationToken cancellationToken)
    {
        if (values.Count == 0)
        {
            return 0;
        }

        await Cluster.EnsureWritableAsync(cancellationToken);
        long deleted = 0;
        foreach (var chunk in values.Distinct(StringComparer.Ordinal).Chunk(_options.BulkSize))
        {
            deleted += await DeleteByQueryAsync(query(chunk), cancellationToken);
        }

        return deleted;
    }

    /// <summary>
    /// Delete by query on the alias, visible at once (refresh). A document that changed while being deleted is a
    /// version conflict; it fails the call, so the search backlog sends the deletion again rather than leave an
    /// opted-out post searchable.
    /// </summary>
    private async Task<long> DeleteByQueryAsync(Query query, CancellationToken cancellationToken)
    {
        var response = await _client.DeleteByQueryAsync(new DeleteByQueryRequest(Alias)
        {
            Query = query,
            Refresh = true,
            Conflicts = Conflicts.Proceed,
            IgnoreUnavailable = true,
            AllowNoIndices = true,
        }, cancellationToken);
        if (!response.IsValidResponse)
        {
            throw ElasticsearchFailure.Unavailable(_options.Url, $"POST {Alias}/_delete_by_query", response);
        }

        if (response.Failures is { Count: > 0 } failures)
        {
            throw new SearchIndexUnavailableException(
                $"Elasticsearch at {_options.Url} could not delete {failures.Count} documents ({ElasticsearchFailure.Describe(failures.First().Cause)}); the search backlog retries next cycle");
        }

        if (response.VersionConflicts is > 0)
        {
            throw new SearchIndexUnavailableException(
                $"Elasticsearch at {_options.Url}: {response.VersionConflicts} documents changed while being deleted; the search backlog retries next cycle");
        }

        return response.Deleted ?? 0;
    }

    private async Task RefreshAsync(CancellationToken cancellationToken)
    {
        var response = await _client.Indices.RefreshAsync(Alias, cancellationToken);
        if (!response.IsValidResponse)
        {
            throw ElasticsearchFailure.Unavailable(_options.Url, $"POST {Alias}/_refresh", response);
        }
    }
}
