using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Hosting;
using Sermo.Storage.ReportRuns;
using Sermo.TestSupport;

namespace Sermo.Worker.Tests.Reports;

/// <summary>
/// A report whose occurrences passed while no host ran runs once, for the newest of them, after the next start; what
/// ran before the restart is still in the history. On both stores: the embedded default (Hangfire in memory, the
/// SQLite report-run log remembering) and Hangfire's PostgreSQL storage (Hangfire remembering).
/// </summary>
public sealed class MissedScheduleTests : IClassFixture<PostgresDatabase>, IDisposable
{
    private readonly PostgresDatabase _postgres;
    private readonly string _data = Path.Combine(Path.GetTempPath(), "sermo-missed-" + Guid.NewGuid().ToString("N"));

    public MissedScheduleTests(PostgresDatabase postgres)
    {
        _postgres = postgres;
        Directory.CreateDirectory(_data);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_data, recursive: true);
    }

    [Theory]
    [InlineData("ram")]
    [InlineData("postgres")]
    public async Task Restart_AfterTwoMissedOccurrences_NewestRunsOnceAndHistoryKept(string store)
    {
        var before = ReportHosts.SecondsFromNow(4);
        var missedFirst = before.AddSeconds(4);
        var missedLast = missedFirst.AddSeconds(3);
        var report = ReportHosts.Report("pulse", ReportHosts.AtSeconds(before, missedFirst, missedLast));

        using (var first = Host(store))
        {
            await ReportHosts.SeedClientAsync(first, report);
            await first.StartAsync();
            (await ReportHosts.WaitUntilAsync(async () => await SucceededAsync(first, before), TimeSpan.FromSeconds(8))).Should().BeTrue();
            await first.StopAsync();
        }

        DateTimeOffset.UtcNow.Should().BeBefore(missedFirst, "the host must be down before the occurrences it is to miss");
        await ReportHosts.WaitUntilAsync(missedLast.AddSeconds(2));
        using (var second = Host(store))
        {
            await second.StartAsync();
            (await ReportHosts.WaitUntilAsync(async () => await SucceededAsync(second, missedLast), TimeSpan.FromSeconds(10))).Should().BeTrue();
            await Task.Delay(1500);
            await second.StopAsync();
        }

        using var third = Host(store);
        await third.StartAsync();
        await Task.Delay(2000);
        await third.StopAsync();

        var runs = await ReportHosts.RunsAsync(third);
        runs.Select(r => r.Occurrence).Should().BeEquivalentTo(new DateTimeOffset?[] { before, missedLast },
            "the run before the restart stays in the history, and of the two missed occurrences only the newest ran, once");
        runs.Should().OnlyContain(r => r.Status == ReportRunStatus.Succeeded);
    }

    private IHost Host(string store) => ReportHosts.Build(_data, new Dictionary<string, string?>
    {
        ["Jobs:Store"] = store,
        ["Jobs:PostgresConnectionString"] = _postgres.ConnectionString,
        ["Jobs:MisfireThreshold"] = "00:00:01",
    });

    private static async Task<bool> SucceededAsync(IHost host, DateTimeOffset occurrence) =>
        (await ReportHosts.RunsAsync(host)).Any(r => r.Occurrence == occurrence && r.Status == ReportRunStatus.Succeeded);
}
