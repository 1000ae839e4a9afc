namespace Sermo.Storage.Tests.Search;

public sealed class SqliteSearchRefusalsTests : SearchRefusalsContract
{
    protected override StoreBackend CreateBackend() => new SqliteStoreBackend();
}
