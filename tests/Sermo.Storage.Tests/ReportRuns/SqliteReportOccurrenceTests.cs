namespace Sermo.Storage.Tests.ReportRuns;

public sealed class SqliteReportOccurrenceTests : ReportOccurrenceContract
{
    protected override StoreBackend CreateBackend() => new SqliteStoreBackend();
}
