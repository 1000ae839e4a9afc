using Sermo.TestSupport;

namespace Sermo.Storage.Tests.Ingestion;

public sealed class PostgresSourceLeasesTests(PostgresDatabase server) : SourceLeasesContract, IClassFixture<PostgresDatabase>
{
    protected override StoreBackend CreateBackend() => new PostgresStoreBackend(server);
}
