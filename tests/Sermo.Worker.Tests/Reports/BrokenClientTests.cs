using Hangfire;
using Hangfire.States;
using Hangfire.Storage;
using Hangfire.Storage.Monitoring;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Sermo.Storage.ReportRuns;
using Sermo.Worker.Jobs;

namespace Sermo.Worker.Tests.Reports;

/// <summary>A client whose report definition is broken fails its own job at once, with the reason; the other clients' reports are written.</summary>
public sealed class BrokenClientTests : IDisposable
{
    private readonly TempDataFolder _data = new("broken");


    public void Dispose()
    {
        _data.Dispose();
    }

    [Fact]
    public async Task ScheduledRun_OneClientDefinitionBroken_ItFailsOnceWithReasonOthersWritten()
    {
        using var host = ReportHosts.Build(_data, new Dictionary<string, string?>
        {
            ["Jobs:Retries"] = "3",
            ["Jobs:FirstRetryDelay"] = "00:00:00.200",
        });
        await ReportHosts.SeedClientAsync(host, "this is not JSON", "garbled");
        await host.StartAsync();
        var storage = host.Services.GetRequiredService<JobStorage>();
        using (var connection = storage.GetConnection())
        {
            connection.GetRecurringJobs().Select(j => j.Id).Should().NotContain(id => id.Contains("garbled", StringComparison.Ordinal),
                "a client whose definitions cannot be read is not scheduled, and the host still starts");
        }

        // Scheduled, then the client file is edited into a broken state before the run: a format no renderer knows.
        var (reportId, at) = await ReportHosts.ScheduleOnceAsync(host, ["acme", "broken"],
            (id, cron) => ReportHosts.SeedClientAsync(host, ReportHosts.Report(id, cron, "\"csv\", \"docx\""), "broken"));
        var monitoring = storage.GetMonitoringApi();
        IEnumerable<KeyValuePair<string, FailedJobDto>> Failed() =>
            monitoring.FailedJobs(0, 100).Where(f => Equals(f.Value.Job.Args[1], reportId));
        (await ReportHosts.WaitUntilAsync(async () =>
            Failed().Any() && (await ReportHosts.RunsAsync(host)).Any(r => r.ReportId == reportId && r.Status == ReportRunStatus.Succeeded),
            ReportHosts.Patience)).Should().BeTrue();
        await host.StopAsync();

        // Failed is the job's last state: had the retry rule wanted another attempt, the job would be scheduled instead.
        var failed = Failed().Should().ContainSingle().Subject;
        failed.Value.Job.Args[0].Should().Be("broken");
        // The stored reason names the report by its log name (decision 115); the job's arguments keep the id.
        failed.Value.ExceptionMessage.Should().Contain("'broken'").And.Contain($"'{Sermo.Reports.Schedules.ReportLogName.For(reportId)}'").And.Contain("docx")
            .And.NotContain($"'{reportId}'");
        failed.Value.Reason.Should().Contain("not retried");
        var history = monitoring.JobDetails(failed.Key).History;
        history.Should().NotContain(s => s.StateName == ScheduledState.StateName, "bad input is never retried");
        (await ReportHosts.RunsAsync(host, "broken")).Should().NotContain(r => r.ReportId == reportId);
        var written = (await ReportHosts.RunsAsync(host, "acme")).Where(r => r.ReportId == reportId).Should().ContainSingle().Subject;
        written.Occurrence.Should().Be(at);
        written.Status.Should().Be(ReportRunStatus.Succeeded);
        // The history names the folder relative to the outbox.
        File.Exists(Path.Combine(_data, "outbox", written.Folder!, "heatmap.csv")).Should().BeTrue();
    }
}
