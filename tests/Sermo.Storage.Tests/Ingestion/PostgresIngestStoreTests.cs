using Sermo.TestSupport;

namespace Sermo.Storage.Tests.Ingestion;

public sealed class PostgresIngestStoreTests(PostgresDatabase server) : IngestStoreContract, IClassFixture<PostgresDatabase>
{
    protected override StoreBackend CreateBackend() => new PostgresStoreBackend(server);
}
