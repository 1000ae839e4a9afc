using Sermo.TestSupport;

namespace Sermo.Storage.Tests.ReportRuns;

public sealed class PostgresReportOccurrenceTests(PostgresDatabase server) : ReportOccurrenceContract, IClassFixture<PostgresDatabase>
{
    protected override StoreBackend CreateBackend() => new PostgresStoreBackend(server);
}
