namespace Sermo.Storage.Tests.Cube;

public sealed class SqliteHeatMapCubePropertyTests : HeatMapCubePropertyContract
{
    protected override StoreBackend CreateBackend() => new SqliteStoreBackend();
}
