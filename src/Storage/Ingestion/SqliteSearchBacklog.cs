using System.Text.Json;
using Microsoft.Data.Sqlite;
using Sermo.Analytics.Posts;
using Sermo.Storage.Sqlite;

namespace Sermo.Storage.Ingestion;

public sealed class SqliteSearchBacklog(SqliteDatabase database) : ISearchBacklog
{
    public async Task<SearchBacklogBatch?> ReadAsync(int maxEntries, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxEntries, 1);
        await using var connection = await database.OpenAsync(cancellationToken);
        var postIds = new HashSet<string>(StringComparer.Ordinal);
        var authorKeys = new HashSet<string>(StringComparer.Ordinal);
        long from = long.MaxValue, through = 0;
        await using (var entries = connection.CreateCommand())
        {
            entries.CommandText = "SELECT seq, kind, key FROM search_backlog ORDER BY seq LIMIT $max";
            entries.Parameters.AddWithValue("$max", maxEntries);
            await using var reader = await entries.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                (from, through) = (Math.Min(from, reader.GetInt64(0)), reader.GetInt64(0));
                (reader.GetString(1) == "author" ? authorKeys : postIds).Add(reader.GetString(2));
            }
        }

        if (through == 0)
        {
            return null;
        }

        // The store's current state decides: a post still there is pushed as it is now, one that is gone is deleted.
        var upserts = new List<TaggedPost>();
        await using (var posts = connection.CreateCommand())
        {
            posts.CommandText = $"SELECT {StoredPostRow.Columns} FROM posts WHERE post_id IN (SELECT value FROM json_each($ids))";
            posts.Parameters.AddWithValue("$ids", JsonSerializer.Serialize(postIds));
            await using var reader = await posts.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                upserts.Add(StoredPostRow.Read(reader));
            }
        }

        var gone = postIds.Except(upserts.Select(p => p.PostId), StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return new SearchBacklogBatch(new SearchBacklogRange(from, through), upserts, gone, authorKeys.Order(StringComparer.Ordinal).ToList());
    }

    public async Task AcknowledgeAsync(SearchBacklogRange range, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM search_backlog WHERE seq BETWEEN $from AND $through";
        command.Parameters.AddWithValue("$from", range.From);
        command.Parameters.AddWithValue("$through", range.Through);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<long> CountAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM search_backlog";
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>Adds a batch's posts and authors inside the store's own transaction; returns the range it added.</summary>
    internal static async Task<SearchBacklogRange?> EnqueueAsync(SqliteConnection connection, SqliteTransaction tx, IngestBatch batch, CancellationToken cancellationToken)
    {
        await using var insert = connection.CreateCommand();
        insert.Transaction = tx;
        insert.CommandText = "INSERT INTO search_backlog (kind, key) VALUES ($kind, $key) RETURNING seq";
        var kind = insert.Parameters.Add("$kind", SqliteType.Text);
        var key = insert.Parameters.Add("$key", SqliteType.Text);
        long from = 0, through = 0;
        foreach (var (entryKind, entryKey) in batch.Upserts.Select(p => ("post", p.PostId))
                     .Concat(batch.DeletedPostIds.Select(id => ("post", id)))
                     .Concat(batch.OptedOutAuthorKeys.Select(a => ("author", a))))
        {
            (kind.Value, key.Value) = (entryKind, entryKey);
            through = (long)(await insert.ExecuteScalarAsync(cancellationToken))!;
            from = from == 0 ? through : from;
        }

        return through == 0 ? null : new SearchBacklogRange(from, through);
    }
}
