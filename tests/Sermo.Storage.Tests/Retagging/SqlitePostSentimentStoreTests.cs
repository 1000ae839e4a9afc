namespace Sermo.Storage.Tests.Retagging;

public sealed class SqlitePostSentimentStoreTests : PostSentimentStoreContract
{
    protected override StoreBackend CreateBackend() => new SqliteStoreBackend();
}
