using Sermo.Storage.Clients;
using Sermo.Storage.Cube;
using Sermo.Storage.Excerpts;
using Sermo.Storage.Ingestion;

namespace Sermo.Storage.Tests;

/// <summary>One backend of the store for the contract tests: an empty store per test, its stores, and probes in its own SQL.</summary>
public abstract class StoreBackend : IAsyncDisposable
{
    /// <summary>A fresh, empty, migrated store.</summary>
    public abstract Task<StoreDatabase> CreateAsync();

    public abstract IIngestStore IngestStore(TimeProvider time);

    public abstract HeatMapCube Cube(IClientRegistry clients);

    public abstract IPostExcerpts Excerpts();

    /// <summary>A query counting the posts whose full-text index entry matches <paramref name="word"/> (read from the index, not the text).</summary>
    public abstract string TextMatchesSql(string word);

    public abstract ValueTask DisposeAsync();
}
