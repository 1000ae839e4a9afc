using Microsoft.Extensions.Options;
using Sermo.Storage.Clients;
using Sermo.Storage.Cube;
using Sermo.Storage.Excerpts;
using Sermo.Storage.Ingestion;
using Sermo.Storage.Postgres;
using Sermo.Storage.Postgres.Cube;
using Sermo.Storage.Postgres.Excerpts;
using Sermo.Storage.Postgres.Ingestion;
using Sermo.TestSupport;

namespace Sermo.Storage.Tests;

/// <summary>
/// The PostgreSQL store in the test class's own database (<see cref="PostgresDatabase"/>, created once per class on the
/// server `source .ci/postgres` starts; a missing server fails the test), emptied before each test.
/// </summary>
public sealed class PostgresStoreBackend(PostgresDatabase server) : StoreBackend
{
    public PostgresStoreDatabase Database { get; private set; } = null!;

    public string ConnectionString => server.ConnectionString;

    public override async Task<StoreDatabase> CreateAsync()
    {
        Database = Open(server.ConnectionString);
        // The first open migrates; then every table but the version table is emptied.
        await (await Database.OpenAsync(CancellationToken.None)).DisposeAsync();
        await server.ResetAsync(PostgresMigrations.VersionTable);
        return Database;
    }

    public static PostgresStoreDatabase Open(string connectionString) =>
        new(Options.Create(new StorageOptions { Provider = StorageOptions.Postgres, ConnectionString = "unused", PostgresConnectionString = connectionString }));

    public override IIngestStore IngestStore(TimeProvider time) => new PostgresIngestStore(Database, time);

    public override HeatMapCube Cube(IClientRegistry clients) => new PostgresHeatMapCube(Database, clients);

    public override IPostExcerpts Excerpts() => new PostgresPostExcerpts(Database);

    public override string TextMatchesSql(string word) => $"SELECT count(*) FROM posts WHERE tsv @@ plainto_tsquery('english', '{word}')";

    public override async ValueTask DisposeAsync() => await Database.DisposeAsync();
}
