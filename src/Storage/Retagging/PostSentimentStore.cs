using System.Data.Common;
using System.Globalization;
using Sermo.Storage.Ingestion;

namespace Sermo.Storage.Retagging;

/// <summary>
/// The post store's side of re-tagging (post sentiment, and mentions' aspects in <c>entities_json</c>), on either
/// backend. Updating a post marks its day dirty for the cube (the posts update trigger; on SQLite the tag trigger
/// re-derives its aspect tag rows), and the cursor lives in the ingest <c>checkpoints</c> table, committed with each page, so a
/// stopped run resumes.
/// </summary>
public sealed class PostSentimentStore(StoreDatabase database, TimeProvider time) : IPostSentimentStore
{
    /// <summary>The lock ingest takes to add to the search backlog (PostgreSQL): entries must commit in sequence order.</summary>
    internal const string BacklogLock = "search-backlog";

    public async Task<IReadOnlyList<StoredPostText>> ReadPageAsync(DateOnly from, DateOnly to, long afterRowId, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        return await connection.QueryAsync(null,
            "SELECT id, text FROM posts WHERE day >= @from AND day <= @to AND id > @after ORDER BY id LIMIT @limit",
            reader => new StoredPostText(reader.GetInt64(0), reader.GetString(1)), cancellationToken,
            ("@from", database.Day(from)), ("@to", database.Day(to)), ("@after", afterRowId), ("@limit", limit));
    }

    public async Task<int> CountAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        var count = await connection.QueryAsync(null, "SELECT COUNT(*) FROM posts WHERE day >= @from AND day <= @to",
            reader => reader.GetInt64(0), cancellationToken, ("@from", database.Day(from)), ("@to", database.Day(to)));
        return checked((int)count.Single());
    }

    public async Task<int> UpdateAsync(IReadOnlyList<SentimentUpdate> updates, string checkpoint, long cursor, CancellationToken cancellationToken, bool queueForSearch = false)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var tx = await database.BeginWriteAsync(connection, queueForSearch ? BacklogLock : null, cancellationToken);
        var changed = new List<string>();
        await using (var update = connection.Command(tx,
            // Only rows whose sentiment changes are written: an unchanged post keeps its index entry and its cube day clean.
            "UPDATE posts SET sentiment = @sentiment, sentiment_score = @score WHERE id = @id AND (sentiment <> @sentiment OR sentiment_score <> @score) RETURNING post_id",
            ("@id", 0L), ("@sentiment", 0), ("@score", 0d)))
        {
            foreach (var row in updates)
            {
                update.Parameters[0].Value = row.RowId;
                update.Parameters[1].Value = (int)row.Sentiment;
                update.Parameters[2].Value = Math.Round(row.Score, 6);
                if (await update.ExecuteScalarAsync(cancellationToken) is string postId)
                {
                    changed.Add(postId);
                }
            }
        }

        await FinishPageAsync(connection, tx, changed, queueForSearch, checkpoint, cursor, cancellationToken);
        return changed.Count;
    }

    public async Task<IReadOnlyList<StoredPostEntities>> ReadEntitiesPageAsync(DateOnly from, DateOnly to, long afterRowId, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        return await connection.QueryAsync(null,
            "SELECT id, text, entities_json FROM posts WHERE day >= @from AND day <= @to AND id > @after ORDER BY id LIMIT @limit",
            reader => new StoredPostEntities(reader.GetInt64(0), reader.GetString(1), PostJson.Entities(reader.GetString(2))), cancellationToken,
            ("@from", database.Day(from)), ("@to", database.Day(to)), ("@after", afterRowId), ("@limit", limit));
    }

    public async Task<int> UpdateEntitiesAsync(IReadOnlyList<EntitiesUpdate> updates, string checkpoint, long cursor, CancellationToken cancellationToken, bool queueForSearch = false)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var tx = await database.BeginWriteAsync(connection, queueForSearch ? BacklogLock : null, cancellationToken);
        var changed = new List<string>();
        await using (var update = connection.Command(tx,
            // As for sentiment: a post whose aspects come out the same keeps its tag rows, index entry and cube day.
            "UPDATE posts SET entities_json = @json WHERE id = @id AND entities_json <> @json RETURNING post_id",
            ("@id", 0L), ("@json", "")))
        {
            foreach (var row in updates)
            {
                update.Parameters[0].Value = row.RowId;
                update.Parameters[1].Value = PostJson.Serialize(row.Entities);
                if (await update.ExecuteScalarAsync(cancellationToken) is string postId)
                {
                    changed.Add(postId);
                }
            }
        }

        await FinishPageAsync(connection, tx, changed, queueForSearch, checkpoint, cursor, cancellationToken);
        return changed.Count;
    }

    public async Task<long?> GetCheckpointAsync(string checkpoint, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        var cursors = await connection.QueryAsync(null, "SELECT cursor FROM checkpoints WHERE source = @source",
            reader => long.Parse(reader.GetString(0), CultureInfo.InvariantCulture), cancellationToken, ("@source", checkpoint));
        return cursors.Count == 0 ? null : cursors[0];
    }

    /// <summary>
    /// Queues the changed posts for an external index (the backlog ingest replays, decision 048) and moves the cursor,
    /// then commits: the refresh is owed exactly when the page's change is stored, so a stopped run owes nothing twice
    /// and forgets nothing.
    /// </summary>
    private async Task FinishPageAsync(DbConnection connection, DbTransaction tx, List<string> changed, bool queueForSearch, string checkpoint, long cursor, CancellationToken cancellationToken)
    {
        if (queueForSearch && changed.Count > 0)
        {
            await using var insert = connection.Command(tx, "INSERT INTO search_backlog (kind, key) VALUES ('post', @key)", ("@key", ""));
            foreach (var postId in changed)
            {
                insert.Parameters[0].Value = postId;
                await insert.ExecuteNonQueryAsync(cancellationToken);
            }
        }

        await MoveCheckpointAsync(connection, tx, checkpoint, cursor, cancellationToken);
        await tx.CommitAsync(cancellationToken);
    }

    private Task<int> MoveCheckpointAsync(DbConnection connection, DbTransaction tx, string checkpoint, long cursor, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(tx, """
            INSERT INTO checkpoints (source, cursor, updated_at) VALUES (@source, @cursor, @at)
            ON CONFLICT(source) DO UPDATE SET cursor = excluded.cursor, updated_at = excluded.updated_at
            """, cancellationToken,
            ("@source", checkpoint), ("@cursor", cursor.ToString(CultureInfo.InvariantCulture)), ("@at", database.Time(time.GetUtcNow())));
}
