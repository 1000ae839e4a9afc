namespace Sermo.Storage.Tests.Clients;

public sealed class SqliteClientRegistryTests : ClientRegistryContract
{
    protected override StoreBackend CreateBackend() => new SqliteStoreBackend();
}
