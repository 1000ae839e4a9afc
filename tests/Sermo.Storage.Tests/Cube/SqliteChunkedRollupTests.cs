namespace Sermo.Storage.Tests.Cube;

public sealed class SqliteChunkedRollupTests : ChunkedRollupContract
{
    protected override StoreBackend CreateBackend() => new SqliteStoreBackend();
}
