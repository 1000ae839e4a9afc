namespace Sermo.Storage.Sqlite;

/// <summary>
/// The search backlog: posts and authors whose change the external search index (PostgreSQL, Elasticsearch) has not
/// confirmed yet. Rows are written in the same transaction as the change and its checkpoint, so a crash or an
/// index outage between the store commit and the index push is replayed instead of lost.
/// </summary>
internal static class SqliteSearchBacklogMigration
{
    public const string Step = """
        CREATE TABLE search_backlog (
            seq  INTEGER PRIMARY KEY AUTOINCREMENT,
            kind TEXT NOT NULL CHECK (kind IN ('post', 'author')),
            key  TEXT NOT NULL
        );
        """;
}
