using System.Data;
using Microsoft.Extensions.Options;
using Npgsql;
using NpgsqlTypes;
using Sermo.Analytics.Posts;
using Sermo.Storage.Search;

namespace Sermo.Storage.Postgres;

/// <summary>
/// Search over PostgreSQL: tsvector + GIN, tags as GIN-indexed arrays, bulk load by binary COPY into a staging
/// table and one upsert. A search is one pass over the matching rows (histogram and facets counted as they stream,
/// the page ranked in memory), then ts_headline for the page's rows only.
/// </summary>
public sealed class PostgresSearchIndex : ISearchIndex, IAsyncDisposable
{
    private readonly NpgsqlDataSource _dataSource;
    private readonly int _k;
    private readonly SemaphoreSlim _schemaGate = new(1, 1);
    private bool _schemaReady;

    public PostgresSearchIndex(IOptions<SearchOptions> options)
    {
        _k = options.Value.K;
        _dataSource = NpgsqlDataSource.Create(options.Value.PostgresConnectionString
            ?? throw new InvalidOperationException("Search:PostgresConnectionString is not set."));
    }

    public async Task<IndexOutcome> IndexAsync(IReadOnlyList<TaggedPost> posts, CancellationToken cancellationToken)
    {
        if (posts.Count == 0)
        {
            return IndexOutcome.AllIndexed;
        }

        await using var connection = await OpenAsync(cancellationToken);
        await using var tx = await connection.BeginTransactionAsync(cancellationToken);
        await using (var staging = new NpgsqlCommand(PostgresSearchSchema.Staging, connection, tx))
        {
            await staging.ExecuteNonQueryAsync(cancellationToken);
        }

        await using (var writer = await connection.BeginBinaryImportAsync(
            $"COPY search_staging ({PostgresSearchSchema.Columns}) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            foreach (var post in posts)
            {
                var tags = PostTags.From(post);
                var utc = post.CreatedAt.UtcDateTime;
                await writer.StartRowAsync(cancellationToken);
                await writer.WriteAsync(post.PostId, NpgsqlDbType.Text, cancellationToken);
                await writer.WriteAsync(post.AuthorKey, NpgsqlDbType.Text, cancellationToken);
                await writer.WriteAsync(utc, NpgsqlDbType.TimestampTz, cancellationToken);
                await writer.WriteAsync(DateOnly.FromDateTime(utc), NpgsqlDbType.Date, cancellationToken);
                await WriteNullableAsync(writer, post.Specialty, cancellationToken);
                await WriteNullableAsync(writer, post.State, cancellationToken);
                await writer.WriteAsync((short)post.Sentiment, NpgsqlDbType.Smallint, cancellationToken);
                await writer.WriteAsync(post.AdverseEvents.Count > 0, NpgsqlDbType.Boolean, cancellationToken);
                await writer.WriteAsync(post.Text, NpgsqlDbType.Text, cancellationToken);
                foreach (var array in new[] { tags.Brands, tags.BrandLabels, tags.Generics, tags.Diseases, tags.DiseaseLabels, tags.DiseaseCodePrefixes, tags.DiseaseNames, tags.Aspects })
                {
                    await writer.WriteAsync(array.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text, cancellationToken);
                }
            }

            await writer.CompleteAsync(cancellationToken);
        }

        await using (var upsert = new NpgsqlCommand(PostgresSearchSchema.Upsert, connection, tx))
        {
            await upsert.ExecuteNonQueryAsync(cancellationToken);
        }

        await tx.CommitAsync(cancellationToken);
        return IndexOutcome.AllIndexed;
    }

    public Task<long> DeleteAsync(IReadOnlyList<string> postIds, CancellationToken cancellationToken) =>
        DeleteWhereAsync("post_id = ANY($1)", postIds, cancellationToken);

    public Task<long> DeleteByAuthorAsync(IReadOnlyList<string> authorKeys, CancellationToken cancellationToken) =>
        DeleteWhereAsync("author_key = ANY($1)", authorKeys, cancellationToken);

    public async Task<SearchResult> SearchAsync(SearchRequest request, CancellationToken cancellationToken)
    {
        SearchAggregates.Validate(request);
        var query = PostgresQueryTranslator.Translate(SearchAggregates.EffectiveQuery(request));
        var offset = SearchAggregates.Offset(request.Cursor);
        var aggregation = request.Aggregations ? new SearchAggregation(request.Interval, _k) : null;
        await using var connection = await OpenAsync(cancellationToken);
        // One snapshot for the match and the page. JIT off: on these scans its compile time (~20 ms at 1M posts,
        // where the planner's cost passes jit_above_cost) buys nothing back.
        await using var tx = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
        await using (var settings = new NpgsqlCommand("SET LOCAL jit = off", connection, tx))
        {
            await settings.ExecuteNonQueryAsync(cancellationToken);
        }

        var authors = new MatchAuthors(_k);
        var (total, page) = await MatchAsync(connection, request, query, offset, aggregation, authors, cancellationToken);
        var hits = await PageAsync(connection, query, page, cancellationToken);
        await tx.CommitAsync(cancellationToken);
        return new SearchResult(total, hits, SearchAggregates.NextCursor(offset, request.Size, total),
            aggregation?.Histogram() ?? [], aggregation?.Facets() ?? []) { AuthorsUpToK = authors.UpToK };
    }

    public async ValueTask DisposeAsync() => await _dataSource.DisposeAsync();

    /// <summary>
    /// One pass over the matching rows: every row is counted into the histogram and facets as it streams by, and
    /// only (id, score, time) is kept to rank the page here. This replaces a temp table that a count, the page and
    /// five GROUP BYs with count(DISTINCT author_key) each re-read, and a server-side sort of whole rows.
    /// </summary>
    private static async Task<(long Total, List<RankedPost> Page)> MatchAsync(
        NpgsqlConnection connection, SearchRequest request, PostgresQueryTranslator query, int offset, SearchAggregation? aggregation, MatchAuthors authors, CancellationToken ct)
    {
        var score = query.Highlight is null ? "0::real" : $"ts_rank(tsv, {query.Highlight})";
        var tags = aggregation is null ? "NULL::text[], NULL::text[], NULL::text[], NULL::text[]" : "brands, brand_labels, diseases, disease_labels";
        await using var command = new NpgsqlCommand($"""
            SELECT post_id, {score}, created_at, author_key, day, specialty, sentiment, {tags}
              FROM search_posts WHERE {query.Where}
            """, connection);
        foreach (var parameter in query.Parameters)
        {
            command.Parameters.Add(parameter.Clone());
        }

        var matched = new List<RankedPost>();
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                matched.Add(new RankedPost(reader.GetString(0), reader.GetFloat(1), reader.GetDateTime(2).Ticks));
                authors.Add(reader.GetString(3));
                if (aggregation is null)
                {
                    continue;
                }

                var author = aggregation.AddPost(reader.GetString(3), reader.GetFieldValue<DateOnly>(4),
                    reader.IsDBNull(5) ? null : reader.GetString(5), reader.GetInt16(6));
                AddTags(aggregation, "brand", reader.GetFieldValue<string[]>(7), reader.GetFieldValue<string[]>(8), author);
                AddTags(aggregation, "disease", reader.GetFieldValue<string[]>(9), reader.GetFieldValue<string[]>(10), author);
            }
        }

