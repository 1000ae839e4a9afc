namespace Sermo.Storage.Tests.Emerging;

public sealed class SqliteEmergingStoreTests : EmergingStoreContract
{
    protected override StoreBackend CreateBackend() => new SqliteStoreBackend();
}
