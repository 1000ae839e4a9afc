using Sermo.TestSupport;

namespace Sermo.Storage.Tests.Emerging;

public sealed class PostgresEmergingStoreTests(PostgresDatabase server) : EmergingStoreContract, IClassFixture<PostgresDatabase>
{
    protected override StoreBackend CreateBackend() => new PostgresStoreBackend(server);
}
