using Sermo.TestSupport;

namespace Sermo.Storage.Tests.Mnpi;

public sealed class PostgresTrialDisclosureHoldTests(PostgresDatabase server) : TrialDisclosureHoldContract, IClassFixture<PostgresDatabase>
{
    protected override StoreBackend CreateBackend() => new PostgresStoreBackend(server);
}
