using System.Data;
using System.Data.Common;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Sermo.Storage.Postgres;

/// <summary>
/// Connections to the PostgreSQL store (<c>Storage:PostgresConnectionString</c>), migrated once per process. Times are
/// <c>timestamptz</c> kept to the microsecond, days <c>date</c>; write transactions that must not interleave across
/// hosts take a transaction-scoped advisory lock on their key.
/// </summary>
public sealed class PostgresStoreDatabase : StoreDatabase, IAsyncDisposable
{
    private readonly NpgsqlDataSource _dataSource;
    private readonly SemaphoreSlim _migrationGate = new(1, 1);
    private volatile bool _migrated;

    public PostgresStoreDatabase(IOptions<StorageOptions> options)
    {
        var connectionString = options.Value.PostgresConnectionString;
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException("Storage:PostgresConnectionString is not set.");
        }

        _dataSource = NpgsqlDataSource.Create(connectionString);
    }

    internal override string ForShare => " FOR SHARE";

    internal override string MarkAllPostDaysDirtySql => "INSERT INTO cube_dirty_days (day) SELECT DISTINCT day FROM posts ORDER BY day";

    internal override string NowSql => "clock_timestamp()";

    internal override object Interval(TimeSpan duration) => duration;

    internal override string InList(DbCommand command, string column, string parameterName, IReadOnlyCollection<string> values)
    {
        command.Parameters.Add(new NpgsqlParameter(parameterName, NpgsqlTypes.NpgsqlDbType.Array | NpgsqlTypes.NpgsqlDbType.Text) { Value = values.ToArray() });
        return $"{column} = ANY({parameterName})";
    }

    public async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        if (!_migrated)
        {
            await _migrationGate.WaitAsync(cancellationToken);
            try
            {
                if (!_migrated)
                {
                    await PostgresMigrations.ApplyAsync(connection, cancellationToken);
                    _migrated = true;
                }
            }
            catch
            {
                await connection.DisposeAsync();
                throw;
            }
            finally
            {
                _migrationGate.Release();
            }
        }

        return connection;
    }

    public override async Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken) => await OpenAsync(cancellationToken);

    // Microseconds, what timestamptz keeps, so a time reads back equal to what was written.
    internal override object Time(DateTimeOffset at) => new DateTimeOffset(at.UtcTicks - (at.UtcTicks % 10), TimeSpan.Zero);

    internal override DateTimeOffset ReadTime(DbDataReader reader, int ordinal) => reader.GetFieldValue<DateTimeOffset>(ordinal);

    internal override object Day(DateOnly day) => day;

    internal override DateOnly ReadDay(DbDataReader reader, int ordinal) => reader.GetFieldValue<DateOnly>(ordinal);

    internal override async Task<DbTransaction> BeginWriteAsync(DbConnection connection, string? serializeOn, CancellationToken cancellationToken)
    {
        var tx = await connection.BeginTransactionAsync(cancellationToken);
        if (serializeOn is not null)
        {
            await LockAsync((NpgsqlConnection)connection, (NpgsqlTransaction)tx, serializeOn, cancellationToken);
        }

        return tx;
    }

    internal override async Task<DbTransaction> BeginSnapshotAsync(DbConnection connection, CancellationToken cancellationToken) =>
        await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);

    /// <summary>Waits for, then holds until the transaction ends, the advisory lock named <paramref name="key"/>.</summary>
    internal static async Task LockAsync(NpgsqlConnection connection, NpgsqlTransaction tx, string key, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT pg_advisory_xact_lock(hashtextextended(@key, 0))", connection, tx);
        command.Parameters.AddWithValue("key", key);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync() => await _dataSource.DisposeAsync();
}
