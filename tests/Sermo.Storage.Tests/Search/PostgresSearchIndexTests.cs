using Microsoft.Extensions.Options;
using Sermo.Storage.Postgres;
using Sermo.Storage.Search;
using Sermo.TestSupport;

namespace Sermo.Storage.Tests.Search;

/// <summary>The search contract against a real PostgreSQL (`source .ci/postgres`); a missing server fails.</summary>
public sealed class PostgresSearchIndexTests(PostgresDatabase database) : SearchIndexContract, IClassFixture<PostgresDatabase>
{
    private PostgresSearchIndex? _index;

    protected override async Task<ISearchIndex> CreateIndexAsync()
    {
        _index = new PostgresSearchIndex(Options.Create(new SearchOptions { K = K, Provider = "postgres", PostgresConnectionString = database.ConnectionString }));
        await _index.DeleteByAuthorAsync([], Ct); // creates the schema, so the reset below has tables to empty
        await database.ResetAsync();
        return _index;
    }

    public override async Task DisposeAsync()
    {
        if (_index is not null)
        {
            await _index.DisposeAsync();
        }
    }
}
