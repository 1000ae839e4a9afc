using Sermo.TestSupport;

namespace Sermo.Storage.Tests.Safety;

public sealed class PostgresSafetyQueueTests(PostgresDatabase server) : SafetyQueueContract, IClassFixture<PostgresDatabase>
{
    protected override StoreBackend CreateBackend() => new PostgresStoreBackend(server);
}
