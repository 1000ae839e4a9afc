using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Sermo.Forum.Storage;

/// <summary>The forum's tables in a SQLite file (the embedded default, usually sermo.db itself).</summary>
public sealed class SqliteForumDatabase(string connectionString) : ForumDatabase
{
    internal override object Time(DateTimeOffset at) => Iso(at);

    internal override DateTimeOffset ReadTime(DbDataReader reader, int ordinal) =>
        DateTimeOffset.Parse(reader.GetString(ordinal), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    // SQLite's write lock is held from BEGIN IMMEDIATE to COMMIT, so sequence order is commit order already.
    internal override Task SerializeAppendAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken) => Task.CompletedTask;

    protected override async Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            // WAL lets the ingest worker read the feed while members keep posting.
            await connection.ExecuteAsync(null, "PRAGMA journal_mode=WAL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=10000;", cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    // Immediate: take the write lock now, so two writers never both read and then both try to upgrade.
    // (Microsoft.Data.Sqlite has no asynchronous BEGIN: its I/O is synchronous anyway.)
    protected override Task<DbTransaction> BeginWriteTransactionAsync(DbConnection connection, CancellationToken cancellationToken) =>
        Task.FromResult<DbTransaction>(((SqliteConnection)connection).BeginTransaction(deferred: false));

    protected override async Task EnsureSchemaAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await using var tx = ((SqliteConnection)connection).BeginTransaction(deferred: false);
        await connection.ExecuteAsync(tx, SqliteForumSchema.Version1, cancellationToken);
        var version = await connection.ScalarAsync(tx, "SELECT value FROM forum_settings WHERE name = 'schema-version'", cancellationToken);
        if (version is null)
        {
            // Databases made before the forum had pages have the version 1 tables and no version row.
            await connection.ExecuteAsync(tx, SqliteForumSchema.Version2, cancellationToken);
            await connection.ExecuteAsync(tx, ForumSchema.CopyPseudonymKeys, cancellationToken);
            await connection.ExecuteAsync(tx, "INSERT INTO forum_settings (name, value) VALUES ('schema-version', '2')", cancellationToken);
        }

        await tx.CommitAsync(cancellationToken);
    }

    internal static string Iso(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
