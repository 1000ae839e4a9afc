using Sermo.TestSupport;

namespace Sermo.Storage.Tests.Cube;

public sealed class PostgresHeatMapCubePropertyTests(PostgresDatabase server) : HeatMapCubePropertyContract, IClassFixture<PostgresDatabase>
{
    protected override StoreBackend CreateBackend() => new PostgresStoreBackend(server);
}
