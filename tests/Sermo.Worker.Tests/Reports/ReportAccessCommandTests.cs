using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Hosting;
using Sermo.Worker.Tests.Cli;

namespace Sermo.Worker.Tests.Reports;

/// <summary>The report subcommands on a data folder with a published report: rerender in place, keys, the read audit.</summary>
[Collection("Console")]
public sealed class ReportAccessCommandTests : IAsyncLifetime
{
    private readonly TempDataFolder _data = new("report-cli", create: false);
    private IHost _host = null!;
    private string _reportName = null!;

    public async Task InitializeAsync() =>
        (_host, _reportName) = await QuotedReportScenario.CreateAsync(_data, new DateTimeOffset(2026, 3, 20, 8, 30, 0, TimeSpan.Zero));

    public Task DisposeAsync()
    {
        _host.Dispose();
        _data.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task ReportRerender_AfterOptOut_RewritesTheFolderWithoutTheExcerptOnce()
    {
        var html = Path.Combine(_data, "outbox", "acme", _reportName, "report.html");
        (await File.ReadAllTextAsync(html)).Should().Contain("quokka");
        await QuotedReportScenario.OptOutAsync(_host.Services);

        var first = await CliRun.RunAsync("report", "rerender", "--client", "acme", "--data", _data);
        var second = await CliRun.RunAsync("report", "rerender", "--data", _data);

        first.Exit.Should().Be(0, first.Error);
        first.Output.Should().Contain("re-rendered 1 report(s)");
        (await File.ReadAllTextAsync(html)).Should().NotContain("quokka");
        second.Output.Should().Contain("no stale report");
    }

    [Fact]
    public async Task ReportKeyAndReads_UnknownClientRefusedKeyPrintedOnceRevoked()
    {
        var unknown = await CliRun.RunAsync("report", "key", "--client", "nobody", "--data", _data);
        var issued = await CliRun.RunAsync("report", "key", "--client", "acme", "--data", _data);
        var revoked = await CliRun.RunAsync("report", "key", "--client", "acme", "--revoke", "--data", _data);
        var reads = await CliRun.RunAsync("report", "reads", "--data", _data);

        unknown.Exit.Should().Be(2);
        unknown.Error.Should().Contain("No client 'nobody'");
        issued.Exit.Should().Be(0, issued.Error);
        issued.Output.Trim().Should().StartWith("sermo_pk_").And.HaveLength(52);
        revoked.Output.Should().Contain("revoked 1 key(s) of acme");
        reads.Exit.Should().Be(0, reads.Error);
    }
}
