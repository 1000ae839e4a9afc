using Sermo.TestSupport;

namespace Sermo.Storage.Tests.Retagging;

public sealed class PostgresPostSentimentStoreTests(PostgresDatabase server) : PostSentimentStoreContract, IClassFixture<PostgresDatabase>
{
    protected override StoreBackend CreateBackend() => new PostgresStoreBackend(server);
}
