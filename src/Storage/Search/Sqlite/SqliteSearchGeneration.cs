using Microsoft.Data.Sqlite;
using Sermo.Storage.Sqlite;

namespace Sermo.Storage.Search.Sqlite;

/// <summary>
/// A number that changes whenever what a search reads is committed to the store's file, by this process or another one
/// (an <c>ingest</c> verb beside <c>serve</c>): the <c>search_generation</c> counter that post inserts, updates,
/// deletions and opt-outs bump in their own transactions (decision 069), read only when SQLite's
/// <c>PRAGMA data_version</c> on this never-writing connection says some commit happened. A refusal audit row, a lease
/// or a key changes the file but not the counter, so the search cache (<see cref="SqliteMatchCache"/>) keeps its entries.
/// </summary>
internal sealed class SqliteSearchGeneration(SqliteDatabase database) : IAsyncDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private SqliteConnection? _connection;
    private SqliteCommand? _probe;
    private SqliteCommand? _counter;
    private long _seen = long.MinValue;
    private long _seenCounter = long.MinValue;
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
                _counter = _connection.CreateCommand();
                _counter.CommandText = SqliteSearchGenerationMigration.ReadSql;
            }

            // data_version first: a counter read after it sees at least the commits it reports, so none is missed.
            var version = await ReadAsync(_probe, cancellationToken);
            if (version != _seen)
            {
                _seen = version;
                var counter = await ReadAsync(_counter!, cancellationToken);
                if (counter != _seenCounter)
                {
                    _seenCounter = counter;
                    _generation++;
                }
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

    private static async Task<long> ReadAsync(SqliteCommand command, CancellationToken cancellationToken) =>
        Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);

    private async Task CloseAsync()
    {
        if (_counter is not null)
        {
            await _counter.DisposeAsync();
            _counter = null;
        }

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
        _seenCounter = long.MinValue;
    }
}
