namespace Sermo.Storage.Tests.Portal;

public sealed class SqlitePortalAccountTableTests : PortalAccountTableContract
{
    protected override StoreBackend CreateBackend() => new SqliteStoreBackend();
}
