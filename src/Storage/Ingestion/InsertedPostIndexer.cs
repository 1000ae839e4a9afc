using Microsoft.Data.Sqlite;
using Sermo.Storage.Sqlite;

namespace Sermo.Storage.Ingestion;

/// <summary>
/// Writes what belongs to newly inserted posts besides their rows: FTS5 text, author postings, dirty cube days and
/// tag rows. <c>posts</c> has no insert triggers (the ingest store is its only writer), so this runs once per batch
/// of inserts, set-based in SQL for the first three and from the entities in memory for the tags.
/// </summary>
internal sealed class InsertedPostIndexer : IAsyncDisposable
{
    private const string IndexSql = """
        INSERT INTO cube_dirty_days(day)
            SELECT DISTINCT day FROM posts NOT INDEXED WHERE id > $after AND day NOT IN (SELECT day FROM cube_dirty_days);
        INSERT INTO posts_fts(rowid, text) SELECT id, text FROM posts WHERE id > $after;
        INSERT INTO posts_authors(rowid, author) SELECT id, hex(author_key) FROM posts WHERE id > $after;
        """;

    private readonly SqliteCommand _index;
    private readonly SqliteCommand _inserted;
    private readonly PostTagRowWriter _tags;
    private readonly Dictionary<string, PreparedPostRow> _pending = new(StringComparer.Ordinal);
    private long _after;

    private InsertedPostIndexer(SqliteConnection connection, SqliteTransaction tx, long after)
    {
        _after = after;
        // NOT INDEXED keeps the dirty-day read on the rowid range: once ANALYZE has run, the planner would rather
        // walk the whole day index for DISTINCT day.
        _index = SqliteIngestStore.Prepare(connection, tx, IndexSql, "$after");
        _inserted = SqliteIngestStore.Prepare(connection, tx, "SELECT id, post_id FROM posts WHERE id > $after", "$after");
        _tags = new PostTagRowWriter(connection);
    }

    public static async Task<InsertedPostIndexer> StartAsync(SqliteConnection connection, SqliteTransaction tx, CancellationToken ct)
    {
        await using var lastId = SqliteIngestStore.Prepare(connection, tx, "SELECT coalesce(max(id), 0) FROM posts");
        return new InsertedPostIndexer(connection, tx, (long)(await lastId.ExecuteScalarAsync(ct))!);
    }

    public bool IsPending(string postId) => _pending.ContainsKey(postId);

    public void Inserted(PreparedPostRow row) => _pending[row.Post.PostId] = row;

    /// <summary>Indexes every post inserted since the last call (rows with ids above the last one seen).</summary>
    public async Task IndexPendingAsync(CancellationToken ct)
    {
        if (_pending.Count == 0)
        {
            return;
        }

        _index.Parameters[0].Value = _after;
        await _index.ExecuteNonQueryAsync(ct);
        _inserted.Parameters[0].Value = _after;
        var rows = new List<(long Id, string PostId)>(_pending.Count);
        await using (var reader = await _inserted.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                rows.Add((reader.GetInt64(0), reader.GetString(1)));
            }
        }

        foreach (var (id, postId) in rows)
        {
            foreach (var tag in _pending[postId].TagRows)
            {
                _tags.Add(id, tag);
            }

            _after = Math.Max(_after, id);
        }

        // Before the caller runs anything that reads post_tags (an update trigger of a post repeated in the batch).
        _tags.Flush();
        _pending.Clear();
    }

    public async ValueTask DisposeAsync()
    {
        await _index.DisposeAsync();
        await _inserted.DisposeAsync();
        _tags.Dispose();
    }
}
