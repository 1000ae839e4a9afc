using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Sermo.Storage.ReportRuns;
using Sermo.TestSupport;

namespace Sermo.Worker.Tests.Reports;

/// <summary>Two Worker hosts share one Hangfire PostgreSQL storage: every scheduled report occurrence runs exactly once, none is missed.</summary>
public sealed class ClusteredReportScheduleTests : IClassFixture<PostgresDatabase>, IDisposable
{
    private const int Occurrences = 20;

    private readonly PostgresDatabase _postgres;
    private readonly string _data = Path.Combine(Path.GetTempPath(), "sermo-cluster-" + Guid.NewGuid().ToString("N"));

    public ClusteredReportScheduleTests(PostgresDatabase postgres)
    {
        _postgres = postgres;
        Directory.CreateDirectory(_data);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_data, recursive: true);
    }

    [Fact]
    public async Task TwoHosts_SharedPostgresStore_EachScheduledOccurrenceRunsExactlyOnce()
    {
        using var first = ReportHosts.Build(_data, Settings("node-a"));
        using var second = ReportHosts.Build(_data, Settings("node-b"));
        await ReportHosts.SeedClientAsync(first, ReportHosts.Report("pulse", "*/2 * * * * *"));

        await first.StartAsync();
        await second.StartAsync();
        var enough = await ReportHosts.WaitUntilAsync(
            async () => (await ReportHosts.RunsAsync(first)).Count(r => r.Status == ReportRunStatus.Succeeded) >= Occurrences + 1,
            TimeSpan.FromSeconds(Occurrences * 2 + 40));
        var monitoring = first.Services.GetRequiredService<Hangfire.JobStorage>().GetMonitoringApi();
        var seen = $"Hangfire: succeeded {monitoring.SucceededListCount()}, failed {monitoring.FailedCount()}, scheduled {monitoring.ScheduledCount()}, enqueued {monitoring.EnqueuedCount("default")}, processing {monitoring.ProcessingCount()}, servers {string.Join(",", monitoring.Servers().Select(s => s.Name + "/" + string.Join("+", s.Queues) + "/" + s.WorkersCount + "/" + s.Heartbeat?.ToString("HH:mm:ss")))}; "
            + string.Join(" | ", monitoring.ProcessingJobs(0, 10).Select(p => $"{p.Value.ServerId} {p.Value.StartedAt:HH:mm:ss} {string.Join(",", p.Value.Job?.Args ?? [])}"))
            + string.Join(" | ", monitoring.FailedJobs(0, 3).Select(f => f.Value.ExceptionMessage))
            + "; runs: " + string.Join(", ", (await ReportHosts.RunsAsync(first)).Select(r => $"{r.Occurrence:HH:mm:ss} {r.Status} {r.Error}"));
        await Task.WhenAll(first.StopAsync(), second.StopAsync());

        enough.Should().BeTrue($"the hosts should run {Occurrences} occurrences of a two-second schedule in time ({seen})");
        var runs = await ReportHosts.RunsAsync(first);
        runs.Should().OnlyContain(r => r.Occurrence != null, "every run came from the schedule");
        runs.GroupBy(r => r.Occurrence).Should().OnlyContain(g => g.Count() == 1, "an occurrence one host claimed is never run by the other");
        // The last occurrence may have been cut short by the shutdown; every earlier one succeeded.
        var times = runs.Select(r => r.Occurrence!.Value).Order().ToArray();
        runs.Where(r => r.Occurrence != times[^1]).Should().OnlyContain(r => r.Status == ReportRunStatus.Succeeded && r.Folder != null);
        times.Length.Should().BeGreaterThanOrEqualTo(Occurrences);
        times.Zip(times.Skip(1), (a, b) => b - a).Should().OnlyContain(gap => gap == TimeSpan.FromSeconds(2), "no occurrence was skipped");
        times.Should().OnlyContain(t => t.Second % 2 == 0 && t.Millisecond == 0, "each run names its scheduled occurrence");
    }

    private Dictionary<string, string?> Settings(string node) => new()
    {
        ["Jobs:Store"] = "postgres",
        ["Jobs:PostgresConnectionString"] = _postgres.ConnectionString,
        ["Jobs:ServerName"] = node,
    };
}
