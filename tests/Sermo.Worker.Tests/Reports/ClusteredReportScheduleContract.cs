using Hangfire;
using Hangfire.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Sermo.Storage.ReportRuns;
using Sermo.TestSupport;
using Sermo.Worker.Jobs;

namespace Sermo.Worker.Tests.Reports;

/// <summary>
/// Two Worker hosts share one Hangfire PostgreSQL storage: every scheduled report occurrence runs exactly once, none is
/// missed; with the store on PostgreSQL too (the report-run log, the idempotency key), the hosts need not share a data folder.
/// </summary>
/// <remarks>
/// The schedule has a fixed number of occurrences (one window of two-second steps a day), so the test waits, however
/// long a loaded machine takes, until each has run, and judges by the run log, never by when runs happened.
/// </remarks>
public abstract class ClusteredReportScheduleContract : IDisposable
{
    /// <summary>Far more than a loaded machine needs for a few report runs; only a lost or stuck occurrence reaches it.</summary>
    private static readonly TimeSpan Deadline = TimeSpan.FromMinutes(10);

    private readonly PostgresDatabase _postgres;
    private readonly TempDataFolder _data = new("cluster");

    protected ClusteredReportScheduleContract(PostgresDatabase postgres)
    {
        _postgres = postgres;
    }

    public void Dispose()
    {
        _data.Dispose();
    }

    protected string Data => _data;

    /// <summary>Runs two hosts on one Hangfire storage (each test class has its own database) and checks every occurrence ran once.</summary>
    protected async Task RunTwoHostsAsync(string firstFolder, string secondFolder, int occurrences, bool storeOnPostgres)
    {
        Directory.CreateDirectory(firstFolder);
        Directory.CreateDirectory(secondFolder);
        using var first = ReportHosts.Build(firstFolder, Settings("node-a", storeOnPostgres));
        using var second = ReportHosts.Build(secondFolder, Settings("node-b", storeOnPostgres));
        await first.StartAsync();
        await second.StartAsync();
        var (reportId, scheduled) = await ScheduleWindowAsync(first, occurrences);
        async Task<IReadOnlyList<ReportRunRecord>> RunsAsync() => [.. (await ReportHosts.RunsAsync(first)).Where(r => r.ReportId == reportId)];

        var done = await ReportHosts.WaitUntilAsync(
            async () => (await RunsAsync()).Count(r => r.Status == ReportRunStatus.Succeeded) >= occurrences, Deadline);
        var seen = done ? "" : await DescribeAsync(first);
        await Task.WhenAll(first.StopAsync(), second.StopAsync());

        done.Should().BeTrue($"each of the {occurrences} occurrences should run within {Deadline} ({seen})");
        var runs = await RunsAsync();
        runs.Should().OnlyContain(r => r.Occurrence != null, "every run came from the schedule");
        runs.GroupBy(r => r.Occurrence).Should().OnlyContain(g => g.Count() == 1, "an occurrence one host claimed is never run by the other");
        runs.Select(r => r.Occurrence!.Value).Should().BeEquivalentTo(scheduled, "every occurrence ran, none was missed, none was invented");
        runs.Should().OnlyContain(r => r.Status == ReportRunStatus.Succeeded && r.Folder != null);
    }

    /// <summary>
    /// Gives the client a report firing at <paramref name="count"/> two-second steps inside one minute, a little ahead,
    /// and registers it as a host start does. Hangfire fires only occurrences after the registration, so a window the
    /// registration reached too late (a very loaded machine) is replaced by a later one under a new report id.
    /// </summary>
    private static async Task<(string ReportId, IReadOnlyList<DateTimeOffset> Times)> ScheduleWindowAsync(IHost host, int count)
    {
        var registrar = host.Services.GetServices<IHostedService>().OfType<JobScheduleRegistrar>().Single();
        var storage = host.Services.GetRequiredService<JobStorage>();
        for (var lead = 10; ; lead *= 2)
        {
            var reportId = "pulse-" + lead;
            var start = ReportHosts.SecondsFromNow(lead);
            if (start.Second + (2 * (count - 1)) > 59)
            {
                start = start.AddSeconds(60 - start.Second); // the window stays inside one minute, so one cron names it
            }

            var times = Enumerable.Range(0, count).Select(i => start.AddSeconds(2 * i)).ToArray();
            var cron = $"{string.Join(',', times.Select(t => t.Second))} {start.Minute} {start.Hour} * * *";
            await ReportHosts.SeedClientAsync(host, ReportHosts.Report(reportId, cron));
            await registrar.StartAsync(CancellationToken.None);

            using var connection = storage.GetConnection();
            var next = connection.GetRecurringJobs([ClientReportJob.RecurringId("acme", reportId)]).Single().NextExecution;
            if (next is { } at && new DateTimeOffset(DateTime.SpecifyKind(at, DateTimeKind.Utc)) == start)
            {
                return (reportId, times);
            }

            lead.Should().BeLessThan(160, $"the schedule should be registered before its first occurrence (next execution {next:O}, window {start:O})");
        }
    }

    private static async Task<string> DescribeAsync(IHost host)
    {
        var monitoring = host.Services.GetRequiredService<JobStorage>().GetMonitoringApi();
        var runs = await ReportHosts.RunsAsync(host);
        return $"Hangfire: succeeded {monitoring.SucceededListCount()}, failed {monitoring.FailedCount()}, scheduled {monitoring.ScheduledCount()}, "
            + $"enqueued {monitoring.EnqueuedCount(JobQueues.Shared)}, processing {monitoring.ProcessingCount()}; "
            + string.Join(" | ", monitoring.FailedJobs(0, 3).Select(f => f.Value.ExceptionMessage))
            + "; runs: " + string.Join(", ", runs.Select(r => $"{r.Occurrence:HH:mm:ss} {r.Status} {r.Error}"));
    }

    private Dictionary<string, string?> Settings(string node, bool storeOnPostgres)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Jobs:Store"] = "postgres",
            ["Jobs:PostgresConnectionString"] = _postgres.ConnectionString,
            ["Jobs:ServerName"] = node,
            // Runs of one report never overlap; on a loaded machine the queue may fall minutes behind, and no
            // occurrence may then be skipped as superseded.
            ["Jobs:MisfireThreshold"] = "1.00:00:00",
        };
        if (storeOnPostgres)
        {
            settings["Storage:Provider"] = "postgres";
            settings["Storage:PostgresConnectionString"] = _postgres.ConnectionString;
            settings["Search:Provider"] = "postgres";
            settings["Search:PostgresConnectionString"] = _postgres.ConnectionString;
        }

        return settings;
    }
}
