using Microsoft.Extensions.Options;
using Sermo.Storage.Clients;
using Sermo.Storage.Cube;
using Sermo.Storage.Excerpts;
using Sermo.Storage.Ingestion;
using Sermo.Storage.Sqlite;

namespace Sermo.Storage.Tests;

/// <summary>A fresh SQLite file per test, deleted afterwards.</summary>
public sealed class SqliteStoreBackend : StoreBackend
{
    private readonly TempDataFolder _folder = new("storage-tests", create: false);

    public string ConnectionString => "Data Source=" + Path.Combine(_folder, "store.db");

    public SqliteDatabase Database { get; private set; } = null!;

    public override Task<StoreDatabase> CreateAsync()
    {
        Directory.CreateDirectory(_folder);
        Database = new SqliteDatabase(Options.Create(new StorageOptions { ConnectionString = ConnectionString }));
        return Task.FromResult<StoreDatabase>(Database);
    }

    public override IIngestStore IngestStore(TimeProvider time) => new SqliteIngestStore(Database, time);

    public override HeatMapCube Cube(IClientRegistry clients) => new SqliteHeatMapCube(Database, clients);

    public override IPostExcerpts Excerpts() => new SqlitePostExcerpts(Database);

    public override string TextMatchesSql(string word) => $"SELECT count(*) FROM posts_fts WHERE posts_fts MATCH '{word}'";

    public override ValueTask DisposeAsync()
    {
        _folder.Dispose();
        return ValueTask.CompletedTask;
    }
}
