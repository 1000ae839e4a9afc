using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Sermo.Storage.ReportRuns;

namespace Sermo.Worker.Tests.Reports;

/// <summary>A report run that fails is retried by Quartz with growing waits, and every attempt lands in the run history.</summary>
public sealed class ReportRetryTests : IDisposable
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), "sermo-retry-" + Guid.NewGuid().ToString("N"));

    public ReportRetryTests() => Directory.CreateDirectory(_data);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_data, recursive: true);
    }

    [Fact]
    public async Task FailingReport_RetriedWithBackoffAndEveryAttemptRecordedAsFailed()
    {
        // The outbox sits under a regular file, so every attempt fails creating its folder.
        var blocker = Path.Combine(_data, "blocker");
        await File.WriteAllTextAsync(blocker, "not a folder");
        var firings = new ConcurrentQueue<Firing>();
        using var host = ReportHosts.Build(_data, new Dictionary<string, string?>
        {
            ["Reports:OutboxPath"] = Path.Combine(blocker, "outbox"),
            ["Jobs:ReportRetries"] = "2",
            ["Jobs:ReportFirstRetryDelay"] = "00:00:00.500",
        });
        // One firing, three seconds from now, and never again.
        var at = DateTimeOffset.UtcNow.AddSeconds(3);
        var cron = string.Create(CultureInfo.InvariantCulture, $"{at.Second} {at.Minute} {at.Hour} {at.Day} {at.Month} ? {at.Year}");
        await ReportHosts.SeedClientAsync(host,
            $$"""[{ "id": "once", "cron": "{{cron}}", "timeZone": "UTC", "interval": "week", "formats": ["csv"], "lookback": 4 }]""");

        await host.StartAsync();
        await ReportHosts.RecordFiringsAsync(host, firings);
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (firings.Count < 3 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(200);
        }

        await Task.Delay(1000);
        await host.StopAsync();

        firings.Select(f => f.RetryAttempt).Should().Equal(0, 1, 2);
        firings.Should().OnlyContain(f => f.Error != null);
        var runs = await host.Services.GetRequiredService<IReportRunLog>().ListAsync("acme", 10, CancellationToken.None);
        runs.Should().HaveCount(3).And.OnlyContain(r => r.Status == ReportRunStatus.Failed && r.Folder == null && r.Error!.Contains("blocker", StringComparison.Ordinal));
        var started = runs.Select(r => r.StartedAt).Order().ToArray();
        (started[2] - started[1]).Should().BeGreaterThan(started[1] - started[0], "each retry waits longer than the one before");
    }
}
