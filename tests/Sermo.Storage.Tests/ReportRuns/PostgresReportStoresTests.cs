using Sermo.TestSupport;

namespace Sermo.Storage.Tests.ReportRuns;

public sealed class PostgresReportStoresTests(PostgresDatabase server) : ReportStoresContract, IClassFixture<PostgresDatabase>
{
    protected override StoreBackend CreateBackend() => new PostgresStoreBackend(server);
}
