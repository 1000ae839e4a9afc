using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Sermo.Analytics.HeatMaps;
using Sermo.Analytics.Posts;
using Sermo.Storage.Ingestion;
using Sermo.Storage.Sqlite;

namespace Sermo.Storage.Search.Sqlite;

/// <summary>
/// The embedded default: searches the post store's own tables (posts, posts_fts, post_tags), so indexing is the
/// ingest store's upsert and the index can never disagree with the store.
/// </summary>
public sealed class SqliteSearchIndex(SqliteDatabase database, IIngestStore store, IOptions<SearchOptions> options) : ISearchIndex
{
    private const string Source = "search";
    private readonly int _k = options.Value.K;

    public bool ReadsPostStore => true;

    public Task IndexAsync(IReadOnlyList<TaggedPost> posts, CancellationToken cancellationToken) =>
        store.CommitAsync(new IngestBatch(Source, null, posts, [], [], []), cancellationToken);

    public async Task<long> DeleteAsync(IReadOnlyList<string> postIds, CancellationToken cancellationToken) =>
        (await store.CommitAsync(new IngestBatch(Source, null, [], postIds, [], []), cancellationToken)).Deleted;

    public async Task<long> DeleteByAuthorAsync(IReadOnlyList<string> authorKeys, CancellationToken cancellationToken) =>
        (await store.CommitAsync(new IngestBatch(Source, null, [], [], authorKeys, []), cancellationToken)).Deleted;

    public async Task<SearchResult> SearchAsync(SearchRequest request, CancellationToken cancellationToken)
    {
        SearchAggregates.Validate(request);
        var query = SqliteQueryTranslator.Translate(SearchAggregates.EffectiveQuery(request));
        await using var connection = await database.OpenAsync(cancellationToken);
        // The matching set is computed once into a connection-private temp table, then paged and aggregated.
        await ExecuteAsync(connection, """
            PRAGMA temp_store = MEMORY;
            CREATE TEMP TABLE IF NOT EXISTS search_hits (
                id INTEGER PRIMARY KEY, author_key TEXT NOT NULL, day TEXT NOT NULL, created_at TEXT NOT NULL,
                specialty TEXT, sentiment INTEGER NOT NULL, score REAL NOT NULL);
            DELETE FROM search_hits;
            """, [], cancellationToken);
        try
        {
            var fill = query.Match is null
                ? $"INSERT INTO search_hits SELECT p.id, p.author_key, p.day, p.created_at, p.specialty, p.sentiment, 0 FROM posts p WHERE {query.Where}"
                : $"""
                  INSERT INTO search_hits
                  SELECT p.id, p.author_key, p.day, p.created_at, p.specialty, p.sentiment, -bm25(posts_fts)
                    FROM posts_fts JOIN posts p ON p.id = posts_fts.rowid
                   WHERE posts_fts MATCH $match AND {query.Where}
                  """;
            var parameters = query.Parameters.ToList();
            if (query.Match is not null)
            {
                parameters.Add(new("$match", query.Match));
            }

            await ExecuteAsync(connection, fill, parameters, cancellationToken);
            var total = Convert.ToInt64(await ScalarAsync(connection, "SELECT count(*) FROM search_hits", cancellationToken), CultureInfo.InvariantCulture);
            var offset = SearchAggregates.Offset(request.Cursor);
            var hits = await PageAsync(connection, request, query, offset, cancellationToken);
            var histogram = request.Aggregations ? await HistogramAsync(connection, request.Interval, cancellationToken) : [];
            var facets = request.Aggregations ? await FacetsAsync(connection, cancellationToken) : [];
            return new SearchResult(total, hits, SearchAggregates.NextCursor(offset, request.Size, total), histogram, facets);
        }
        finally
        {
            await ExecuteAsync(connection, "DELETE FROM search_hits", [], CancellationToken.None);
        }
    }

    private static async Task<IReadOnlyList<SearchHit>> PageAsync(SqliteConnection connection, SearchRequest request, SqliteQueryTranslator query, int offset, CancellationToken ct)
    {
        if (request.Size == 0)
        {
            return [];
        }

        var order = request.Sort == SearchSort.Relevance && query.Match is not null ? "h.score DESC, h.created_at DESC, h.id DESC" : "h.created_at DESC, h.id DESC";
        var rows = new List<(long Id, SearchHit Hit, string Text)>();
        // The page is cut from the hits before joining posts (CROSS JOIN keeps that order): otherwise the planner
        // walks every post's covering index to sort.
        await using (var page = connection.CreateCommand())
        {
            page.CommandText = $"""
                SELECT h.id, p.post_id, p.created_at, p.specialty, p.state, p.sentiment, h.score, p.text
                  FROM (SELECT * FROM search_hits h ORDER BY {order} LIMIT $size OFFSET $offset) h
                 CROSS JOIN posts p ON p.id = h.id
                 ORDER BY {order}
                """;
            page.Parameters.AddWithValue("$size", request.Size);
            page.Parameters.AddWithValue("$offset", offset);
            await using var reader = await page.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                var hit = new SearchHit(
                    reader.GetString(1),
                    DateTimeOffset.Parse(reader.GetString(2), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal),
                    reader.IsDBNull(3) ? null : reader.GetString(3),
                    reader.IsDBNull(4) ? null : reader.GetString(4),
                    SearchAggregates.SentimentName(reader.GetInt32(5)),
                    "",
                    reader.GetDouble(6));
                rows.Add((reader.GetInt64(0), hit, reader.GetString(7)));
            }
        }

