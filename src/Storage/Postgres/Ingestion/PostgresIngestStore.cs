using Npgsql;
using NpgsqlTypes;
using Sermo.Analytics.Posts;
using Sermo.Storage.Ingestion;

namespace Sermo.Storage.Postgres.Ingestion;

/// <summary>
/// The ingest store on PostgreSQL. A batch is one READ COMMITTED transaction: posts by binary COPY and a set-based
/// upsert (<see cref="PostgresPostStaging"/>), deletions and opt-outs as array deletes (the delete trigger marks days,
/// member checks and quoting reports in the same transaction), dead letters as counted runs (<see cref="DeadLetterStore"/>), the search backlog, the
/// fencing check of the source's lease, then the checkpoint. Several hosts may commit at once; only the search
/// backlog's entries are serialised (see <see cref="EnqueueForSearchAsync"/>).
/// </summary>
public sealed class PostgresIngestStore(PostgresStoreDatabase database, TimeProvider time) : IIngestStore
{
    /// <summary>Key of the advisory lock held from drawing backlog sequence numbers to commit.</summary>
    private const string BacklogLock = "search-backlog";

    public async Task<string?> GetCheckpointAsync(string source, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SELECT cursor FROM checkpoints WHERE source = @source", connection);
        command.Parameters.AddWithValue("source", source);
        return (string?)await command.ExecuteScalarAsync(cancellationToken);
    }

    public async Task<BatchOutcome> CommitAsync(IngestBatch batch, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var tx = await connection.BeginTransactionAsync(cancellationToken);
        var at = time.GetUtcNow();
        var now = database.Time(at);

        var upserts = batch.InsertOnly ? await NotStoredAsync(connection, tx, batch.Upserts, cancellationToken) : batch.Upserts;
        int inserted = 0, updated = 0, unchanged = batch.Upserts.Count - upserts.Count;
        if (upserts.Count > 0)
        {
            (inserted, updated, var same) = await PostgresPostStaging.UpsertAsync(connection, tx, upserts, cancellationToken);
            unchanged += same;
        }

        // Undecided adverse-event items of these posts are withdrawn while the posts still say whose they were (P11).
        await Safety.SafetyQueueWithdrawal.WithdrawAsync(connection, tx, database, batch.DeletedPostIds, batch.OptedOutAuthorKeys, at, cancellationToken);
        var deleted = await DeleteAsync(connection, tx, "post_id", batch.DeletedPostIds, cancellationToken)
            + await DeleteAsync(connection, tx, "author_key", batch.OptedOutAuthorKeys, cancellationToken);
        // Replayed rows close first: a record refused again opens a new row at the same position.
        await DeadLetterStore.MarkReplayedAsync(connection, tx, database, batch.ReplayedDeadLetters, batch.ReplayOutcome, at, cancellationToken);
        var deadLettered = await DeadLetterStore.WriteAsync(connection, tx, database, batch.DeadLetters, at, cancellationToken);

        var backlog = batch.QueueForSearch ? await EnqueueForSearchAsync(connection, tx, batch, cancellationToken) : null;
        if (batch.Lease is { } lease)
        {
            await SourceLeases.VerifyAsync(connection, tx, database, lease, cancellationToken);
        }

        if (batch.Checkpoint is not null)
        {
            await using var checkpoint = new NpgsqlCommand("""
                INSERT INTO checkpoints (source, cursor, updated_at) VALUES (@source, @cursor, @at)
                ON CONFLICT (source) DO UPDATE SET cursor = excluded.cursor, updated_at = excluded.updated_at
                """, connection, tx);
            checkpoint.Parameters.AddWithValue("source", batch.Source);
            checkpoint.Parameters.AddWithValue("cursor", batch.Checkpoint);
            checkpoint.Parameters.AddWithValue("at", now);
            await checkpoint.ExecuteNonQueryAsync(cancellationToken);
        }

        await tx.CommitAsync(cancellationToken);
        return new BatchOutcome(inserted, updated, unchanged, deleted, deadLettered) { SearchBacklog = backlog };
    }

    public async Task<StoreTotals> GetTotalsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SELECT (SELECT count(*) FROM posts), (SELECT coalesce(sum(records), 0) FROM dead_letters WHERE replayed_at IS NULL)", connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return new StoreTotals(checked((int)reader.GetInt64(0)), checked((int)reader.GetInt64(1)));
    }

    /// <summary>Nothing to do: PostgreSQL's own checkpointer folds its write-ahead log back, and readers never look pages up in it.</summary>
    public Task CheckpointAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>The posts not stored yet (a dead-letter replay recovers what was refused, never overwrites what is there).</summary>
    private static async Task<IReadOnlyList<TaggedPost>> NotStoredAsync(NpgsqlConnection connection, NpgsqlTransaction tx, IReadOnlyList<TaggedPost> posts, CancellationToken ct)
    {
        await using var lookup = new NpgsqlCommand("SELECT post_id FROM posts WHERE post_id = ANY(@ids)", connection, tx);
        AddTextArray(lookup, "ids", posts.Select(p => p.PostId));
        var stored = new HashSet<string>(StringComparer.Ordinal);
        await using var reader = await lookup.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            stored.Add(reader.GetString(0));
        }

        return posts.Where(p => !stored.Contains(p.PostId)).ToList();
    }

    private static async Task<int> DeleteAsync(NpgsqlConnection connection, NpgsqlTransaction tx, string column, IReadOnlyList<string> keys, CancellationToken ct)
    {
        if (keys.Count == 0)
        {
            return 0;
        }

        await using var delete = new NpgsqlCommand($"DELETE FROM posts WHERE {column} = ANY(@keys)", connection, tx);
        delete.Parameters.Add(new NpgsqlParameter("keys", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = keys.ToArray() });
        return await delete.ExecuteNonQueryAsync(ct);
    }

    /// <summary>
    /// Adds the batch's backlog entries. Identity numbers are drawn at insert, not at commit, so without a lock a batch
    /// could commit entry 7 after another batch committed 8, and a replay that read up to 8 would acknowledge 7 unread.
    /// The advisory lock, held from here to commit (the batch's last steps), makes drawing order commit order: every
    /// uncommitted entry is newer than every committed one, and a batch's entries are one contiguous range.
    /// </summary>
    private static async Task<SearchBacklogRange?> EnqueueForSearchAsync(NpgsqlConnection connection, NpgsqlTransaction tx, IngestBatch batch, CancellationToken ct)
    {
        var entries = SearchBacklog.Entries(batch).ToList();
        if (entries.Count == 0)
        {
            return null;
        }

        await PostgresStoreDatabase.LockAsync(connection, tx, BacklogLock, ct);
        await using var insert = new NpgsqlCommand("""
            WITH added AS (
                INSERT INTO search_backlog (kind, key)
                SELECT kind, key FROM unnest(@kinds, @keys) WITH ORDINALITY AS t(kind, key, n) ORDER BY n
                RETURNING seq)
            SELECT min(seq), max(seq) FROM added
            """, connection, tx);
        AddTextArray(insert, "kinds", entries.Select(e => e.Kind));
        AddTextArray(insert, "keys", entries.Select(e => e.Key));
        await using var reader = await insert.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        return new SearchBacklogRange(reader.GetInt64(0), reader.GetInt64(1));
    }

    private static void AddTextArray(NpgsqlCommand command, string name, IEnumerable<string?> values) =>
        command.Parameters.Add(new NpgsqlParameter(name, NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = values.ToArray() });
}
