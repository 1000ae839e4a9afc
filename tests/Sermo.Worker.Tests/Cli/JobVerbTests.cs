using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Sermo.Storage.Clients;
using Sermo.Worker.Cli;
using Sermo.Worker.Hosting;
using Sermo.Worker.Tests.Reports;

namespace Sermo.Worker.Tests.Cli;

/// <summary>Bad input around the jobs: settings, client files and broken definitions give exit 2 and one line naming what and where.</summary>
[Collection("Console")]
public sealed class JobVerbTests : IDisposable
{
    private readonly TempDataFolder _folder = new("jobverbs");


    public void Dispose()
    {
        _folder.Dispose();
    }

    [Theory]
    [InlineData("Jobs:Retries", "-1", "Jobs:Retries is -1")]
    [InlineData("Jobs:RollupCron", "0 0 6 ? * MON 2099", "Jobs:RollupCron")]
    [InlineData("Jobs:Store", "redis", "Jobs:Store is 'redis'")]
    [InlineData("Jobs:FirstRetryDelay", "soon", "Jobs:FirstRetryDelay")]
    public async Task HostStart_BadJobSetting_ExitsTwoWithOneLineNamingTheKey(string key, string value, string expected)
    {
        var data = DataFolder.Resolve(Path.Combine(_folder, "data"), create: true);
        var (error, original) = (new StringWriter(), Console.Error);
        Console.SetError(error);
        int exit;
        try
        {
            exit = await SermoCommandLine.RunAsync(async () =>
            {
                using var host = SermoHost.Build(data, verbose: false, new Dictionary<string, string?> { [key] = value }, ingestWorker: false);
                await host.StartAsync();
                await host.StopAsync();
                return 0;
            });
        }
        finally
        {
            Console.SetError(original);
        }

        exit.Should().Be(2);
        error.ToString().Trim().Should().Contain(expected).And.NotContain("\n", "one line");
    }

    [Fact]
    public async Task Demo_ClientFileWithQuartzYear_ExitsTwoNamingFileReportAndField()
    {
        var samples = Path.Combine(_folder, "samples");
        Directory.CreateDirectory(Path.Combine(samples, "forum"));
        Directory.CreateDirectory(Path.Combine(samples, "drop"));
        Directory.CreateDirectory(Path.Combine(samples, "clients"));
        await File.WriteAllTextAsync(Path.Combine(samples, "forum", "members.jsonl"), "");
        var file = Path.Combine(samples, "clients", "acme.json");
        await File.WriteAllTextAsync(file, """
            { "id": "acme", "name": "Acme", "terms": [{ "label": "Eliquis" }],
              "reports": [{ "id": "weekly", "cron": "0 0 6 ? * MON 2099", "timeZone": "UTC", "interval": "week" }] }
            """);

        var (exit, _, error) = await CliRun.RunAsync("demo", "--out", Path.Combine(_folder, "out"), "--samples", samples);

        exit.Should().Be(2);
        error.Should().Contain(file).And.Contain("'weekly'").And.Contain("field \"cron\" (year)").And.Contain("2099");
    }

    [Fact]
    public async Task Report_OneClientDefinitionBroken_OthersWrittenAndExitTwoNamingIt()
    {
        var data = Path.Combine(_folder, "data");
        var (host, _) = await QuotedReportScenario.CreateAsync(data, new DateTimeOffset(2026, 3, 20, 8, 30, 0, TimeSpan.Zero));
        using (host)
        {
            var registry = host.Services.GetRequiredService<IClientRegistry>();
            var beta = (await registry.GetAsync("beta", CancellationToken.None))!;
            await registry.UpsertAsync(beta with { ReportsJson = beta.ReportsJson.Replace("\"html\"", "\"docx\"", StringComparison.Ordinal) }, CancellationToken.None);
        }

        var (exit, output, error) = await CliRun.RunAsync("report", "--as-of", "2026-03-16", "--data", data);

        exit.Should().Be(2, error);
        output.Should().Contain("acme/weekly: ").And.NotContain("beta/weekly: ");
        error.Should().Contain("'beta'").And.Contain("'weekly'").And.Contain("docx");
    }
}
