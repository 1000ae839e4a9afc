using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Sermo.Analytics.Posts;
using Sermo.Storage.Sqlite;

namespace Sermo.Storage.Ingestion;

public sealed class SqliteIngestStore(SqliteDatabase database, TimeProvider time) : IIngestStore
{
    public async Task<string?> GetCheckpointAsync(string source, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT cursor FROM checkpoints WHERE source = $source";
        command.Parameters.AddWithValue("$source", source);
        return (string?)await command.ExecuteScalarAsync(cancellationToken);
    }

    public async Task<BatchOutcome> CommitAsync(IngestBatch batch, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var tx = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        var now = time.GetUtcNow().UtcDateTime.ToString("O", CultureInfo.InvariantCulture);

        int inserted = 0, updated = 0, unchanged = 0, deleted = 0, deadLettered = 0;

        // One lookup per batch instead of one per post: which ids already exist decides insert vs update/unchanged.
        var existing = await ExistingPostIdsAsync(connection, tx, batch.Upserts, cancellationToken);
        var upserts = batch.InsertOnly ? batch.Upserts.Where(p => !existing.Contains(p.PostId)).ToList() : batch.Upserts;
        unchanged = batch.Upserts.Count - upserts.Count;
        if (upserts.Count > 0)
        {
            var rows = PreparedPostRow.Match(upserts, batch.Prepared);
            (inserted, updated, var same) = await UpsertAsync(connection, tx, rows, existing, cancellationToken);
            unchanged += same;
        }

        // Undecided adverse-event items of these posts are withdrawn while the posts still say whose they were (P11).
        await Safety.SafetyQueueWithdrawal.WithdrawAsync(connection, tx, database, batch.DeletedPostIds, batch.OptedOutAuthorKeys, time.GetUtcNow(), cancellationToken);
        await using (var deletePost = Prepare(connection, tx, "DELETE FROM posts WHERE post_id = $id", "$id"))
        {
            foreach (var postId in batch.DeletedPostIds)
            {
                deletePost.Parameters[0].Value = postId;
                deleted += await deletePost.ExecuteNonQueryAsync(cancellationToken);
            }
        }

        await using (var deleteAuthor = Prepare(connection, tx, $"""
            DELETE FROM posts
             WHERE id IN (SELECT rowid FROM posts_authors WHERE {SqliteAuthorPostingsMigration.MatchAuthor("$key")}) AND author_key = $key
            """, "$key"))
        {
            foreach (var authorKey in batch.OptedOutAuthorKeys)
            {
                deleteAuthor.Parameters[0].Value = authorKey;
                deleted += await deleteAuthor.ExecuteNonQueryAsync(cancellationToken);
            }
        }

        if (inserted > 0)
        {
            // Updates and deletions bump the search generation by trigger; inserts have none (decision 069).
            await using var bump = Prepare(connection, tx, Search.Sqlite.SqliteSearchGenerationMigration.BumpSql);
            await bump.ExecuteNonQueryAsync(cancellationToken);
        }

        if (updated > 0 || deleted > 0)
        {
            // The change log the search columns refresh from (decision 076) stays bounded; its triggers wrote this batch's rows.
            await using var trim = Prepare(connection, tx, Search.Sqlite.SqliteSearchChangesMigration.TrimSql);
            await trim.ExecuteNonQueryAsync(cancellationToken);
        }

        // Replayed rows close first: a record refused again opens a new row at the same position.
        await DeadLetterStore.MarkReplayedAsync(connection, tx, database, batch.ReplayedDeadLetters, batch.ReplayOutcome, time.GetUtcNow(), cancellationToken);
        deadLettered = await DeadLetterStore.WriteAsync(connection, tx, database, batch.DeadLetters, time.GetUtcNow(), cancellationToken);

        var backlog = batch.QueueForSearch ? await EnqueueForSearchAsync(connection, tx, batch, cancellationToken) : null;
        if (batch.Lease is { } lease)
        {
            await SourceLeases.VerifyAsync(connection, tx, database, lease, cancellationToken);
        }

        if (batch.Checkpoint is not null)
        {
            await using var checkpoint = Prepare(connection, tx, """
                INSERT INTO checkpoints (source, cursor, updated_at) VALUES ($source, $cursor, $at)
                ON CONFLICT (source) DO UPDATE SET cursor = excluded.cursor, updated_at = excluded.updated_at
                """, "$source", "$cursor", "$at");
            SetAll(checkpoint, batch.Source, batch.Checkpoint, now);
            await checkpoint.ExecuteNonQueryAsync(cancellationToken);
        }

        await tx.CommitAsync(cancellationToken);
        return new BatchOutcome(inserted, updated, unchanged, deleted, deadLettered) { SearchBacklog = backlog };
    }

