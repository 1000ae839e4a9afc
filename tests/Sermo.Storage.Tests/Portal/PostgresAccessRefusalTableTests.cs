using Sermo.TestSupport;

namespace Sermo.Storage.Tests.Portal;

public sealed class PostgresAccessRefusalTableTests(PostgresDatabase server) : AccessRefusalTableContract, IClassFixture<PostgresDatabase>
{
    protected override StoreBackend CreateBackend() => new PostgresStoreBackend(server);
}
