using Microsoft.Extensions.Options;
using Sermo.Storage.Search;
using Sermo.Storage.Search.Sqlite;
using Sermo.Storage.Sqlite;

namespace Sermo.Storage.Tests.Retagging;

public sealed class SqliteRetagSearchRefreshTests : RetagSearchRefreshContract
{
    private SqliteSearchIndex? _index;

    protected override ISearchIndex Index =>
        _index ??= new SqliteSearchIndex((SqliteDatabase)Database, Store, Options.Create(new SearchOptions { K = 5 }));

    protected override StoreBackend CreateBackend() => new SqliteStoreBackend();
}
