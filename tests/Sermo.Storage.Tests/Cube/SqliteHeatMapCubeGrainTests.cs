namespace Sermo.Storage.Tests.Cube;

public sealed class SqliteHeatMapCubeGrainTests : HeatMapCubeGrainContract
{
    protected override StoreBackend CreateBackend() => new SqliteStoreBackend();
}
