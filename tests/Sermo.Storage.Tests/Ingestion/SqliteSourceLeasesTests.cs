namespace Sermo.Storage.Tests.Ingestion;

public sealed class SqliteSourceLeasesTests : SourceLeasesContract
{
    protected override StoreBackend CreateBackend() => new SqliteStoreBackend();
}
