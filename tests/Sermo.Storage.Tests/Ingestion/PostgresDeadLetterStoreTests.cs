using Sermo.TestSupport;

namespace Sermo.Storage.Tests.Ingestion;

public sealed class PostgresDeadLetterStoreTests(PostgresDatabase server) : DeadLetterStoreContract, IClassFixture<PostgresDatabase>
{
    protected override StoreBackend CreateBackend() => new PostgresStoreBackend(server);
}