    public async Task<StoreTotals> GetTotalsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT (SELECT COUNT(*) FROM posts), (SELECT COALESCE(SUM(records), 0) FROM dead_letters WHERE replayed_at IS NULL)";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return new StoreTotals(reader.GetInt32(0), reader.GetInt32(1));
    }

    public async Task CheckpointAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        // PASSIVE copies what no reader still needs and waits for nobody; the next checkpoint takes the rest.
        command.CommandText = "PRAGMA wal_checkpoint(PASSIVE)";
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Adds a batch's posts and authors to the search backlog inside its transaction; returns the range it added.</summary>
    private static async Task<SearchBacklogRange?> EnqueueForSearchAsync(SqliteConnection connection, SqliteTransaction tx, IngestBatch batch, CancellationToken cancellationToken)
    {
        await using var insert = Prepare(connection, tx, "INSERT INTO search_backlog (kind, key) VALUES ($kind, $key) RETURNING seq", "$kind", "$key");
        long from = 0, through = 0;
        foreach (var (kind, key) in SearchBacklog.Entries(batch))
        {
            SetAll(insert, kind, key);
            through = (long)(await insert.ExecuteScalarAsync(cancellationToken))!;
            from = from == 0 ? through : from;
        }

        return through == 0 ? null : new SearchBacklogRange(from, through);
    }

    private static async Task<(int Inserted, int Updated, int Unchanged)> UpsertAsync(
        SqliteConnection connection, SqliteTransaction tx, List<PreparedPostRow> rows, HashSet<string> existing,
        CancellationToken cancellationToken)
    {
        int inserted = 0, updated = 0, unchanged = 0;
        await using var indexer = await InsertedPostIndexer.StartAsync(connection, tx, cancellationToken);
        using (var upsert = new SqliteRawStatement(connection, UpsertSql))
        {
            foreach (var row in rows)
            {
                var post = row.Post;
                cancellationToken.ThrowIfCancellationRequested();
                // A post repeated within the batch: index the pending inserts first, so its update triggers find
                // the FTS row and tags they replace.
                if (indexer.IsPending(post.PostId))
                {
                    await indexer.IndexPendingAsync(cancellationToken);
                }

                Bind(upsert, row);
                var changed = upsert.Execute();
                if (existing.Add(post.PostId))
                {
                    inserted++;
                    indexer.Inserted(row, upsert.LastInsertRowid);
                }
                else if (changed > 0)
                {
                    updated++;
                }
                else
                {
                    unchanged++;
                }
            }
        }

        await indexer.IndexPendingAsync(cancellationToken);
        return (inserted, updated, unchanged);
    }

    private static async Task<HashSet<string>> ExistingPostIdsAsync(
        SqliteConnection connection, SqliteTransaction tx, IReadOnlyList<TaggedPost> posts, CancellationToken cancellationToken)
    {
        var existing = new HashSet<string>(StringComparer.Ordinal);
        if (posts.Count == 0)
        {
            return existing;
        }

        await using var lookup = Prepare(connection, tx,
            "SELECT post_id FROM posts WHERE post_id IN (SELECT value FROM json_each($ids))", "$ids");
        lookup.Parameters[0].Value = JsonSerializer.Serialize(posts.Select(p => p.PostId));
        await using var reader = await lookup.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            existing.Add(reader.GetString(0));
        }

        return existing;
    }

    // The WHERE clause skips identical re-ingests, so they neither rewrite the FTS row nor dirty the cube.
    private const string UpsertSql = """
        INSERT INTO posts (post_id, source, author_key, created_at, day, specialty, state, text, redactions,
                           sentiment, sentiment_score, entities_json, adverse_json, facet_tags)
        VALUES ($post_id, $source, $author_key, $created_at, $day, $specialty, $state, $text, $redactions,
                $sentiment, $sentiment_score, $entities_json, $adverse_json, $facet_tags)
        ON CONFLICT (post_id) DO UPDATE SET
            source = excluded.source, author_key = excluded.author_key, created_at = excluded.created_at,
            day = excluded.day, specialty = excluded.specialty, state = excluded.state, text = excluded.text,
            redactions = excluded.redactions, sentiment = excluded.sentiment, sentiment_score = excluded.sentiment_score,
            entities_json = excluded.entities_json, adverse_json = excluded.adverse_json
        WHERE posts.text IS NOT excluded.text OR posts.entities_json IS NOT excluded.entities_json
           OR posts.adverse_json IS NOT excluded.adverse_json OR posts.sentiment IS NOT excluded.sentiment
           OR posts.created_at IS NOT excluded.created_at OR posts.author_key IS NOT excluded.author_key
           OR posts.specialty IS NOT excluded.specialty OR posts.state IS NOT excluded.state
        """;

    // Positions follow the parameters' first appearance in UpsertSql. Only binds: every derived value was prepared
    // before the writer (PreparedPostRow), which is the one serial stage.
    private static void Bind(SqliteRawStatement upsert, PreparedPostRow row)
    {
        var post = row.Post;
        upsert.Bind(1, post.PostId);
        upsert.Bind(2, post.Source);
        upsert.Bind(3, post.AuthorKey);
        // Years past 9999 do not occur in DateTime, so 20 bytes hold either form.
        Span<byte> time = stackalloc byte[20];
        upsert.Bind(4, time[..row.WriteCreatedAt(time)]);
        upsert.Bind(5, time[..row.WriteDay(time)]);
        upsert.Bind(6, post.Specialty);
        upsert.Bind(7, post.State);
        upsert.Bind(8, post.Text);
        upsert.Bind(9, post.Redactions);
        upsert.Bind(10, (long)post.Sentiment);
        upsert.Bind(11, post.SentimentScore);
        upsert.Bind(12, row.EntitiesJson.AsSpan());
        upsert.Bind(13, row.AdverseJson.AsSpan());
        // An update of entities_json re-derives it in the tag trigger; an insert has no trigger, so it is bound here.
        upsert.Bind(14, row.FacetTagText);
    }

    internal static SqliteCommand Prepare(SqliteConnection connection, SqliteTransaction tx, string sql, params string[] parameterNames)
    {
        var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        foreach (var name in parameterNames)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        return command;
    }

    internal static void SetAll(SqliteCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }
    }
}
