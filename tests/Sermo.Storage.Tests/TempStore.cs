using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Sermo.Analytics.Posts;
using Sermo.Analytics.Tagging;
using Sermo.Storage.Clients;
using Sermo.Storage.Cube;
using Sermo.Storage.Ingestion;
using Sermo.Storage.Sqlite;

namespace Sermo.Storage.Tests;

/// <summary>A fresh SQLite store file per test, deleted afterwards.</summary>
public abstract class TempStore : IAsyncLifetime
{
    protected static readonly CancellationToken Ct = CancellationToken.None;

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "sermo-storage-tests", Guid.NewGuid().ToString("N"));

    protected string ConnectionString => "Data Source=" + Path.Combine(_folder, "store.db");

    protected SqliteDatabase Database { get; private set; } = null!;

    protected SqliteIngestStore Store { get; private set; } = null!;

    protected SqliteClientRegistry Registry { get; private set; } = null!;

    protected SqliteHeatMapCube Cube { get; private set; } = null!;

    public Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        Database = new SqliteDatabase(Options.Create(new StorageOptions { ConnectionString = ConnectionString }));
        Store = new SqliteIngestStore(Database, TimeProvider.System);
        Registry = new SqliteClientRegistry(Database);
        Cube = new SqliteHeatMapCube(Database, Registry);
        return Task.CompletedTask;
    }

    public Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }

    protected async Task<long> ScalarAsync(string sql)
    {
        await using var connection = await Database.OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(Ct), CultureInfo.InvariantCulture);
    }

    protected Task<long> FtsCountAsync(string word) =>
        ScalarAsync($"SELECT count(*) FROM posts_fts WHERE posts_fts MATCH '{word}'");

    /// <summary>
    /// Rows the FTS5 index itself holds entries for. <c>SELECT … FROM posts_fts</c> without MATCH reads the external
    /// content table (posts), so it cannot see an entry left behind; the fts5vocab view reads the index.
    /// </summary>
    protected Task<long> IndexedRowsAsync(string where = "1") =>
        ScalarAsync($"""
            CREATE VIRTUAL TABLE IF NOT EXISTS temp.posts_fts_instances USING fts5vocab(main, posts_fts, instance);
            SELECT count(DISTINCT doc) FROM temp.posts_fts_instances WHERE {where};
            """);

    protected Task<BatchOutcome> UpsertAsync(params TaggedPost[] posts) =>
        Store.CommitAsync(new IngestBatch("test", null, posts, [], [], []), Ct);

    protected static TaggedPost Post(string id, string author, DateTimeOffset at, string text, string? specialty = "cardiology", params TaggedEntity[] entities) =>
        new(id, "test", author, at, specialty, "TX", text, 0, entities, [], Sentiment.Neutral, 0);
}
