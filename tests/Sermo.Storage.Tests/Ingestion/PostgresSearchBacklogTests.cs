using Sermo.TestSupport;

namespace Sermo.Storage.Tests.Ingestion;

public sealed class PostgresSearchBacklogTests(PostgresDatabase server) : SearchBacklogContract, IClassFixture<PostgresDatabase>
{
    protected override StoreBackend CreateBackend() => new PostgresStoreBackend(server);
}
