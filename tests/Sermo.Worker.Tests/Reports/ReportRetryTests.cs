using Hangfire;
using Hangfire.States;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Sermo.Reports.Outbox;
using Sermo.Storage.ReportRuns;
using Sermo.Worker.Jobs;

namespace Sermo.Worker.Tests.Reports;

/// <summary>Hangfire retries a report that failed on a fault with growing waits, and gives up on bad input at once.</summary>
public sealed class ReportRetryTests : IDisposable
{
    private readonly TempDataFolder _data = new("retry");


    public void Dispose()
    {
        _data.Dispose();
    }

    [Fact]
    public async Task FailingReport_RetriedWithBackoffThenFailedAndEveryAttemptRecorded()
    {
        // The outbox sits under a regular file, so every attempt fails creating its folder.
        var blocker = Path.Combine(_data, "blocker");
        await File.WriteAllTextAsync(blocker, "not a folder");
        using var host = ReportHosts.Build(_data, new Dictionary<string, string?>
        {
            ["Reports:OutboxPath"] = Path.Combine(blocker, "outbox"),
            ["Jobs:Retries"] = "2",
            ["Jobs:FirstRetryDelay"] = "00:00:00.500",
        }, role: JobHostRole.RunNow);
        await ReportHosts.SeedClientAsync(host, ReportHosts.Report("weekly", "0 6 * * MON"));
        await host.StartAsync();
        var jobs = host.Services.GetRequiredService<ForegroundJobs>();

        var jobId = jobs.Enqueue<ClientReportJob>(j => j.RunNowAsync("acme", "weekly", "2026-03-09", CancellationToken.None));
        var act = () => jobs.WaitAsync<ReportRun>(jobId, CancellationToken.None);

        (await act.Should().ThrowAsync<JobFailedException>()).Which.BadInput.Should().BeFalse();
        var history = ReportHosts.Details(host, jobId).History;
        await host.StopAsync();
        history.Where(s => s.StateName == ScheduledState.StateName).Select(s => s.Reason)
            .Should().HaveCount(2).And.OnlyContain(reason => reason.Contains("blocker", StringComparison.Ordinal));
        var runs = await ReportHosts.RunsAsync(host);
        runs.Should().HaveCount(3).And.OnlyContain(r => r.Status == ReportRunStatus.Failed && r.Folder == null && r.Error!.Contains("blocker", StringComparison.Ordinal));
        // The waits the retry rule chose, as Hangfire recorded each retry's schedule (not how long a loaded machine took).
        history.Where(s => s.StateName == ScheduledState.StateName).Select(s => s.Reason).Should()
            .Contain(r => r.StartsWith("Retry 1 of 2 in 00:00:00.5000000:", StringComparison.Ordinal))
            .And.Contain(r => r.StartsWith("Retry 2 of 2 in 00:00:01:", StringComparison.Ordinal), "each retry waits longer than the one before");
    }

    [Fact]
    public async Task LockedDatabase_FirstAttemptFailsThenRetrySucceeds()
    {
        using var host = ReportHosts.Build(_data, new Dictionary<string, string?>
        {
            // Microsoft.Data.Sqlite would otherwise keep retrying a busy database for its 30 s command timeout.
            ["Storage:ConnectionString"] = new SqliteConnectionStringBuilder { DataSource = Path.Combine(_data, "sermo.db"), DefaultTimeout = 1 }.ToString(),
            ["Jobs:Retries"] = "3",
            // Far beyond the test: the retry runs when the test requeues it, after the lock is let go, not on a timer.
            ["Jobs:FirstRetryDelay"] = "01:00:00",
            ["Jobs:MaxRetryDelay"] = "02:00:00",
        }, role: JobHostRole.RunNow);
        await ReportHosts.SeedClientAsync(host, ReportHosts.Report("weekly", "0 6 * * MON"));
        await host.StartAsync();
        var jobs = host.Services.GetRequiredService<ForegroundJobs>();

        // Another process holds the write lock until the first attempt has failed on it and its retry is scheduled.
        var locker = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path.Combine(_data, "sermo.db"), Pooling = false }.ToString());
        await locker.OpenAsync();
        var writeLock = await locker.BeginTransactionAsync();
        var jobId = jobs.Enqueue<ClientReportJob>(j => j.RunNowAsync("acme", "weekly", "2026-03-09", CancellationToken.None));
        var retryScheduled = await ReportHosts.WaitUntilAsync(
            () => Task.FromResult(ReportHosts.Details(host, jobId).History.Any(s => s.StateName == ScheduledState.StateName)), ReportHosts.Patience);
        await writeLock.RollbackAsync();
        await locker.DisposeAsync();
        retryScheduled.Should().BeTrue("the first attempt fails on the lock and is scheduled for a retry");
        // As an operator's "Requeue" on /jobs: the retry now rather than in an hour.
        host.Services.GetRequiredService<IBackgroundJobClientV2>()
            .ChangeState(jobId, new EnqueuedState(host.Services.GetRequiredService<JobQueues>().Own), ScheduledState.StateName).Should().BeTrue();

        var run = await jobs.WaitAsync<ReportRun>(jobId, CancellationToken.None);

        var history = ReportHosts.Details(host, jobId).History;
        await host.StopAsync();
        File.Exists(Path.Combine(run.Folder, "heatmap.csv")).Should().BeTrue();
        history.Should().ContainSingle(s => s.StateName == ScheduledState.StateName)
            .Which.Reason.Should().Contain("database is locked");
        (await ReportHosts.RunsAsync(host)).Should().ContainSingle().Which.Status.Should().Be(ReportRunStatus.Succeeded);
    }
}
