namespace Sermo.Storage.Sqlite;

/// <summary>
/// Schema step for source leases (decision 017): which process reads each ingest source now, until when (Unix
/// milliseconds by SQLite's clock), and the fencing token a batch must still hold when it commits.
/// </summary>
internal static class SqliteSourceLeasesMigration
{
    public const string Step = """
        CREATE TABLE source_leases (
            source      TEXT PRIMARY KEY,
            holder      TEXT NOT NULL,
            token       INTEGER NOT NULL,
            expires_at  INTEGER NOT NULL
        ) WITHOUT ROWID;
        """;
}