        var snippets = new Dictionary<long, string>();
        if (query.Highlight is not null && rows.Count > 0)
        {
            await using var snippet = connection.CreateCommand();
            snippet.CommandText = $"""
                SELECT rowid, snippet(posts_fts, 0, char(2), char(3), '…', 32) FROM posts_fts
                 WHERE posts_fts MATCH $highlight AND rowid IN ({string.Join(',', rows.Select(r => r.Id.ToString(CultureInfo.InvariantCulture)))})
                """;
            snippet.Parameters.AddWithValue("$highlight", query.Highlight);
            await using var reader = await snippet.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                snippets[reader.GetInt64(0)] = reader.GetString(1);
            }
        }

        return rows.Select(r => r.Hit with
        {
            Excerpt = snippets.TryGetValue(r.Id, out var marked) ? ExcerptMarkup.ToHtml(marked) : ExcerptMarkup.Plain(r.Text),
        }).ToList();
    }

    private async Task<IReadOnlyList<HistogramBucket>> HistogramAsync(SqliteConnection connection, BucketInterval interval, CancellationToken ct)
    {
        var bucket = interval switch
        {
            BucketInterval.Day => "day",
            // ISO weeks start on Monday: strftime %w numbers Sunday 0.
            BucketInterval.Week => "date(day, '-' || ((CAST(strftime('%w', day) AS INTEGER) + 6) % 7) || ' days')",
            _ => "substr(day, 1, 8) || '01'",
        };
        var rows = new List<(DateOnly, long, long)>();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {bucket} AS b, count(*), count(DISTINCT author_key) FROM search_hits GROUP BY b";
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            rows.Add((DateOnly.ParseExact(reader.GetString(0), "yyyy-MM-dd", CultureInfo.InvariantCulture), reader.GetInt64(1), reader.GetInt64(2)));
        }

        return SearchAggregates.Histogram(rows, interval, _k);
    }

    private async Task<IReadOnlyList<Facet>> FacetsAsync(SqliteConnection connection, CancellationToken ct) =>
    [
        SearchAggregates.Facet("brand", await RowsAsync(connection, TagFacet("brand"), ct), _k),
        SearchAggregates.Facet("disease", await RowsAsync(connection, TagFacet("disease"), ct), _k),
        SearchAggregates.Facet("specialty", await RowsAsync(connection,
            "SELECT specialty, specialty, count(*), count(DISTINCT author_key) FROM search_hits WHERE specialty IS NOT NULL GROUP BY specialty", ct), _k),
        SearchAggregates.Facet("sentiment", (await RowsAsync(connection,
            "SELECT sentiment, sentiment, count(*), count(DISTINCT author_key) FROM search_hits GROUP BY sentiment", ct))
            .Select(r => r with { Value = SearchAggregates.SentimentName(int.Parse(r.Value, CultureInfo.InvariantCulture)), Label = SearchAggregates.SentimentName(int.Parse(r.Value, CultureInfo.InvariantCulture)) }), _k),
    ];

    // CROSS JOIN fixes the join order (SQLite never reorders it): walk the hits and probe their tags, instead of
    // the planner's choice of scanning every tag of the kind and probing the hits.
    private static string TagFacet(string kind) => $"""
        SELECT t.value, min(t.label), count(*), count(DISTINCT h.author_key)
          FROM search_hits h CROSS JOIN post_tags t ON t.post_rowid = h.id AND t.kind = '{kind}'
         GROUP BY t.value
        """;

    private static async Task<List<AggregateRow>> RowsAsync(SqliteConnection connection, string sql, CancellationToken ct)
    {
        var rows = new List<AggregateRow>();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            rows.Add(new AggregateRow(
                Convert.ToString(reader.GetValue(0), CultureInfo.InvariantCulture)!,
                Convert.ToString(reader.GetValue(1), CultureInfo.InvariantCulture)!,
                reader.GetInt64(2), reader.GetInt64(3)));
        }

        return rows;
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, IEnumerable<KeyValuePair<string, object>> parameters, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        await command.ExecuteNonQueryAsync(ct);
    }

    private static async Task<object?> ScalarAsync(SqliteConnection connection, string sql, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(ct);
    }
}
