namespace Sermo.Storage.Tests.Portal;

public sealed class SqlitePortalApiKeyTableTests : PortalApiKeyTableContract
{
    protected override StoreBackend CreateBackend() => new SqliteStoreBackend();
}
