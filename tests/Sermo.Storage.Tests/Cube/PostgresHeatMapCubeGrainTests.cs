using Sermo.TestSupport;

namespace Sermo.Storage.Tests.Cube;

public sealed class PostgresHeatMapCubeGrainTests(PostgresDatabase server) : HeatMapCubeGrainContract, IClassFixture<PostgresDatabase>
{
    protected override StoreBackend CreateBackend() => new PostgresStoreBackend(server);
}
