using Sermo.TestSupport;

namespace Sermo.Storage.Tests.Cube;

public sealed class PostgresConcurrentRollupTests(PostgresDatabase server) : ConcurrentRollupContract, IClassFixture<PostgresDatabase>
{
    protected override StoreBackend CreateBackend() => new PostgresStoreBackend(server);
}
