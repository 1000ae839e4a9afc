using System.Globalization;
using Microsoft.Data.Sqlite;
using Sermo.Storage.Sqlite;

namespace Sermo.Storage.Retagging;

/// <summary>
/// SQLite side of re-tagging. Updating a post fires the posts trigger that marks its day dirty for the cube, and
/// the cursor lives in the ingest <c>checkpoints</c> table, committed with each page, so a stopped run resumes.
/// </summary>
public sealed class SqlitePostSentimentStore(SqliteDatabase database, TimeProvider time) : IPostSentimentStore
{
    public async Task<IReadOnlyList<StoredPostText>> ReadPageAsync(DateOnly from, DateOnly to, long afterRowId, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, text FROM posts WHERE day >= $from AND day <= $to AND id > $after ORDER BY id LIMIT $limit";
        Bind(command, from, to);
        command.Parameters.AddWithValue("$after", afterRowId);
        command.Parameters.AddWithValue("$limit", limit);
        var page = new List<StoredPostText>(limit);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            page.Add(new StoredPostText(reader.GetInt64(0), reader.GetString(1)));
        }

        return page;
    }

    public async Task<int> CountAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM posts WHERE day >= $from AND day <= $to";
        Bind(command, from, to);
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    public async Task UpdateAsync(IReadOnlyList<SentimentUpdate> updates, string checkpoint, long cursor, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var tx = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await using (var update = connection.CreateCommand())
        {
            update.Transaction = tx;
            // Only rows whose sentiment changes are written: an unchanged post keeps its FTS row and its cube day clean.
            update.CommandText = "UPDATE posts SET sentiment = $sentiment, sentiment_score = $score WHERE id = $id AND (sentiment <> $sentiment OR sentiment_score <> $score)";
            var id = update.Parameters.Add("$id", SqliteType.Integer);
            var sentiment = update.Parameters.Add("$sentiment", SqliteType.Integer);
            var score = update.Parameters.Add("$score", SqliteType.Real);
            foreach (var row in updates)
            {
                id.Value = row.RowId;
                sentiment.Value = (int)row.Sentiment;
                score.Value = Math.Round(row.Score, 6);
                await update.ExecuteNonQueryAsync(cancellationToken);
            }
        }

        await using (var save = connection.CreateCommand())
        {
            save.Transaction = tx;
            save.CommandText = """
                INSERT INTO checkpoints (source, cursor, updated_at) VALUES ($source, $cursor, $at)
                ON CONFLICT(source) DO UPDATE SET cursor = excluded.cursor, updated_at = excluded.updated_at
                """;
            save.Parameters.AddWithValue("$source", checkpoint);
            save.Parameters.AddWithValue("$cursor", cursor.ToString(CultureInfo.InvariantCulture));
            save.Parameters.AddWithValue("$at", time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture));
            await save.ExecuteNonQueryAsync(cancellationToken);
        }

        await tx.CommitAsync(cancellationToken);
    }

    public async Task<long?> GetCheckpointAsync(string checkpoint, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT cursor FROM checkpoints WHERE source = $source";
        command.Parameters.AddWithValue("$source", checkpoint);
        return await command.ExecuteScalarAsync(cancellationToken) is string cursor ? long.Parse(cursor, CultureInfo.InvariantCulture) : null;
    }

    private static void Bind(SqliteCommand command, DateOnly from, DateOnly to)
    {
        command.Parameters.AddWithValue("$from", from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        command.Parameters.AddWithValue("$to", to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }
}
