using System.Data.Common;

namespace Sermo.Forum.Storage;

/// <summary>
/// The forum's tables on one backend. Every feature store is written once in SQL both SQLite and PostgreSQL
/// understand; what differs (connections, schema, time values, how a write transaction starts and how its
/// feed changes are ordered) lives in the two subclasses (decision 016).
/// </summary>
public abstract class ForumDatabase
{
    private readonly SemaphoreSlim _schemaLock = new(1, 1);
    private volatile bool _schemaReady;

    /// <summary>An open connection; the schema is created or migrated on first use.</summary>
    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = await OpenConnectionAsync(cancellationToken);
        if (!_schemaReady)
        {
            await _schemaLock.WaitAsync(cancellationToken);
            try
            {
                if (!_schemaReady)
                {
                    await EnsureSchemaAsync(connection, cancellationToken);
                    _schemaReady = true;
                }
            }
            finally
            {
                _schemaLock.Release();
            }
        }

        return connection;
    }

    /// <summary>A write transaction whose feed changes are appended, in commit order, when it commits.</summary>
    public async Task<ForumWrite> BeginWriteAsync(CancellationToken cancellationToken)
    {
        var connection = await OpenAsync(cancellationToken);
        try
        {
            var transaction = await BeginWriteTransactionAsync(connection, cancellationToken);
            return new ForumWrite(this, connection, transaction);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>A time as this backend stores it (ISO text in SQLite, <c>timestamptz</c> in PostgreSQL).</summary>
    internal abstract object Time(DateTimeOffset at);

    internal abstract DateTimeOffset ReadTime(DbDataReader reader, int ordinal);

    internal DateTimeOffset? ReadTimeOrNull(DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : ReadTime(reader, ordinal);

    /// <summary>
    /// Runs inside the write transaction just before its changes are appended, so that changes get their sequence
    /// numbers in the order their transactions commit and a reader's cursor never passes one still uncommitted.
    /// </summary>
    internal abstract Task SerializeAppendAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken);

    protected abstract Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken);

    protected abstract Task<DbTransaction> BeginWriteTransactionAsync(DbConnection connection, CancellationToken cancellationToken);

    protected abstract Task EnsureSchemaAsync(DbConnection connection, CancellationToken cancellationToken);
}
