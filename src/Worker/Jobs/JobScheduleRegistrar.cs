using Hangfire;
using Hangfire.States;
using Hangfire.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Sermo.Reports.Schedules;
using Sermo.Storage.Clients;
using Sermo.Storage.ReportRuns;

namespace Sermo.Worker.Jobs;

/// <summary>
/// On the start of a host that runs the schedules: registers the recurring jobs (rollup and re-render on
/// <c>Jobs:RollupCron</c>, the on-demand re-tag, one per client report in its time zone), drops those of deleted
/// reports, and, where Hangfire's storage does not outlive the process, runs once the newest occurrence of each report
/// that passed while no host ran (the report-run log knows what ran and since when each schedule exists).
/// A client whose definitions are broken is logged with the reason; the other clients are scheduled.
/// </summary>
public sealed class JobScheduleRegistrar(
    IRecurringJobManagerV2 recurring,
    IBackgroundJobClientV2 jobs,
    JobStorage storage,
    IClientRegistry clients,
    IReportSchedules schedules,
    IReportRunLog runLog,
    IOptions<JobOptions> options,
    TimeProvider time,
    ReportLogText logText,
    ILogger<JobScheduleRegistrar> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var rollupCron = CronText.ToHangfire(settings.RollupCron, out _);
        var utc = new RecurringJobOptions { TimeZone = TimeZoneInfo.Utc, MisfireHandling = MisfireHandlingMode.Relaxed };
        recurring.AddOrUpdate<CubeRollupJob>(CubeRollupJob.RecurringId, JobQueues.Shared, j => j.RunAsync(CancellationToken.None), rollupCron, utc);
        // Stale past reports (privacy rule 3) are re-rendered on the rollup's beat.
        recurring.AddOrUpdate<ClientReportRerenderJob>(ClientReportRerenderJob.RecurringId, JobQueues.Shared, j => j.RunAsync(CancellationToken.None), rollupCron, utc);
        // Never fire by themselves: an operator triggers one from /jobs after promoting a model.
        recurring.AddOrUpdate<RetagJob>(RetagJob.RecurringId, JobQueues.Shared, j => j.RunAllAsync(null, CancellationToken.None), Cron.Never(), utc);
        recurring.AddOrUpdate<AspectRetagJob>(AspectRetagJob.RecurringId, JobQueues.Shared, j => j.RunAllAsync(null, CancellationToken.None), Cron.Never(), utc);

        var scheduled = new List<(string ClientId, string ReportId)>();
        var broken = 0;
        foreach (var client in await clients.ListAsync(cancellationToken))
        {
            IReadOnlyList<ReportDefinition> reports;
            try
            {
                reports = ReportDefinition.ParseAll(client.ClientId, client.ReportsJson);
            }
            catch (InvalidDataException ex)
            {
                broken++;
                // The refusal names the broken report; the log names it by its log name (decision 115).
                logger.LogError("Reports of client {Client} not scheduled: {Reason}", client.ClientId, logText.Redact(ex.Message, ReportDefinition.IdsIn(client.ReportsJson)));
                continue;
            }

            foreach (var report in reports)
            {
                await ScheduleAsync(client.ClientId, report, settings, cancellationToken);
                scheduled.Add((client.ClientId, report.Id));
            }
        }

        // A broken client's earlier schedules stay: their runs fail with the reason until the definition is mended.
        if (broken == 0)
        {
            RemoveOtherReports(scheduled);
            await schedules.KeepOnlyAsync(scheduled, cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task ScheduleAsync(string clientId, ReportDefinition report, JobOptions settings, CancellationToken cancellationToken)
    {
        var schedule = report.Schedule();
        // Strict: every occurrence gets its own job and time, so none is folded into another; the job itself skips an
        // occurrence a later one has superseded (Jobs:MisfireThreshold).
        recurring.AddOrUpdate<ClientReportJob>(
            ClientReportJob.RecurringId(clientId, report.Id), JobQueues.Shared,
            j => j.RunScheduledAsync(clientId, report.Id, null, CancellationToken.None),
            report.Cron, new RecurringJobOptions { TimeZone = schedule.Zone, MisfireHandling = MisfireHandlingMode.Strict });
        var now = time.GetUtcNow();
        var since = await schedules.RegisterAsync(clientId, report.Id, report.Cron, report.TimeZone, now, cancellationToken);
        logger.LogInformation("Scheduled report {Client}/{Report}: '{Cron}' ({Zone})", clientId, ReportLogName.For(report.Id), report.Cron, report.TimeZone);
        if (JobStores.IsPersistent(settings))
        {
            return; // Hangfire's own storage remembers what it fired and fires what it missed.
        }

        if (schedule.LatestAtOrBefore(now) is not { } occurrence || occurrence <= since
            || await runLog.LastOccurrenceAsync(clientId, report.Id, now - ClientReportJob.RunningLease, cancellationToken) is { } last && last >= occurrence)
        {
            return;
        }

        jobs.Create<ClientReportJob>(
            j => j.RunMissedAsync(clientId, report.Id, JobArguments.Instant(occurrence), CancellationToken.None), new EnqueuedState(JobQueues.Shared));
        logger.LogInformation("Report {Client}/{Report}: occurrence {Occurrence:O} passed while no host ran; running it now", clientId, ReportLogName.For(report.Id), occurrence);
    }

    private void RemoveOtherReports(List<(string ClientId, string ReportId)> scheduled)
    {
        var keep = scheduled.Select(s => ClientReportJob.RecurringId(s.ClientId, s.ReportId)).ToHashSet(StringComparer.Ordinal);
        using var connection = storage.GetConnection();
        foreach (var job in connection.GetRecurringJobs().Where(j => j.Id.StartsWith(ClientReportJob.RecurringIdPrefix, StringComparison.Ordinal) && !keep.Contains(j.Id)))
        {
            recurring.RemoveIfExists(job.Id);
            // The job id holds the report id; the log names the report by its log name (decision 105).
            var clientAndReport = job.Id[ClientReportJob.RecurringIdPrefix.Length..];
            var slash = clientAndReport.IndexOf('/', StringComparison.Ordinal);
            logger.LogInformation("Removed the schedule of deleted report {Client}/{Report}",
                slash < 0 ? "?" : clientAndReport[..slash], ReportLogName.For(slash < 0 ? clientAndReport : clientAndReport[(slash + 1)..]));
        }
    }
}
