using Sermo.TestSupport;

namespace Sermo.Storage.Tests.Portal;

public sealed class PostgresPortalApiKeyTableTests(PostgresDatabase server) : PortalApiKeyTableContract, IClassFixture<PostgresDatabase>
{
    protected override StoreBackend CreateBackend() => new PostgresStoreBackend(server);
}
