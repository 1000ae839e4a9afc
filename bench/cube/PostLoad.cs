using System.Diagnostics;
using Microsoft.Extensions.Options;
using Sermo.Storage;
using Sermo.Storage.Clients;
using Sermo.Storage.Ingestion;
using Sermo.Storage.Sqlite;

namespace Sermo.CubeBench;

/// <summary>Fills a post store through the ingest store's bulk path (the cube's real rollup input).</summary>
internal static class PostLoad
{
    public const int BatchSize = 5_000;

    public static SqliteDatabase Open(string path) =>
        new(Options.Create(new StorageOptions { ConnectionString = $"Data Source={path};Pooling=True" }));

    public static async Task<(int Posts, TimeSpan Elapsed)> RunAsync(string path, int posts, CancellationToken ct)
    {
        var database = Open(path);
        var registry = new ClientRegistry(database);
        await registry.UpsertAsync(new ClientRecord("acme", "Acme Pharma", "pharma", 5, SyntheticCubePosts.Watchlist("acme", SyntheticCubePosts.WatchedTerms), "[]"), ct);
        await registry.UpsertAsync(new ClientRecord("beta", "Beta Capital", "finance", 5, SyntheticCubePosts.Watchlist("beta", 10), "[]"), ct);
        var store = new SqliteIngestStore(database, TimeProvider.System);
        var clock = Stopwatch.StartNew();
        var loaded = 0;
        foreach (var batch in SyntheticCubePosts.Batches(posts, BatchSize))
        {
            await store.CommitAsync(new IngestBatch("bench", null, batch, [], [], []), ct);
            loaded += batch.Count;
            if (loaded % 500_000 == 0)
            {
                Console.WriteLine($"loaded {loaded:N0} posts in {clock.Elapsed.TotalSeconds:F0} s");
            }
        }

        return (loaded, clock.Elapsed);
    }
}
