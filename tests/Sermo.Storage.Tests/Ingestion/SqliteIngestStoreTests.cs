namespace Sermo.Storage.Tests.Ingestion;

public sealed class SqliteIngestStoreTests : IngestStoreContract
{
    protected override StoreBackend CreateBackend() => new SqliteStoreBackend();
}
