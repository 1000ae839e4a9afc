using Sermo.TestSupport;

namespace Sermo.Storage.Tests.Portal;

public sealed class PostgresAlertTablesTests(PostgresDatabase server) : AlertTablesContract, IClassFixture<PostgresDatabase>
{
    protected override StoreBackend CreateBackend() => new PostgresStoreBackend(server);
}
