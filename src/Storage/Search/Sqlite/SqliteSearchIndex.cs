using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Sermo.Analytics.Posts;
using Sermo.Analytics.Query;
using Sermo.Storage.Ingestion;
using Sermo.Storage.Sqlite;

namespace Sermo.Storage.Search.Sqlite;

/// <summary>
/// The embedded default: searches the post store's own tables (posts, posts_fts, post_tags), so indexing is the
/// ingest store's upsert and the index can never disagree with the store.
/// </summary>
/// <param name="logger">Where the in-memory columns' build reports done or failed (decision 085); none in tests that do not look.</param>
public sealed class SqliteSearchIndex(SqliteDatabase database, IIngestStore store, IOptions<SearchOptions> options, ILogger<SqliteSearchIndex>? logger = null)
    : ISearchIndex, IAsyncDisposable
{
    private const string Source = "search";

    /// <summary>Leading hits a cached summary keeps: the first pages of the largest page size.</summary>
    private const int LeadingKept = SearchRequest.MaxSize;

    private readonly int _k = options.Value.K;
    private readonly SqliteMatchCache _cache = new(options.Value.CacheEntries);
    private readonly SqliteSearchGeneration _version = new(database);
    private long _filterPasses;
    private readonly SqliteSearchColumns _columns = new(database, options.Value.ColumnRows, (ILogger?)logger ?? NullLogger.Instance);

    public bool ReadsPostStore => true;

    public async Task<IndexOutcome> IndexAsync(IReadOnlyList<TaggedPost> posts, CancellationToken cancellationToken)
    {
        await store.CommitAsync(new IngestBatch(Source, null, posts, [], [], []), cancellationToken);
        return IndexOutcome.AllIndexed;
    }

    public async Task<long> DeleteAsync(IReadOnlyList<string> postIds, CancellationToken cancellationToken) =>
        (await store.CommitAsync(new IngestBatch(Source, null, [], postIds, [], []), cancellationToken)).Deleted;

    public async Task<long> DeleteByAuthorAsync(IReadOnlyList<string> authorKeys, CancellationToken cancellationToken) =>
        (await store.CommitAsync(new IngestBatch(Source, null, [], [], authorKeys, []), cancellationToken)).Deleted;

    public async Task<SearchResult> SearchAsync(SearchRequest request, CancellationToken cancellationToken)
    {
        SearchAggregates.Validate(request);
        var effective = SearchAggregates.EffectiveQuery(request);
        var query = SqliteQueryTranslator.Translate(effective);
        var offset = SearchAggregates.Offset(request.Cursor);
        var key = _cache.Enabled ? CacheKey(query, request) : null;
        // The generation is read before the search's snapshot, so a summary stored under it is never older than it.
        var generation = key is null ? 0 : await _version.CurrentAsync(cancellationToken);
        await using var connection = await database.OpenSearchReaderAsync(cancellationToken);
        var summary = key is null ? null : _cache.Find(key, generation, offset, request.Size);
        if (summary is null)
        {
            // A cached summary keeps a few pages' worth of leading hits, so paging through a query reads no match again.
            var wanted = (int)Math.Min((long)offset + request.Size, int.MaxValue);
            summary = Summarise(connection, effective, query, request, key is null ? wanted : Math.Max(wanted, LeadingKept), cancellationToken);
            if (key is not null)
            {
                _cache.Store(key, generation, summary);
            }
        }

        var page = await PageAsync(connection, summary.Leading.Skip(offset).Take(request.Size).ToList(), query, cancellationToken);
        return new SearchResult(summary.Total, page, SearchAggregates.NextCursor(offset, request.Size, summary.Total),
            summary.Histogram, summary.Facets) { AuthorsUpToK = summary.AuthorsUpToK };
    }

    public async ValueTask DisposeAsync()
    {
        await _columns.DisposeAsync();
        await _version.DisposeAsync();
    }

    /// <summary>Answers served from the match cache since start (tests, bench).</summary>
    internal long CacheHits => _cache.Hits;

    /// <summary>Searches whose match was read through the in-memory columns since start (tests, bench).</summary>
    internal long ColumnPasses => _columns.Uses;

    /// <summary>Searches without text answered from the columns alone since start (decision 094; tests).</summary>
    internal long ColumnFilterPasses => Interlocked.Read(ref _filterPasses);

    /// <summary>Completes when the in-memory columns are not being built (tests, bench).</summary>
    internal Task WhenColumnsBuiltAsync() => _columns.WhenBuiltAsync();

    private MatchSummary Summarise(
        SqliteConnection connection, QueryNode effective, SqliteQueryTranslator query, SearchRequest request, int leading, CancellationToken cancellationToken)
    {
        var byRelevance = request.Sort == SearchSort.Relevance && query.Match is not null;
        var order = byRelevance ? MatchedPost.ByRelevance : MatchedPost.ByNewest;
        var db = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        // One read transaction: the columns' position and the match are read from the same snapshot (decision 076).
        SqliteSearchColumns.Exec(db, "BEGIN");
        try
        {
            var fromColumns = _columns.Use(db, rows =>
            {
                var counts = request.Aggregations ? new ColumnAggregation(rows, request.Interval, _k) : null;
                // A query without text is answered from the columns alone when they hold all it asks (decision 094).
                var filter = query.Match is null ? ColumnFilter.Compile(effective, rows) : null;
                if (filter is not null)
                {
                    Interlocked.Increment(ref _filterPasses);
                }

                var answer = filter is not null
                    ? filter.Run(rows, counts, _k, cancellationToken)
                    : SqliteColumnMatchPass.Run(db, query, rows, counts, _k, cancellationToken);
                return answer is { } match
                    ? new MatchSummary(match.Hits.Count, match.AuthorsUpToK, Leading(match.Hits, order, leading), counts?.Histogram() ?? [], counts?.Facets() ?? [])
                    : null;
            }, cancellationToken);
            if (fromColumns is not null)
            {
                return fromColumns;
            }

            var aggregation = request.Aggregations ? new SearchAggregation(request.Interval, _k) : null;
            var authors = new MatchAuthors(_k);
            var hits = SqliteMatchPass.Run(connection, query, aggregation, authors, cancellationToken);
            return new MatchSummary(hits.Count, authors.UpToK, Leading(hits, order, leading), aggregation?.Histogram() ?? [], aggregation?.Facets() ?? []);
        }
        finally
        {
            SqliteSearchColumns.Exec(db, "ROLLBACK");
        }
    }

    /// <summary>
    /// The query as SQLite receives it (FTS5 expression, SQL condition, parameter values) with what else shapes the
    /// summary; each part length-prefixed so no two requests share a key.
    /// </summary>
    private static string CacheKey(SqliteQueryTranslator query, SearchRequest request)
    {
        var key = new StringBuilder();
        void Part(string? value) => key.Append((value?.Length ?? -1).ToString(CultureInfo.InvariantCulture)).Append(':').Append(value).Append(';');
        Part(request.Sort.ToString());
        Part(request.Interval.ToString());
        Part(request.Aggregations ? "aggregations" : "hits");
        Part(query.Match);
        Part(query.Where);
        foreach (var (name, value) in query.Parameters)
        {
            Part(name);
            Part(value.GetType().Name);
            Part(Convert.ToString(value, CultureInfo.InvariantCulture));
        }

        return key.ToString();
    }

    /// <summary>
    /// The first <paramref name="count"/> hits in order, kept in a bounded heap rather than sorting every match: a page
    /// needs its few leading hits, and a common term matches a tenth of the posts. The order is total (ties fall to the
    /// row id), so this is exactly the sorted list's head.
    /// </summary>
    private static List<MatchedPost> Leading(List<MatchedPost> hits, Comparison<MatchedPost> order, int count)
    {
        if (count <= 0)
        {
            return [];
        }

        // The heap's top is the worst hit kept, so a better one replaces it.
        var kept = new PriorityQueue<MatchedPost, MatchedPost>(Math.Min(count, hits.Count) + 1, Comparer<MatchedPost>.Create((a, b) => order(b, a)));
        foreach (var hit in hits)
        {
            if (kept.Count < count)
            {
                kept.Enqueue(hit, hit);
            }
            else if (order(hit, kept.Peek()) < 0)
            {
                kept.DequeueEnqueue(hit, hit);
            }
        }

        var leading = new List<MatchedPost>(kept.Count);
        while (kept.TryDequeue(out var hit, out _))
        {
            leading.Add(hit);
        }

        leading.Reverse();
        return leading;
    }

    private static async Task<IReadOnlyList<SearchHit>> PageAsync(SqliteConnection connection, List<MatchedPost> page, SqliteQueryTranslator query, CancellationToken ct)
    {
        if (page.Count == 0)
        {
            return [];
        }

        var ids = string.Join(',', page.Select(h => h.Id.ToString(CultureInfo.InvariantCulture)));
        var rows = new Dictionary<long, (SearchHit Hit, string Text)>();
        await using (var posts = connection.CreateCommand())
        {
            posts.CommandText = $"SELECT id, post_id, created_at, specialty, state, sentiment, text FROM posts WHERE id IN ({ids})";
            await using var reader = await posts.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                var hit = new SearchHit(
                    reader.GetString(1),
                    DateTimeOffset.Parse(reader.GetString(2), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal),
                    reader.IsDBNull(3) ? null : reader.GetString(3),
                    reader.IsDBNull(4) ? null : reader.GetString(4),
                    SearchAggregates.SentimentName(reader.GetInt32(5)),
                    "",
                    0);
                rows[reader.GetInt64(0)] = (hit, reader.GetString(6));
            }
        }

        var snippets = new Dictionary<long, string>();
        if (query.Highlight is not null)
        {
            await using var snippet = connection.CreateCommand();
            snippet.CommandText = $"""
                SELECT rowid, snippet(posts_fts, 0, char(2), char(3), '…', 32) FROM posts_fts
                 WHERE posts_fts MATCH $highlight AND rowid IN ({ids})
                """;
            snippet.Parameters.AddWithValue("$highlight", query.Highlight);
            await using var reader = await snippet.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                snippets[reader.GetInt64(0)] = reader.GetString(1);
            }
        }

        return page.Where(h => rows.ContainsKey(h.Id)).Select(h => rows[h.Id].Hit with
        {
            Score = h.Score,
            Excerpt = snippets.TryGetValue(h.Id, out var marked) ? ExcerptMarkup.ToHtml(marked) : ExcerptMarkup.Plain(rows[h.Id].Text),
        }).ToList();
    }
}
