using Sermo.TestSupport;

namespace Sermo.Storage.Tests.Search;

public sealed class PostgresSearchRefusalsTests(PostgresDatabase server) : SearchRefusalsContract, IClassFixture<PostgresDatabase>
{
    protected override StoreBackend CreateBackend() => new PostgresStoreBackend(server);
}
