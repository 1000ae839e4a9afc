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
    private readonly PostTagRowWriter _tags;
    private readonly HashSet<string> _pendingIds = new(StringComparer.Ordinal);

    // In insert order, which is rowid order: the tag rows are written as reading the rows back by id wrote them.
    private readonly List<(long Rowid, PreparedPostRow Row)> _pending = [];
    private long _after;

    private InsertedPostIndexer(SqliteConnection connection, SqliteTransaction tx, long after)
    {
        _after = after;
        // NOT INDEXED keeps the dirty-day read on the rowid range: once ANALYZE has run, the planner would rather
        // walk the whole day index for DISTINCT day.
        _index = SqliteIngestStore.Prepare(connection, tx, IndexSql, "$after");
        _tags = new PostTagRowWriter(connection);
    }

    public static async Task<InsertedPostIndexer> StartAsync(SqliteConnection connection, SqliteTransaction tx, CancellationToken ct)
    {
        await using var lastId = SqliteIngestStore.Prepare(connection, tx, "SELECT coalesce(max(id), 0) FROM posts");
        return new InsertedPostIndexer(connection, tx, (long)(await lastId.ExecuteScalarAsync(ct))!);
    }

    public bool IsPending(string postId) => _pendingIds.Contains(postId);

    /// <summary>
    /// A post the caller has just inserted, with the rowid SQLite gave it (its last insert rowid): knowing it here
    /// spares reading the batch's new rows back by id to match them to their tags (decision 103).
    /// </summary>
    public void Inserted(PreparedPostRow row, long rowid)
    {
        _pendingIds.Add(row.Post.PostId);
        _pending.Add((rowid, row));
    }

    /// <summary>Indexes every post inserted since the last call (rows with ids above the last one seen).</summary>
    public async Task IndexPendingAsync(CancellationToken ct)
    {
        if (_pending.Count == 0)
        {
            return;
        }

        _index.Parameters[0].Value = _after;
        await _index.ExecuteNonQueryAsync(ct);
        foreach (var (rowid, row) in _pending)
        {
            foreach (var tag in row.TagRows)
            {
                _tags.Add(rowid, tag);
            }

            _after = Math.Max(_after, rowid);
        }

        // Before the caller runs anything that reads post_tags (an update trigger of a post repeated in the batch).
        _tags.Flush();
        _pending.Clear();
        _pendingIds.Clear();
    }

    public async ValueTask DisposeAsync()
    {
        await _index.DisposeAsync();
        _tags.Dispose();
    }
}
