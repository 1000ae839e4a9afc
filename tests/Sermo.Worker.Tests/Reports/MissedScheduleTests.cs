using Hangfire;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Sermo.Storage.ReportRuns;
using Sermo.TestSupport;
using Sermo.Worker.Jobs;

namespace Sermo.Worker.Tests.Reports;

/// <summary>
/// A report whose occurrences passed while no host ran runs once, for the newest of them, after the next start; what
/// ran before the restart is still in the history. On both stores: the embedded default (Hangfire in memory, the
/// SQLite report-run log remembering) and Hangfire's PostgreSQL storage (Hangfire remembering).
/// </summary>
/// <remarks>
/// Judged by what was recorded, never by how long a loaded machine took: the schedule is three occurrences inside one
/// minute of the day, and that the first host stopped before the second occurrence is read from Hangfire's next
/// execution of the schedule when it stopped. A first host too slow for that is replaced by one with a later, wider
/// window under a new report id.
/// </remarks>
public sealed class MissedScheduleTests : IClassFixture<PostgresDatabase>, IDisposable
{
    private readonly PostgresDatabase _postgres;
    private readonly TempDataFolder _data = new("missed");

    public MissedScheduleTests(PostgresDatabase postgres)
    {
        _postgres = postgres;
    }

    public void Dispose()
    {
        _data.Dispose();
    }

    [Theory]
    [InlineData("ram")]
    [InlineData("postgres")]
    public async Task Restart_AfterTwoMissedOccurrences_NewestRunsOnceAndHistoryKept(string store)
    {
        var (reportId, before, missedLast) = await RunFirstOccurrenceThenStopAsync(store);

        await ReportHosts.WaitUntilAsync(missedLast.AddSeconds(2));
        using (var second = Host(store))
        {
            await second.StartAsync();
            (await ReportHosts.WaitUntilAsync(async () => await SucceededAsync(second, reportId, missedLast) && Idle(second), ReportHosts.Patience))
                .Should().BeTrue("the newest missed occurrence runs after the restart");
            await second.StopAsync();
        }

        using var third = Host(store);
        var jobsBefore = JobCount(third);
        await third.StartAsync();
        await third.StopAsync();

        JobCount(third).Should().Be(jobsBefore, "a third start finds nothing missed: no job was made");
        NextExecution(third, reportId).Should().Be(before.AddDays(1), "the schedule's next occurrence is the next day's first");
        var runs = (await ReportHosts.RunsAsync(third)).Where(r => r.ReportId == reportId).ToList();
        runs.Select(r => r.Occurrence).Should().BeEquivalentTo(new DateTimeOffset?[] { before, missedLast },
            "the run before the restart stays in the history, and of the two missed occurrences only the newest ran, once");
        runs.Should().OnlyContain(r => r.Status == ReportRunStatus.Succeeded);
    }

    /// <summary>
    /// A host registers a report firing at three seconds of one minute, runs the first occurrence and stops; returns
    /// the report and its first and last occurrence once the run log and Hangfire's record show the first ran and the
    /// host stopped before the second fired.
    /// </summary>
    private async Task<(string ReportId, DateTimeOffset First, DateTimeOffset Last)> RunFirstOccurrenceThenStopAsync(string store)
    {
        for (var gap = 4; ; gap *= 2)
        {
            gap.Should().BeLessThanOrEqualTo(32, "a first host should run a report and stop within 32 s");
            var reportId = "pulse-" + gap;
            var first = ReportHosts.SecondsFromNow(4 + gap);
            if (first.Second + gap + 2 > 59)
            {
                first = first.AddSeconds(60 - first.Second); // the window stays inside one minute, so one cron names it
            }

            DateTimeOffset[] times = [first, first.AddSeconds(gap), first.AddSeconds(gap + 2)];
            using var host = Host(store);
            await host.StartAsync();
            await ReportHosts.SeedClientAsync(host, ReportHosts.Report(reportId, $"{string.Join(',', times.Select(t => t.Second))} {first.Minute} {first.Hour} * * *"));
            await host.Services.GetServices<IHostedService>().OfType<JobScheduleRegistrar>().Single().StartAsync(CancellationToken.None);
            if (NextExecution(host, reportId) != first)
            {
                await host.StopAsync();
                continue; // registered after the first occurrence had passed: a later window
            }

            // Until the first occurrence has run, or the second has fired: a host too slow for the window may even skip the
            // first as superseded, and is replaced by one with a wider window.
            (await ReportHosts.WaitUntilAsync(
                async () => await SucceededAsync(host, reportId, first) || NextExecution(host, reportId) > times[1], ReportHosts.Patience))
                .Should().BeTrue("the first occurrence runs, or the second fires, while the host is up");
            await host.StopAsync();
            if (await SucceededAsync(host, reportId, first) && NextExecution(host, reportId) == times[1])
            {
                return (reportId, first, times[2]);
            }
        }
    }

    private IHost Host(string store) => ReportHosts.Build(_data, new Dictionary<string, string?>
    {
        ["Jobs:Store"] = store,
        ["Jobs:PostgresConnectionString"] = _postgres.ConnectionString,
        ["Jobs:MisfireThreshold"] = "00:00:01",
    });

    private static async Task<bool> SucceededAsync(IHost host, string reportId, DateTimeOffset occurrence) =>
        (await ReportHosts.RunsAsync(host)).Any(r => r.ReportId == reportId && r.Occurrence == occurrence && r.Status == ReportRunStatus.Succeeded);

    private static DateTimeOffset? NextExecution(IHost host, string reportId) =>
        ReportHosts.NextExecution(host, ClientReportJob.RecurringId("acme", reportId));

    private static bool Idle(IHost host)
    {
        var monitoring = host.Services.GetRequiredService<JobStorage>().GetMonitoringApi();
        return monitoring.EnqueuedCount(JobQueues.Shared) == 0 && monitoring.ProcessingCount() == 0;
    }

    /// <summary>Every job the storage holds in any state a made job passes through.</summary>
    private static long JobCount(IHost host)
    {
        var monitoring = host.Services.GetRequiredService<JobStorage>().GetMonitoringApi();
        return monitoring.EnqueuedCount(JobQueues.Shared) + monitoring.ProcessingCount() + monitoring.ScheduledCount()
            + monitoring.SucceededListCount() + monitoring.FailedCount() + monitoring.DeletedListCount();
    }
}
