namespace Sermo.Storage.Tests.ReportRuns;

public sealed class SqliteReportQuotesTests : ReportQuotesContract
{
    protected override StoreBackend CreateBackend() => new SqliteStoreBackend();
}
