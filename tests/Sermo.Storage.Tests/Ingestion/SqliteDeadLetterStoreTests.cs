namespace Sermo.Storage.Tests.Ingestion;

public sealed class SqliteDeadLetterStoreTests : DeadLetterStoreContract
{
    protected override StoreBackend CreateBackend() => new SqliteStoreBackend();
}
