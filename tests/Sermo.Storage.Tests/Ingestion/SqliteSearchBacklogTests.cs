namespace Sermo.Storage.Tests.Ingestion;

public sealed class SqliteSearchBacklogTests : SearchBacklogContract
{
    protected override StoreBackend CreateBackend() => new SqliteStoreBackend();
}
