using Sermo.TestSupport;

namespace Sermo.Worker.Tests.Reports;

/// <summary>Each host has its own data folder; the report-run log, with the idempotency key, is in the PostgreSQL store.</summary>
public sealed class ClusteredReportStoreTests(PostgresDatabase postgres) : ClusteredReportScheduleContract(postgres), IClassFixture<PostgresDatabase>
{
    [Fact]
    public Task TwoHosts_OwnDataFoldersOnOnePostgresStore_EachScheduledOccurrenceRunsExactlyOnce() =>
        RunTwoHostsAsync(Path.Combine(Data, "a"), Path.Combine(Data, "b"), 10, storeOnPostgres: true);
}
