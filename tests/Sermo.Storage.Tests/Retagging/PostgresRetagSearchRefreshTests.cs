using Microsoft.Extensions.Options;
using Sermo.Storage.Postgres;
using Sermo.Storage.Search;
using Sermo.TestSupport;

namespace Sermo.Storage.Tests.Retagging;

/// <summary>PostgreSQL store with the PostgreSQL search index (search_posts) in the same database, as deployed.</summary>
public sealed class PostgresRetagSearchRefreshTests(PostgresDatabase server) : RetagSearchRefreshContract, IClassFixture<PostgresDatabase>
{
    private PostgresSearchIndex? _index;

    protected override ISearchIndex Index =>
        _index ??= new PostgresSearchIndex(Options.Create(new SearchOptions { K = 5, Provider = "postgres", PostgresConnectionString = server.ConnectionString }));

    protected override StoreBackend CreateBackend() => new PostgresStoreBackend(server);

    public override async Task DisposeAsync()
    {
        if (_index is not null)
        {
            await _index.DisposeAsync();
        }

        await base.DisposeAsync();
    }
}
