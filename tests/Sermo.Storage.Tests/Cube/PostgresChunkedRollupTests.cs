using Sermo.TestSupport;

namespace Sermo.Storage.Tests.Cube;

public sealed class PostgresChunkedRollupTests(PostgresDatabase server) : ChunkedRollupContract, IClassFixture<PostgresDatabase>
{
    protected override StoreBackend CreateBackend() => new PostgresStoreBackend(server);
}
