using Npgsql;
using NpgsqlTypes;
using Sermo.Analytics.Posts;
using Sermo.Storage.Ingestion;

namespace Sermo.Storage.Postgres.Ingestion;

/// <summary>
/// A batch's posts streamed by binary COPY into a temporary table of the transaction, then upserted into <c>posts</c>
/// with one statement per round. A post that appears several times in the batch is applied in order, one occurrence per
/// round, so the counts and the dirty days match applying the posts one by one (as the SQLite store does).
/// </summary>
internal static class PostgresPostStaging
{
    private const string Columns =
        "post_id, source, author_key, created_at, day, specialty, state, text, redactions, sentiment, sentiment_score, entities_json, adverse_json";

    // An identical re-ingest matches the WHERE of neither branch, so it rewrites nothing and dirties no day. The rows
    // go in post id order, so two hosts upserting overlapping batches lock rows in the same order.
    private const string UpsertSql = $"""
        INSERT INTO posts AS p ({Columns})
        SELECT {Columns} FROM post_staging WHERE round = @round ORDER BY post_id
        ON CONFLICT (post_id) DO UPDATE SET
            source = excluded.source, author_key = excluded.author_key, created_at = excluded.created_at,
            day = excluded.day, specialty = excluded.specialty, state = excluded.state, text = excluded.text,
            redactions = excluded.redactions, sentiment = excluded.sentiment, sentiment_score = excluded.sentiment_score,
            entities_json = excluded.entities_json, adverse_json = excluded.adverse_json
        WHERE (p.text, p.entities_json, p.adverse_json, p.sentiment, p.created_at, p.author_key, p.specialty, p.state)
              IS DISTINCT FROM
              (excluded.text, excluded.entities_json, excluded.adverse_json, excluded.sentiment, excluded.created_at,
               excluded.author_key, excluded.specialty, excluded.state)
        RETURNING (xmax = 0)
        """;

    /// <summary>Copies and upserts the posts; returns how many were inserted, changed and left as they were.</summary>
    public static async Task<(int Inserted, int Updated, int Unchanged)> UpsertAsync(
        NpgsqlConnection connection, NpgsqlTransaction tx, IReadOnlyList<TaggedPost> posts, CancellationToken ct)
    {
        var rounds = Rounds(posts);
        await using (var create = new NpgsqlCommand("""
            CREATE TEMP TABLE post_staging (
                round integer, post_id text, source text, author_key text, created_at timestamptz, day date, specialty text,
                state text, text text, redactions integer, sentiment integer, sentiment_score double precision,
                entities_json text, adverse_json text
            ) ON COMMIT DROP
            """, connection, tx))
        {
            await create.ExecuteNonQueryAsync(ct);
        }

        await using (var copy = await connection.BeginBinaryImportAsync($"COPY post_staging (round, {Columns}) FROM STDIN (FORMAT BINARY)", ct))
        {
            for (var i = 0; i < posts.Count; i++)
            {
                await WriteAsync(copy, rounds[i], posts[i], ct);
            }

            await copy.CompleteAsync(ct);
        }

        int inserted = 0, updated = 0, changedOrNew = 0;
        await using var upsert = new NpgsqlCommand(UpsertSql, connection, tx);
        var round = new NpgsqlParameter<int>("round", 0);
        upsert.Parameters.Add(round);
        for (var r = 0; r <= rounds.Max(); r++)
        {
            round.TypedValue = r;
            await using var reader = await upsert.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                changedOrNew++;
                // xmax is 0 on a row version an INSERT created, and set on one an ON CONFLICT update wrote.
                if (reader.GetBoolean(0))
                {
                    inserted++;
                }
                else
                {
                    updated++;
                }
            }
        }

        return (inserted, updated, posts.Count - changedOrNew);
    }

    /// <summary>For each post, how many earlier posts of the batch have its id.</summary>
    private static int[] Rounds(IReadOnlyList<TaggedPost> posts)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var rounds = new int[posts.Count];
        for (var i = 0; i < posts.Count; i++)
        {
            // A null id goes into round 0 and fails the NOT NULL of posts, as it would on SQLite.
            if (posts[i].PostId is { } id)
            {
                rounds[i] = seen.TryGetValue(id, out var before) ? before + 1 : 0;
                seen[id] = rounds[i];
            }
        }

        return rounds;
    }

    // Whole seconds, as the SQLite store keeps them, so a re-sent post with sub-second noise is unchanged on both.
    private static async Task WriteAsync(NpgsqlBinaryImporter copy, int round, TaggedPost post, CancellationToken ct)
    {
        var utc = post.CreatedAt.UtcDateTime;
        utc = utc.AddTicks(-(utc.Ticks % TimeSpan.TicksPerSecond));
        await copy.StartRowAsync(ct);
        await copy.WriteAsync(round, NpgsqlDbType.Integer, ct);
        await WriteTextAsync(copy, post.PostId, ct);
        await WriteTextAsync(copy, post.Source, ct);
        await WriteTextAsync(copy, post.AuthorKey, ct);
        await copy.WriteAsync(utc, NpgsqlDbType.TimestampTz, ct);
        await copy.WriteAsync(DateOnly.FromDateTime(utc), NpgsqlDbType.Date, ct);
        await WriteTextAsync(copy, post.Specialty, ct);
        await WriteTextAsync(copy, post.State, ct);
        await WriteTextAsync(copy, post.Text, ct);
        await copy.WriteAsync(post.Redactions, NpgsqlDbType.Integer, ct);
        await copy.WriteAsync((int)post.Sentiment, NpgsqlDbType.Integer, ct);
        await copy.WriteAsync(post.SentimentScore, NpgsqlDbType.Double, ct);
        await copy.WriteAsync(PostJson.Serialize(post.Entities), NpgsqlDbType.Text, ct);
        await copy.WriteAsync(PostJson.Serialize(post.AdverseEvents), NpgsqlDbType.Text, ct);
    }

    private static Task WriteTextAsync(NpgsqlBinaryImporter copy, string? value, CancellationToken ct) =>
        value is null ? copy.WriteNullAsync(ct) : copy.WriteAsync(value, NpgsqlDbType.Text, ct);
}
