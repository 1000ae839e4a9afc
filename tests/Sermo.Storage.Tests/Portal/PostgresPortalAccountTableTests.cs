using Sermo.TestSupport;

namespace Sermo.Storage.Tests.Portal;

public sealed class PostgresPortalAccountTableTests(PostgresDatabase server) : PortalAccountTableContract, IClassFixture<PostgresDatabase>
{
    protected override StoreBackend CreateBackend() => new PostgresStoreBackend(server);
}
