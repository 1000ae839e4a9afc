namespace Sermo.Storage.Search.Sqlite;

/// <summary>
/// Schema step for the in-memory search columns (decision 076): the row ids of posts updated or deleted, in commit
/// order, so a process that keeps a copy of the columns a search aggregates (<see cref="SqliteSearchColumns"/>) re-reads
/// only those rows when the search generation moves. Inserts need no entry: a new post takes a row id above every one
/// the copy holds, or reuses the id of a deleted post, whose deletion is logged. The ingest store trims the log to its
/// newest <see cref="KeptChanges"/> entries; a copy that finds its position trimmed away rebuilds in full.
/// </summary>
internal static class SqliteSearchChangesMigration
{
    /// <summary>Log entries the ingest store keeps: a copy further behind than this rebuilds, which costs about the same.</summary>
    public const int KeptChanges = 200_000;

    // AUTOINCREMENT: a sequence number is never reused after a trim, so a reader can tell a gap from no change.
    public const string Step = """
        CREATE TABLE search_post_changes (
            seq         INTEGER PRIMARY KEY AUTOINCREMENT,
            post_rowid  INTEGER NOT NULL
        );
        CREATE TRIGGER posts_search_changes_au AFTER UPDATE ON posts BEGIN
            INSERT INTO search_post_changes (post_rowid) VALUES (old.id);
        END;
        CREATE TRIGGER posts_search_changes_ad AFTER DELETE ON posts BEGIN
            INSERT INTO search_post_changes (post_rowid) VALUES (old.id);
        END;
        """;

    public static readonly string TrimSql =
        $"DELETE FROM search_post_changes WHERE seq <= (SELECT max(seq) FROM search_post_changes) - {KeptChanges}";

    /// <summary>The snapshot's generation, newest and oldest log entry (0 when the log is empty), highest post row id.</summary>
    public const string PositionSql = """
        SELECT coalesce((SELECT generation FROM search_generation WHERE id = 1), 0),
               coalesce((SELECT max(seq) FROM search_post_changes), 0),
               coalesce((SELECT min(seq) FROM search_post_changes), 0),
               coalesce((SELECT max(id) FROM posts), 0)
        """;
}
