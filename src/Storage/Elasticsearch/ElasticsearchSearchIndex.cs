using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using Sermo.Analytics.Posts;
using Sermo.Storage.Search;

namespace Sermo.Storage.Elasticsearch;

/// <summary>
/// Search over Elasticsearch's REST API with HttpClient and System.Text.Json: an index template with the analyzers,
/// monthly indices behind one alias, <c>_bulk</c> in bounded batches retrying items rejected with 429, Query DSL from
/// the tree, <c>search_after</c> paging, and <c>date_histogram</c> / <c>terms</c> / <c>cardinality</c> aggregations.
/// </summary>
public sealed class ElasticsearchSearchIndex : ISearchIndex
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly HttpClient _http;
    private readonly SearchOptions _options;
    private readonly TimeSpan _retryDelay;
    private readonly SemaphoreSlim _templateGate = new(1, 1);
    private bool _templateReady;

    public ElasticsearchSearchIndex(HttpClient http, IOptions<SearchOptions> options)
        : this(http, options, TimeSpan.FromMilliseconds(200))
    {
    }

    internal ElasticsearchSearchIndex(HttpClient http, IOptions<SearchOptions> options, TimeSpan retryDelay)
    {
        _http = http;
        _options = options.Value;
        _retryDelay = retryDelay;
        _http.BaseAddress ??= _options.ElasticsearchUrl;
    }

    private string Alias => _options.ElasticsearchAlias;

    public async Task IndexAsync(IReadOnlyList<TaggedPost> posts, CancellationToken cancellationToken)
    {
        await EnsureTemplateAsync(cancellationToken);
        // The last copy of a post in the batch wins, as in the other backends; it must also be the only copy sent,
        // because an earlier copy written to another month's index in the same batch would not yet be searchable
        // for the cleanup below.
        var latest = posts.GroupBy(p => p.PostId, StringComparer.Ordinal).Select(g => g.Last()).ToList();
        foreach (var chunk in latest.Chunk(_options.ElasticsearchBulkSize))
        {
            await BulkAsync(chunk, cancellationToken);
            await DeleteOtherMonthCopiesAsync(chunk, cancellationToken);
        }
    }

    /// <summary>
    /// A post whose date moved to another month is written to that month's index, but its old document stays in the
    /// previous month's index under the same _id (ids are unique per index, not per alias). After the bulk, every
    /// document of these ids in an index other than its current month's is deleted through the alias. The search
    /// behind _delete_by_query sees the last refresh, so a copy written less than a refresh interval (1 s) before
    /// its move can survive; ingest re-delivers posts far apart, so that window is accepted.
    /// </summary>
    private async Task DeleteOtherMonthCopiesAsync(IReadOnlyList<TaggedPost> chunk, CancellationToken cancellationToken)
    {
        var query = ElasticsearchQueryDsl.OtherMonthCopies(chunk.Select(p => (p.PostId, PostDocument.IndexName(Alias, p.CreatedAt))));
        using var response = await _http.PostAsync(
            $"{Alias}/_delete_by_query?conflicts=proceed&ignore_unavailable=true&allow_no_indices=true",
            JsonContent(new JsonObject { ["query"] = query }), cancellationToken);
        await EnsureSuccessAsync(response, "_delete_by_query", cancellationToken);
    }

    public Task<long> DeleteAsync(IReadOnlyList<string> postIds, CancellationToken cancellationToken) =>
        DeleteByQueryAsync("post_id", postIds, cancellationToken);

    public Task<long> DeleteByAuthorAsync(IReadOnlyList<string> authorKeys, CancellationToken cancellationToken) =>
        DeleteByQueryAsync("author_key", authorKeys, cancellationToken);

    public async Task<SearchResult> SearchAsync(SearchRequest request, CancellationToken cancellationToken)
    {
        SearchAggregates.Validate(request);
        var cursor = SearchCursor.Decode(request.Cursor);
        var body = ElasticsearchQueryDsl.SearchBody(request, cursor?.After);
        using var response = await _http.PostAsync(
            $"{Alias}/_search?ignore_unavailable=true&allow_no_indices=true", JsonContent(body), cancellationToken);
        await EnsureSuccessAsync(response, "_search", cancellationToken);
        var parsed = await response.Content.ReadFromJsonAsync<EsSearchResponse>(Json, cancellationToken)
            ?? throw new InvalidDataException("Elasticsearch returned an empty _search body.");
        return ToResult(request, parsed, cursor?.Seen ?? 0, _options.K);
    }

    /// <summary>Maps a documented <c>_search</c> response onto the contract, applying k-suppression.</summary>
    public static SearchResult ToResult(SearchRequest request, EsSearchResponse response, long seenBefore, int k)
    {
        var hits = response.Hits.Hits.Select(h => new SearchHit(
            h.Source.PostId,
            h.Source.CreatedAt,
            h.Source.Specialty,
            h.Source.State,
            h.Source.Sentiment,
            h.Highlight is not null && h.Highlight.TryGetValue("text", out var fragments) && fragments.Count > 0
                ? ExcerptMarkup.ToHtml(string.Join(" … ", fragments)) : ExcerptMarkup.Plain(h.Source.Text),
            h.Score ?? 0)).ToList();
        var total = response.Hits.Total.Value;
        var seen = seenBefore + hits.Count;
        var next = hits.Count > 0 && hits.Count == request.Size && seen < total && response.Hits.Hits[^1].Sort is { } sort
            ? new SearchCursor(new JsonArray(sort.Select(e => JsonNode.Parse(e.GetRawText())).ToArray()), seen).Encode()
            : null;

        var aggregations = response.Aggregations ?? [];
        IReadOnlyList<HistogramBucket> histogram = aggregations.TryGetValue("histogram", out var buckets)
            ? SearchAggregates.Histogram(
                buckets.Buckets.Select(b => (DateOnly.ParseExact(b.KeyAsString!, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), b.DocCount, b.Authors?.Value ?? 0)),
                request.Interval, k)
            : [];
        var facets = request.Aggregations
            ? SearchResult.FacetNames.Select(name => SearchAggregates.Facet(name, FacetRows(aggregations.GetValueOrDefault(name)), k)).ToList()
            : [];
        return new SearchResult(total, hits, next, histogram, facets);
    }

    private static IEnumerable<AggregateRow> FacetRows(EsAggregation? aggregation) =>
        (aggregation?.Buckets ?? []).Select(b =>
        {
            var key = b.Key.ValueKind == JsonValueKind.String ? b.Key.GetString()! : b.Key.GetRawText();
            var split = key.IndexOf(PostDocument.FacetSeparator, StringComparison.Ordinal);
            return split < 0
                ? new AggregateRow(key, key, b.DocCount, b.Authors?.Value ?? 0)
                : new AggregateRow(key[..split], key[(split + 1)..], b.DocCount, b.Authors?.Value ?? 0);
        });

    private async Task BulkAsync(IReadOnlyList<TaggedPost> chunk, CancellationToken cancellationToken)
    {
        var pending = chunk;
        for (var attempt = 0; ; attempt++)
        {
            var ndjson = new StringBuilder();
            foreach (var post in pending)
            {
                var action = new JsonObject { ["index"] = new JsonObject { ["_index"] = PostDocument.IndexName(Alias, post.CreatedAt), ["_id"] = post.PostId } };
                ndjson.Append(action.ToJsonString()).Append('\n')
                    .Append(JsonSerializer.Serialize(PostDocument.From(post), Json)).Append('\n');
            }

            using var content = new StringContent(ndjson.ToString(), Encoding.UTF8, "application/x-ndjson");
            using var response = await _http.PostAsync("_bulk", content, cancellationToken);
            List<TaggedPost> rejected;
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                rejected = [.. pending]; // the whole request was rejected
            }
            else
            {
                await EnsureSuccessAsync(response, "_bulk", cancellationToken);
                var result = await response.Content.ReadFromJsonAsync<EsBulkResponse>(Json, cancellationToken)
                    ?? throw new InvalidDataException("Elasticsearch returned an empty _bulk body.");
                if (!result.Errors)
                {
                    return;
                }

                // Items answer in request order; 429 (es_rejected_execution_exception) is retryable, anything else is not.
                var items = result.Items.Select(i => i.Values.Single()).ToList();
                var failed = items.Select((item, i) => (item, post: pending[i])).Where(x => x.item.Error is not null || x.item.Status >= 300).ToList();
                var fatal = failed.FirstOrDefault(x => x.item.Status != 429);
                if (fatal.item is not null)
                {
                    throw new InvalidOperationException(
                        $"Elasticsearch refused post {fatal.item.Id}: {fatal.item.Error?.Type} {fatal.item.Error?.Reason} (status {fatal.item.Status}).");
                }

                rejected = failed.Select(x => x.post).ToList();
            }

            if (rejected.Count == 0)
            {
                return;
            }

            if (attempt >= _options.ElasticsearchBulkRetries)
            {
                throw new InvalidOperationException($"Elasticsearch kept rejecting {rejected.Count} posts (429) after {attempt + 1} attempts.");
            }

            pending = rejected;
            await Task.Delay(_retryDelay * Math.Pow(2, attempt), cancellationToken); // exponential backoff
        }
    }

    private async Task<long> DeleteByQueryAsync(string field, IReadOnlyList<string> values, CancellationToken cancellationToken)
    {
        if (values.Count == 0)
        {
            return 0;
        }

        var body = new JsonObject { ["query"] = new JsonObject { ["terms"] = new JsonObject { [field] = new JsonArray(values.Select(v => (JsonNode)v).ToArray()) } } };
        using var response = await _http.PostAsync(
            $"{Alias}/_delete_by_query?refresh=true&conflicts=proceed&ignore_unavailable=true&allow_no_indices=true", JsonContent(body), cancellationToken);
        await EnsureSuccessAsync(response, "_delete_by_query", cancellationToken);
        var parsed = await response.Content.ReadFromJsonAsync<EsDeleteByQueryResponse>(Json, cancellationToken);
        return parsed?.Deleted ?? 0;
    }

    private async Task EnsureTemplateAsync(CancellationToken cancellationToken)
    {
        if (_templateReady)
        {
            return;
        }

        await _templateGate.WaitAsync(cancellationToken);
        try
        {
            if (!_templateReady)
            {
                using var response = await _http.PutAsync($"_index_template/{Alias}", JsonContent(ElasticsearchIndexTemplate.Body(Alias)), cancellationToken);
                await EnsureSuccessAsync(response, "_index_template", cancellationToken);
                _templateReady = true;
            }
        }
        finally
        {
            _templateGate.Release();
        }
    }

    private static StringContent JsonContent(JsonNode body) => new(body.ToJsonString(), Encoding.UTF8, "application/json");

    private static async Task EnsureSuccessAsync(HttpResponseMessage response, string api, CancellationToken cancellationToken)
    {
        if (!response.IsSuccessStatusCode)
        {
            var detail = await response.Content.ReadAsStringAsync(cancellationToken);
            throw new HttpRequestException(
                $"Elasticsearch {api} failed with {(int)response.StatusCode}: {detail[..Math.Min(detail.Length, 500)]}", null, response.StatusCode);
        }
    }
}

/// <summary>The <c>search_after</c> position (the last hit's sort values) and how many hits came before, as an opaque string.</summary>
internal sealed record SearchCursor(JsonArray After, long Seen)
{
    public string Encode() =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(new JsonObject { ["after"] = After.DeepClone(), ["seen"] = Seen }.ToJsonString()));

    public static SearchCursor? Decode(string? cursor)
    {
        if (cursor is null)
        {
            return null;
        }

        try
        {
            var node = JsonNode.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(cursor)));
            if (node?["after"] is not JsonArray after || node["seen"] is not JsonValue seen)
            {
                throw new FormatException("The cursor lacks 'after' or 'seen'.");
            }

            return new SearchCursor(after.DeepClone().AsArray(), seen.GetValue<long>());
        }
        catch (Exception ex) when (ex is FormatException or JsonException or InvalidOperationException)
        {
            throw new ArgumentException($"'{cursor}' is not a cursor this index returned.", nameof(cursor), ex);
        }
    }
}
