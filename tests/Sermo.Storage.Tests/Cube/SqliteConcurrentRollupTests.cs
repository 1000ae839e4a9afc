namespace Sermo.Storage.Tests.Cube;

public sealed class SqliteConcurrentRollupTests : ConcurrentRollupContract
{
    protected override StoreBackend CreateBackend() => new SqliteStoreBackend();
}
