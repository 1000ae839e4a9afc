namespace Sermo.Worker.Tests.Reports;

// The served web app logs warnings to the console, which CLI tests capture: never run beside them.
[Collection("Console")]
public sealed class SqliteClientReportApiTests : ClientReportApiContract
{
    protected override Task<Dictionary<string, string?>> StoreSettingsAsync() => Task.FromResult(new Dictionary<string, string?>());
}
