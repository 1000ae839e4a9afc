using Sermo.Storage.ReportRuns;

namespace Sermo.Storage.Tests.ReportRuns;

/// <summary>Client, report and occurrence are the idempotency key of scheduled runs; since when a schedule exists is kept.</summary>
public abstract class ReportOccurrenceContract : StoreTest
{
    private static readonly DateTimeOffset Monday = new(2026, 3, 9, 11, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Lease = TimeSpan.FromHours(1);

    [Fact]
    public async Task Claim_SucceededOrRecentlyRunning_RefusedFailedOrStaleRunningTakenAgain()
    {
        var log = new ReportRunLog(Database);

        var first = await log.ClaimOccurrenceAsync("acme", "weekly", "2026-W11", Monday, Monday, Lease, Ct);
        var whileRunning = await log.ClaimOccurrenceAsync("acme", "weekly", "2026-W11", Monday, Monday.AddMinutes(1), Lease, Ct);
        var otherReport = await log.ClaimOccurrenceAsync("acme", "daily", "2026-03-09", Monday, Monday.AddMinutes(1), Lease, Ct);
        var afterCrash = await log.ClaimOccurrenceAsync("acme", "weekly", "2026-W11", Monday, Monday.AddHours(2), Lease, Ct);
        await log.FinishAsync(afterCrash!.Value, ReportRunStatus.Failed, "IOException: disk full", null, Monday.AddHours(2), Ct);
        var retry = await log.ClaimOccurrenceAsync("acme", "weekly", "2026-W11", Monday, Monday.AddHours(3), Lease, Ct);
        await log.FinishAsync(retry!.Value, ReportRunStatus.Succeeded, null, "/outbox/acme/weekly", Monday.AddHours(3), Ct);
        var afterSuccess = await log.ClaimOccurrenceAsync("acme", "weekly", "2026-W11", Monday, Monday.AddHours(9), Lease, Ct);

        first.Should().NotBeNull();
        whileRunning.Should().BeNull("a run of the occurrence is going on");
        otherReport.Should().NotBeNull();
        afterCrash.Should().NotBeNull("a run still marked running after the lease is a crashed host's");
        retry.Should().NotBeNull("a failed run may be retried");
        afterSuccess.Should().BeNull("the occurrence is done");
        (await log.LastOccurrenceAsync("acme", "weekly", Monday, Ct)).Should().Be(Monday);
        await log.ClaimOccurrenceAsync("acme", "weekly", "2026-W12", Monday.AddDays(7), Monday.AddDays(7), Lease, Ct);
        (await log.LastOccurrenceAsync("acme", "weekly", Monday.AddDays(7).AddMinutes(-1), Ct)).Should().Be(Monday.AddDays(7), "a run going on counts");
        (await log.LastOccurrenceAsync("acme", "weekly", Monday.AddDays(8), Ct)).Should().Be(Monday, "a run left running by a crash does not");
    }

    [Fact]
    public async Task Claim_ManyHostsAtOnce_ExactlyOneRunsTheOccurrence()
    {
        var log = new ReportRunLog(Database);

        var claims = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(() =>
            log.ClaimOccurrenceAsync("acme", "weekly", "2026-W11", Monday, Monday.AddSeconds(i), Lease, Ct))));

        claims.Where(c => c is not null).Should().ContainSingle();
        (await log.ListAsync("acme", 10, Ct)).Should().ContainSingle();
    }

    [Fact]
    public async Task Schedules_SameCronKeepsSinceChangedCronRestartsIt()
    {
        var schedules = new ReportSchedules(Database);

        var since = await schedules.RegisterAsync("acme", "weekly", "0 6 * * MON", "UTC", Monday, Ct);
        var again = await schedules.RegisterAsync("acme", "weekly", "0 6 * * MON", "UTC", Monday.AddDays(3), Ct);
        var moved = await schedules.RegisterAsync("acme", "weekly", "0 7 * * MON", "UTC", Monday.AddDays(5), Ct);
        var forgotten = await schedules.KeepOnlyAsync([("beta", "daily")], Ct);
        var fresh = await schedules.RegisterAsync("acme", "weekly", "0 7 * * MON", "UTC", Monday.AddDays(6), Ct);

        since.Should().Be(Monday);
        again.Should().Be(Monday);
        moved.Should().Be(Monday.AddDays(5));
        forgotten.Should().Be(1);
        fresh.Should().Be(Monday.AddDays(6));
    }
}