        matched.Sort(request.Sort == SearchSort.Relevance && query.Highlight is not null ? RankedPost.ByRelevance : RankedPost.ByNewest);
        return (matched.Count, matched.Skip(offset).Take(request.Size).ToList());
    }

    private static void AddTags(SearchAggregation aggregation, string facet, string[] values, string[] labels, int author)
    {
        for (var i = 0; i < values.Length; i++)
        {
            aggregation.AddTag(facet, values[i], labels[i], author);
        }
    }

    /// <summary>The page's rows with their headline: ts_headline is the costly part, so it runs for these rows only.</summary>
    private static async Task<IReadOnlyList<SearchHit>> PageAsync(
        NpgsqlConnection connection, PostgresQueryTranslator query, List<RankedPost> page, CancellationToken ct)
    {
        if (page.Count == 0)
        {
            return [];
        }

        var headline = query.Highlight is null ? "NULL"
            : $"ts_headline('english', text, {query.Highlight}, 'StartSel=' || chr(2) || ', StopSel=' || chr(3) || ', MaxWords=35, MinWords=12, MaxFragments=2, FragmentDelimiter=\" … \"')";
        await using var command = new NpgsqlCommand($"""
            SELECT post_id, created_at, specialty, state, sentiment, text, {headline}
              FROM search_posts WHERE post_id = ANY(${query.Parameters.Count + 1})
            """, connection);
        foreach (var parameter in query.Parameters)
        {
            command.Parameters.Add(parameter.Clone());
        }

        command.Parameters.Add(new NpgsqlParameter { Value = page.Select(p => p.PostId).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        var rows = new Dictionary<string, SearchHit>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            rows[reader.GetString(0)] = new SearchHit(
                reader.GetString(0),
                new DateTimeOffset(reader.GetDateTime(1), TimeSpan.Zero),
                reader.IsDBNull(2) ? null : reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetString(3),
                SearchAggregates.SentimentName(reader.GetInt16(4)),
                reader.IsDBNull(6) || !reader.GetString(6).Contains(ExcerptMarkup.Open, StringComparison.Ordinal)
                    ? ExcerptMarkup.Plain(reader.GetString(5)) : ExcerptMarkup.ToHtml(reader.GetString(6)),
                0);
        }

        return page.Where(p => rows.ContainsKey(p.PostId)).Select(p => rows[p.PostId] with { Score = p.Score }).ToList();
    }

    /// <summary>A matching row as ranked: ts_rank, then newest, then post id (ordinal, whatever the database collation).</summary>
    private readonly record struct RankedPost(string PostId, float Score, long CreatedTicks)
    {
        public static readonly Comparison<RankedPost> ByNewest = (a, b) =>
            b.CreatedTicks.CompareTo(a.CreatedTicks) is var byTime and not 0 ? byTime : string.CompareOrdinal(b.PostId, a.PostId);

        public static readonly Comparison<RankedPost> ByRelevance = (a, b) =>
            b.Score.CompareTo(a.Score) is var byScore and not 0 ? byScore : ByNewest(a, b);
    }

    private async Task<long> DeleteWhereAsync(string condition, IReadOnlyList<string> values, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand($"DELETE FROM search_posts WHERE {condition}", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = values.ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static Task WriteNullableAsync(NpgsqlBinaryImporter writer, string? value, CancellationToken ct) =>
        value is null ? writer.WriteNullAsync(ct) : writer.WriteAsync(value, NpgsqlDbType.Text, ct);

    private async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        if (!_schemaReady)
        {
            await _schemaGate.WaitAsync(cancellationToken);
            try
            {
                if (!_schemaReady)
                {
                    // Two hosts starting at once: CREATE ... IF NOT EXISTS is not safe against a concurrent create.
                    await using var tx = await connection.BeginTransactionAsync(cancellationToken);
                    await PostgresStoreDatabase.LockAsync(connection, tx, "search-schema", cancellationToken);
                    await using var create = new NpgsqlCommand(PostgresSearchSchema.Create, connection, tx);
                    await create.ExecuteNonQueryAsync(cancellationToken);
                    await tx.CommitAsync(cancellationToken);
                    _schemaReady = true;
                }
            }
            finally
            {
                _schemaGate.Release();
            }
        }

        return connection;
    }
}
