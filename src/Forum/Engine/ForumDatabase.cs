using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace Sermo.Forum.Engine;

/// <summary>Opens connections to the forum's tables and creates them on first use.</summary>
public sealed class ForumDatabase(IOptions<ForumOptions> options)
{
    private readonly string _connectionString = options.Value.ConnectionString;
    private int _schemaReady;

    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        await using (var pragma = connection.CreateCommand())
        {
            // WAL lets the ingest worker read the feed while members keep posting.
            pragma.CommandText = "PRAGMA journal_mode=WAL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=5000;";
            await pragma.ExecuteNonQueryAsync(cancellationToken);
        }

        if (Interlocked.CompareExchange(ref _schemaReady, 1, 0) == 0)
        {
            await using var ddl = connection.CreateCommand();
            ddl.CommandText = Schema;
            await ddl.ExecuteNonQueryAsync(cancellationToken);
        }

        return connection;
    }

    private const string Schema = """
        CREATE TABLE IF NOT EXISTS forum_members (
            member_id   TEXT PRIMARY KEY,
            handle      TEXT NOT NULL UNIQUE,
            pseudonym   TEXT NOT NULL,
            specialty   TEXT NOT NULL,
            state       TEXT,
            verified    INTEGER NOT NULL,
            opted_out   INTEGER NOT NULL DEFAULT 0,
            joined_at   TEXT NOT NULL
        );
        CREATE TABLE IF NOT EXISTS forum_threads (
            thread_id   TEXT PRIMARY KEY,
            title       TEXT NOT NULL,
            specialty   TEXT,
            member_id   TEXT NOT NULL REFERENCES forum_members(member_id),
            created_at  TEXT NOT NULL
        );
        CREATE TABLE IF NOT EXISTS forum_posts (
            post_id     TEXT PRIMARY KEY,
            thread_id   TEXT NOT NULL REFERENCES forum_threads(thread_id),
            parent_id   TEXT REFERENCES forum_posts(post_id),
            member_id   TEXT NOT NULL REFERENCES forum_members(member_id),
            created_at  TEXT NOT NULL,
            body        TEXT NOT NULL,
            deleted     INTEGER NOT NULL DEFAULT 0
        );
        -- The change feed: every write appends here in the same transaction, so a cursor never misses one.
        CREATE TABLE IF NOT EXISTS forum_changes (
            seq         INTEGER PRIMARY KEY AUTOINCREMENT,
            kind        TEXT NOT NULL,
            post_id     TEXT,
            member_id   TEXT,
            at          TEXT NOT NULL
        );
        CREATE TABLE IF NOT EXISTS forum_settings (
            name        TEXT PRIMARY KEY,
            value       TEXT NOT NULL
        );
        """;
}
