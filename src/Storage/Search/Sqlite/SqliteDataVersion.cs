using Microsoft.Data.Sqlite;
using Sermo.Storage.Sqlite;

namespace Sermo.Storage.Search.Sqlite;

/// <summary>
/// A number that changes whenever anything is committed to the store's file, by this process or another one (an
/// <c>ingest</c> verb beside <c>serve</c>): SQLite's <c>PRAGMA data_version</c> on one connection that never writes
/// changes whenever another connection commits. The search cache (<see cref="SqliteMatchCache"/>) keys its entries by
/// this generation, so an upsert, a deletion or an opt-out makes every cached match stale at once.
/// </summary>
internal sealed class SqliteDataVersion(SqliteDatabase database) : IAsyncDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private SqliteConnection? _connection;
    private SqliteCommand? _probe;
    private long _seen = long.MinValue;
    private long _generation;

    /// <summary>The store's generation now: the same number as the last call exactly when nothing was committed since.</summary>
    public async Task<long> CurrentAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_probe is null)
            {
                _connection = await database.OpenSearchReaderAsync(cancellationToken);
                _probe = _connection.CreateCommand();
                _probe.CommandText = "PRAGMA data_version";
            }

            var value = Convert.ToInt64(await _probe.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
            if (value != _seen)
            {
                _seen = value;
                _generation++;
            }

            return _generation;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A probe that failed (file replaced, I/O error) is reopened by the next call; the failure still reaches the search.
            await CloseAsync();
            throw;
        }
        finally
        {
            _gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _gate.WaitAsync();
        try
        {
            await CloseAsync();
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task CloseAsync()
    {
        if (_probe is not null)
        {
            await _probe.DisposeAsync();
            _probe = null;
        }

        if (_connection is not null)
        {
            await _connection.DisposeAsync();
            _connection = null;
        }

        // A reopened probe starts from a new baseline: count it as a change, since commits in between were not seen.
        _seen = long.MinValue;
    }
}
