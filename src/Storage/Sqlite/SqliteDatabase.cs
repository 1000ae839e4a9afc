using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace Sermo.Storage.Sqlite;

/// <summary>Opens connections to the pipeline's SQLite file and applies migrations once per process.</summary>
public sealed class SqliteDatabase(IOptions<StorageOptions> options) : StoreDatabase
{
    private readonly string _connectionString = options.Value.ConnectionString;
    private readonly int _walCheckpointPages = options.Value.WalCheckpointPages;
    private readonly SemaphoreSlim _migrationGate = new(1, 1);
    private bool _migrated;
    private string? _searchConnectionString;

    internal override string ForShare => "";

    internal override string MarkAllPostDaysDirtySql => "INSERT OR IGNORE INTO cube_dirty_days(day) SELECT DISTINCT day FROM posts";

    internal override string NowSql => "CAST(unixepoch('subsec') * 1000 AS INTEGER)";

    internal override object Interval(TimeSpan duration) => (long)duration.TotalMilliseconds;

    internal override string InList(DbCommand command, string column, string parameterName, IReadOnlyCollection<string> values)
    {
        command.Parameters.Add(command.Parameter(parameterName, System.Text.Json.JsonSerializer.Serialize(values)));
        return $"{column} IN (SELECT value FROM json_each({parameterName}))";
    }

    public override async Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken) => await OpenAsync(cancellationToken);

    internal override object Time(DateTimeOffset at) => at.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);

    internal override DateTimeOffset ReadTime(DbDataReader reader, int ordinal) => DateTimeOffset.Parse(reader.GetString(ordinal), CultureInfo.InvariantCulture);

    internal override object Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    internal override DateOnly ReadDay(DbDataReader reader, int ordinal) => DateOnly.ParseExact(reader.GetString(ordinal), "yyyy-MM-dd", CultureInfo.InvariantCulture);

    // BEGIN IMMEDIATE (the provider's default) takes the file's write lock first: every writer waits its turn.
    internal override async Task<DbTransaction> BeginWriteAsync(DbConnection connection, string? serializeOn, CancellationToken cancellationToken) =>
        await connection.BeginTransactionAsync(cancellationToken);

    internal override Task<DbTransaction> BeginSnapshotAsync(DbConnection connection, CancellationToken cancellationToken) =>
        Task.FromResult<DbTransaction>(((SqliteConnection)connection).BeginTransaction(deferred: true));

    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        await using (var pragma = connection.CreateCommand())
        {
            // An 8 MB page cache keeps the posts, FTS5 and post_tags B-tree interiors resident during bulk loads (the
            // 2 MB default re-read them from the OS on nearly every insert). Each pooled connection keeps its own cache
            // while it lives, so 64 MB each held 110 MB more resident at 30,000 posts for no CPU saved
            // (docs/ingest-speed.md, "Memory").
            // No memory map here: every page a mapped connection touches counts in the process's resident set, and
            // a rollup after a large load touched the whole file (0.8 GB at 200k posts). Searches read through
            // OpenSearchReaderAsync, which maps the file.
            pragma.CommandText = $"""
                PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=10000; PRAGMA foreign_keys=ON;
                PRAGMA cache_size=-8192; PRAGMA temp_store=MEMORY; PRAGMA mmap_size=0;
                PRAGMA wal_autocheckpoint={_walCheckpointPages};
                """;
            await pragma.ExecuteNonQueryAsync(cancellationToken);
        }

        if (!_migrated)
        {
            await _migrationGate.WaitAsync(cancellationToken);
            try
            {
                if (!_migrated)
                {
                    await SqliteMigrations.ApplyAsync(connection, cancellationToken);
                    _migrated = true;
                }
            }
            finally
            {
                _migrationGate.Release();
            }
        }

        return connection;
    }

    /// <summary>
    /// A read-only connection for searches, from its own pool (its connection string differs). Memory-mapping up to
    /// 2 GB (SQLite's default ceiling) lets a search read its matched posts' index and tag pages straight from the OS
    /// page cache, shared by every connection: at 1M posts that took the selective term query's SQL from 244 to 159 ms,
    /// where a per-connection cache would cost each pooled connection. query_only makes a stray write an error.
    /// </summary>
    public async Task<SqliteConnection> OpenSearchReaderAsync(CancellationToken cancellationToken)
    {
        if (!_migrated)
        {
            // The first read-write open applies the migrations; a read-only connection cannot.
            await (await OpenAsync(cancellationToken)).DisposeAsync();
        }

        _searchConnectionString ??= new SqliteConnectionStringBuilder(_connectionString) { Mode = SqliteOpenMode.ReadOnly }.ToString();
        var connection = new SqliteConnection(_searchConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA busy_timeout=10000; PRAGMA temp_store=MEMORY; PRAGMA mmap_size=2147418112; PRAGMA query_only=1;";
        await pragma.ExecuteNonQueryAsync(cancellationToken);
        return connection;
    }
}
