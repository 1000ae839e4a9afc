namespace Sermo.Storage.Tests.Safety;

public sealed class SqliteSafetyQueueTests : SafetyQueueContract
{
    protected override StoreBackend CreateBackend() => new SqliteStoreBackend();
}
