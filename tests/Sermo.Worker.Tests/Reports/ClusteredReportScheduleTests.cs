using Sermo.TestSupport;

namespace Sermo.Worker.Tests.Reports;

/// <summary>The hosts share a data folder; the report-run log is in its SQLite file.</summary>
public sealed class ClusteredReportScheduleTests(PostgresDatabase postgres) : ClusteredReportScheduleContract(postgres), IClassFixture<PostgresDatabase>
{
    [Fact]
    public Task TwoHosts_SharedDataFolder_EachScheduledOccurrenceRunsExactlyOnce() => RunTwoHostsAsync(Data, Data, 10, storeOnPostgres: false);
}
