namespace Sermo.Storage.Tests.Cube;

public sealed class SqliteAspectCueCubeTests : AspectCueCubeContract
{
    protected override StoreBackend CreateBackend() => new SqliteStoreBackend();
}
