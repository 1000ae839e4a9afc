using System.Globalization;
using Sermo.Analytics.Posts;
using Sermo.Analytics.Tagging;
using Sermo.Storage.Clients;
using Sermo.Storage.Cube;
using Sermo.Storage.Ingestion;

namespace Sermo.Storage.Tests;

/// <summary>
/// Base of the store contract tests: each test gets a fresh, empty store on the backend its subclass names (a SQLite
/// file, or the class's PostgreSQL database emptied), with the ingest store, client registry and cube over it.
/// </summary>
public abstract class StoreTest : IAsyncLifetime
{
    protected static readonly CancellationToken Ct = CancellationToken.None;

    protected StoreBackend Backend { get; private set; } = null!;

    protected StoreDatabase Database { get; private set; } = null!;

    protected IIngestStore Store { get; private set; } = null!;

    protected ClientRegistry Registry { get; private set; } = null!;

    protected HeatMapCube Cube { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Backend = CreateBackend();
        Database = await Backend.CreateAsync();
        Store = Backend.IngestStore(TimeProvider.System);
        Registry = new ClientRegistry(Database);
        Cube = Backend.Cube(Registry);
    }

    public virtual Task DisposeAsync() => Backend.DisposeAsync().AsTask();

    protected abstract StoreBackend CreateBackend();

    /// <summary>A count (or other integer) by SQL both backends understand.</summary>
    protected async Task<long> ScalarAsync(string sql)
    {
        await using var connection = await Database.OpenConnectionAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(Ct), CultureInfo.InvariantCulture);
    }

    /// <summary>Posts whose full-text index entry holds <paramref name="word"/>.</summary>
    protected Task<long> FtsCountAsync(string word) => ScalarAsync(Backend.TextMatchesSql(word));

    protected Task<long> DirtyDaysAsync() => ScalarAsync("SELECT count(DISTINCT day) FROM cube_dirty_days");

    protected Task<BatchOutcome> UpsertAsync(params TaggedPost[] posts) =>
        Store.CommitAsync(new IngestBatch("test", null, posts, [], [], []), Ct);

    protected static TaggedPost Post(string id, string author, DateTimeOffset at, string text, string? specialty = "cardiology", params TaggedEntity[] entities) =>
        new(id, "test", author, at, specialty, "TX", text, 0, entities, [], Sentiment.Neutral, 0);
}
