using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Sermo.Storage.ReportRuns;
using Sermo.TestSupport;

namespace Sermo.Worker.Tests.Reports;

/// <summary>Two Worker hosts share one clustered PostgreSQL job store: every scheduled report firing runs on exactly one of them.</summary>
public sealed class ClusteredReportScheduleTests : IClassFixture<PostgresDatabase>, IDisposable
{
    private const string EveryTwoSeconds = """[{ "id": "pulse", "cron": "0/2 * * * * ?", "timeZone": "UTC", "interval": "week", "formats": ["csv"], "lookback": 4 }]""";

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
    public async Task TwoHosts_SharedPostgresStore_EachScheduledReportRunsExactlyOnce()
    {
        var firings = new ConcurrentQueue<Firing>();
        using var first = ReportHosts.Build(_data, Settings("node-a"));
        using var second = ReportHosts.Build(_data, Settings("node-b"));
        await ReportHosts.SeedClientAsync(first, EveryTwoSeconds);

        await first.StartAsync();
        await second.StartAsync();
        await ReportHosts.RecordFiringsAsync(first, firings);
        await ReportHosts.RecordFiringsAsync(second, firings);
        await Task.Delay(TimeSpan.FromSeconds(9));
        await Task.WhenAll(first.StopAsync(), second.StopAsync());

        var seen = firings.ToArray();
        seen.Should().HaveCountGreaterThanOrEqualTo(3);
        seen.Should().OnlyContain(f => f.Error == null && f.RetryAttempt == 0);
        seen.GroupBy(f => f.ScheduledFor).Should().OnlyContain(g => g.Count() == 1, "a firing claimed by one node is never run by the other");
        var times = seen.Select(f => f.ScheduledFor).Order().ToArray();
        times.Zip(times.Skip(1), (a, b) => b - a).Should().OnlyContain(gap => gap == TimeSpan.FromSeconds(2), "no scheduled firing was skipped");

        var runs = await first.Services.GetRequiredService<IReportRunLog>().ListAsync("acme", 100, CancellationToken.None);
        runs.Count(r => r.Status == ReportRunStatus.Succeeded).Should().BeGreaterThanOrEqualTo(seen.Length);
    }

    private Dictionary<string, string?> Settings(string node) => new()
    {
        ["Jobs:Store"] = "postgres",
        ["Jobs:PostgresConnectionString"] = _postgres.ConnectionString,
        ["Jobs:InstanceId"] = node,
    };
}
