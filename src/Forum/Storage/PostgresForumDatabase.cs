using System.Data.Common;
using Npgsql;

namespace Sermo.Forum.Storage;

/// <summary>The forum's tables in PostgreSQL (<c>Forum:Provider=postgres</c>).</summary>
public sealed class PostgresForumDatabase(string connectionString) : ForumDatabase, IAsyncDisposable
{
    private readonly NpgsqlDataSource _dataSource = NpgsqlDataSource.Create(connectionString);

    /// <summary>Key of the transaction-scoped advisory lock that orders feed appends (an arbitrary constant: "sermo-fe").</summary>
    private const long AppendLockKey = 0x7365726D6F2D6665;

    // Whole seconds, as SQLite stores them, so both backends answer alike.
    internal override object Time(DateTimeOffset at) =>
        new DateTimeOffset(at.UtcTicks - (at.UtcTicks % TimeSpan.TicksPerSecond), TimeSpan.Zero);

    internal override DateTimeOffset ReadTime(DbDataReader reader, int ordinal) => reader.GetFieldValue<DateTimeOffset>(ordinal);

    // A sequence hands out numbers at insert, not at commit: without this lock a transaction that drew 7 could commit
    // after one that drew 8, and a reader that had already moved its cursor to 8 would never see 7. Held from here to
    // commit, the lock makes draw order commit order. The append is each write's last step, so the lock is never held
    // while waiting for a row.
    internal override async Task SerializeAppendAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken) =>
        await connection.ExecuteAsync(transaction, "SELECT pg_advisory_xact_lock(@key)", cancellationToken, ("@key", AppendLockKey));

    protected override async Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken) =>
        await _dataSource.OpenConnectionAsync(cancellationToken);

    protected override async Task<DbTransaction> BeginWriteTransactionAsync(DbConnection connection, CancellationToken cancellationToken) =>
        await connection.BeginTransactionAsync(cancellationToken);

    protected override async Task EnsureSchemaAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await using var tx = await connection.BeginTransactionAsync(cancellationToken);
        // Two hosts starting at once create the schema one after the other.
        await connection.ExecuteAsync(tx, "SELECT pg_advisory_xact_lock(@key)", cancellationToken, ("@key", AppendLockKey + 1));
        await connection.ExecuteAsync(tx, PostgresForumSchema.Create, cancellationToken);
        await connection.ExecuteAsync(tx, """
            INSERT INTO forum_settings (name, value) VALUES ('schema-version', @version) ON CONFLICT (name) DO NOTHING
            """, cancellationToken, ("@version", ForumSchema.Version.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        await tx.CommitAsync(cancellationToken);
    }

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();
}
