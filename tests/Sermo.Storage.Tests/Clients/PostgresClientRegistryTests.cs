using Sermo.TestSupport;

namespace Sermo.Storage.Tests.Clients;

public sealed class PostgresClientRegistryTests(PostgresDatabase server) : ClientRegistryContract, IClassFixture<PostgresDatabase>
{
    protected override StoreBackend CreateBackend() => new PostgresStoreBackend(server);
}
