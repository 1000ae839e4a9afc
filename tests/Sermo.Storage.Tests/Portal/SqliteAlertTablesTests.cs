namespace Sermo.Storage.Tests.Portal;

public sealed class SqliteAlertTablesTests : AlertTablesContract
{
    protected override StoreBackend CreateBackend() => new SqliteStoreBackend();
}
