namespace Sermo.Storage.Tests.Portal;

public sealed class SqliteAccessRefusalTableTests : AccessRefusalTableContract
{
    protected override StoreBackend CreateBackend() => new SqliteStoreBackend();
}
