using Microsoft.Extensions.Options;
using Sermo.Storage.Ingestion;
using Sermo.Storage.Search;
using Sermo.Storage.Search.Sqlite;
using Sermo.Storage.Sqlite;

namespace Sermo.Storage.Tests.Search;

public sealed class SqliteSearchIndexTests : SearchIndexContract
{
    private readonly TempDataFolder _folder = new("search-tests", create: false);

    protected override Task<ISearchIndex> CreateIndexAsync()
    {
        Directory.CreateDirectory(_folder);
        var database = new SqliteDatabase(Options.Create(new StorageOptions { ConnectionString = "Data Source=" + Path.Combine(_folder, "store.db") }));
        var store = new SqliteIngestStore(database, TimeProvider.System);
        return Task.FromResult<ISearchIndex>(new SqliteSearchIndex(database, store, Options.Create(new SearchOptions { K = K })));
    }

    public override async Task DisposeAsync()
    {
        await ((SqliteSearchIndex)Index).DisposeAsync();
        _folder.Dispose();
    }
}
