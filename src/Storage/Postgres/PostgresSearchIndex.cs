using System.Globalization;
using Microsoft.Extensions.Options;
using Npgsql;
using NpgsqlTypes;
using Sermo.Analytics.HeatMaps;
using Sermo.Analytics.Posts;
using Sermo.Storage.Search;

namespace Sermo.Storage.Postgres;

/// <summary>
/// Search over PostgreSQL: tsvector + GIN, tags as GIN-indexed arrays, bulk load by binary COPY into a staging
/// table and one upsert. A search runs as one batch in one transaction: matching rows into a temp table, then
/// count, page with ts_headline, histogram and facets from it.
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

    public async Task IndexAsync(IReadOnlyList<TaggedPost> posts, CancellationToken cancellationToken)
    {
        if (posts.Count == 0)
        {
            return;
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
                foreach (var array in new[] { tags.Brands, tags.BrandLabels, tags.Generics, tags.Diseases, tags.DiseaseLabels, tags.DiseaseCodePrefixes, tags.DiseaseNames })
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
        await using var connection = await OpenAsync(cancellationToken);
        await using var tx = await connection.BeginTransactionAsync(cancellationToken);
        var score = query.Highlight is null ? "0::real" : $"ts_rank(tsv, {query.Highlight})";
        var order = request.Sort == SearchSort.Relevance && query.Highlight is not null ? "score DESC, created_at DESC, post_id DESC" : "created_at DESC, post_id DESC";
        var headline = query.Highlight is null ? "NULL"
            : $"ts_headline('english', p.text, {query.Highlight}, 'StartSel=' || chr(2) || ', StopSel=' || chr(3) || ', MaxWords=35, MinWords=12, MaxFragments=2, FragmentDelimiter=\" … \"')";
        var bucket = request.Interval switch
        {
            BucketInterval.Day => "day",
            BucketInterval.Week => "date_trunc('week', day)::date",
            _ => "date_trunc('month', day)::date",
        };

        await using var batch = new NpgsqlBatch(connection, tx);
        batch.BatchCommands.Add(WithParameters($"""
            CREATE TEMP TABLE search_hits ON COMMIT DROP AS
            SELECT post_id, author_key, day, created_at, specialty, sentiment, brands, brand_labels, diseases, disease_labels, {score} AS score
              FROM search_posts WHERE {query.Where}
            """, query));
        batch.BatchCommands.Add(new NpgsqlBatchCommand("SELECT count(*) FROM search_hits"));
        batch.BatchCommands.Add(WithParameters($"""
            SELECT h.post_id, h.created_at, h.specialty, p.state, h.sentiment, h.score, p.text, {headline}
              FROM (SELECT * FROM search_hits ORDER BY {order} LIMIT {request.Size} OFFSET {offset}) h
              JOIN search_posts p ON p.post_id = h.post_id
             ORDER BY {order.Replace("post_id", "h.post_id", StringComparison.Ordinal).Replace("created_at", "h.created_at", StringComparison.Ordinal)}
            """, query));
        if (request.Aggregations)
        {
            batch.BatchCommands.Add(new NpgsqlBatchCommand($"SELECT {bucket} AS b, count(*), count(DISTINCT author_key) FROM search_hits GROUP BY b"));
            batch.BatchCommands.Add(new NpgsqlBatchCommand(
                "SELECT b, min(l), count(*), count(DISTINCT author_key) FROM search_hits, unnest(brands, brand_labels) AS u(b, l) GROUP BY b"));
            batch.BatchCommands.Add(new NpgsqlBatchCommand(
                "SELECT d, min(l), count(*), count(DISTINCT author_key) FROM search_hits, unnest(diseases, disease_labels) AS u(d, l) GROUP BY d"));
            batch.BatchCommands.Add(new NpgsqlBatchCommand(
                "SELECT specialty, specialty, count(*), count(DISTINCT author_key) FROM search_hits WHERE specialty IS NOT NULL GROUP BY specialty"));
            batch.BatchCommands.Add(new NpgsqlBatchCommand(
                "SELECT sentiment::text, sentiment::text, count(*), count(DISTINCT author_key) FROM search_hits GROUP BY sentiment"));
        }

        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        // Npgsql skips the CREATE TABLE's empty result: the reader starts on the count.
        await reader.ReadAsync(cancellationToken);
        var total = reader.GetInt64(0);
        await reader.NextResultAsync(cancellationToken);
        var hits = new List<SearchHit>();
        while (await reader.ReadAsync(cancellationToken))
        {
            hits.Add(new SearchHit(
                reader.GetString(0),
                new DateTimeOffset(reader.GetDateTime(1), TimeSpan.Zero),
                reader.IsDBNull(2) ? null : reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetString(3),
                SearchAggregates.SentimentName(reader.GetInt16(4)),
                reader.IsDBNull(7) || !reader.GetString(7).Contains(ExcerptMarkup.Open, StringComparison.Ordinal)
                    ? ExcerptMarkup.Plain(reader.GetString(6)) : ExcerptMarkup.ToHtml(reader.GetString(7)),
                reader.GetFloat(5)));
        }

        IReadOnlyList<HistogramBucket> histogram = [];
        var facets = new List<Facet>();
        if (request.Aggregations)
        {
            await reader.NextResultAsync(cancellationToken);
            var buckets = new List<(DateOnly, long, long)>();
            while (await reader.ReadAsync(cancellationToken))
            {
                buckets.Add((DateOnly.FromDateTime(reader.GetDateTime(0)), reader.GetInt64(1), reader.GetInt64(2)));
            }

            histogram = SearchAggregates.Histogram(buckets, request.Interval, _k);
            foreach (var name in SearchResult.FacetNames)
            {
                await reader.NextResultAsync(cancellationToken);
                var rows = new List<AggregateRow>();
                while (await reader.ReadAsync(cancellationToken))
                {
                    var value = reader.GetString(0);
                    var label = reader.GetString(1);
                    if (name == "sentiment")
                    {
                        value = label = SearchAggregates.SentimentName(int.Parse(value, CultureInfo.InvariantCulture));
                    }

                    rows.Add(new AggregateRow(value, label, reader.GetInt64(2), reader.GetInt64(3)));
                }

                facets.Add(SearchAggregates.Facet(name, rows, _k));
            }
        }

        await reader.DisposeAsync();
        await tx.CommitAsync(cancellationToken);
        return new SearchResult(total, hits, SearchAggregates.NextCursor(offset, request.Size, total), histogram, facets);
    }

    public async ValueTask DisposeAsync() => await _dataSource.DisposeAsync();

    private static NpgsqlBatchCommand WithParameters(string sql, PostgresQueryTranslator query)
    {
        var command = new NpgsqlBatchCommand(sql);
        foreach (var parameter in query.Parameters)
        {
            command.Parameters.Add(parameter.Clone());
        }

        return command;
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
                    await using var create = new NpgsqlCommand(PostgresSearchSchema.Create, connection);
                    await create.ExecuteNonQueryAsync(cancellationToken);
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
