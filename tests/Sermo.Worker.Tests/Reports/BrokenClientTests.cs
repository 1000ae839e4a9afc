using Hangfire;
using Hangfire.States;
using Hangfire.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Sermo.Storage.ReportRuns;
using Sermo.Worker.Jobs;

namespace Sermo.Worker.Tests.Reports;

/// <summary>A client whose report definition is broken fails its own job at once, with the reason; the other clients' reports are written.</summary>
public sealed class BrokenClientTests : IDisposable
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), "sermo-broken-" + Guid.NewGuid().ToString("N"));

    public BrokenClientTests() => Directory.CreateDirectory(_data);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_data, recursive: true);
    }

    [Fact]
    public async Task ScheduledRun_OneClientDefinitionBroken_ItFailsOnceWithReasonOthersWritten()
    {
        var at = ReportHosts.SecondsFromNow(4);
        var cron = ReportHosts.AtSeconds(at);
        using var host = ReportHosts.Build(_data, new Dictionary<string, string?>
        {
            ["Jobs:Retries"] = "3",
            ["Jobs:FirstRetryDelay"] = "00:00:00.200",
        });
        await ReportHosts.SeedClientAsync(host, ReportHosts.Report("weekly", cron), "acme");
        await ReportHosts.SeedClientAsync(host, ReportHosts.Report("weekly", cron), "broken");
        await ReportHosts.SeedClientAsync(host, "this is not JSON", "garbled");
        await host.StartAsync();
        var storage = host.Services.GetRequiredService<JobStorage>();
        using (var connection = storage.GetConnection())
        {
            connection.GetRecurringJobs().Select(j => j.Id).Should().Contain(["report:acme/weekly", "report:broken/weekly"])
                .And.NotContain(id => id.Contains("garbled", StringComparison.Ordinal), "a client whose definitions cannot be read is not scheduled, and the host still starts");
        }

        // The client file is edited into a broken state after it was scheduled: a format no renderer knows.
        await ReportHosts.SeedClientAsync(host, ReportHosts.Report("weekly", cron, "\"csv\", \"docx\""), "broken");
        var monitoring = storage.GetMonitoringApi();
        (await ReportHosts.WaitUntilAsync(async () =>
            monitoring.FailedCount() > 0 && (await ReportHosts.RunsAsync(host)).Any(r => r.Status == ReportRunStatus.Succeeded),
            TimeSpan.FromSeconds(15))).Should().BeTrue();
        await Task.Delay(1000); // time for a retry, had one been scheduled
        await host.StopAsync();

        var failed = monitoring.FailedJobs(0, 10).Should().ContainSingle().Subject;
        failed.Value.Job.Args[0].Should().Be("broken");
        failed.Value.ExceptionMessage.Should().Contain("'broken'").And.Contain("'weekly'").And.Contain("docx");
        failed.Value.Reason.Should().Contain("not retried");
        var history = monitoring.JobDetails(failed.Key).History;
        history.Should().NotContain(s => s.StateName == ScheduledState.StateName, "bad input is never retried");
        (await ReportHosts.RunsAsync(host, "broken")).Should().BeEmpty();
        var written = (await ReportHosts.RunsAsync(host, "acme")).Should().ContainSingle().Subject;
        written.Occurrence.Should().Be(at);
        // The history names the folder relative to the outbox.
        File.Exists(Path.Combine(_data, "outbox", written.Folder!, "heatmap.csv")).Should().BeTrue();
        (await ReportHosts.RunsAsync(host, "acme")).Should().OnlyContain(r => r.Status == ReportRunStatus.Succeeded);
    }
}
