using Sermo.TestSupport;

namespace Sermo.Storage.Tests.ReportRuns;

public sealed class PostgresReportQuotesTests(PostgresDatabase server) : ReportQuotesContract, IClassFixture<PostgresDatabase>
{
    protected override StoreBackend CreateBackend() => new PostgresStoreBackend(server);
}
