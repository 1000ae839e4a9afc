using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Quartz;
using Sermo.Reports.Schedules;
using Sermo.Storage.Clients;

namespace Sermo.Worker.Jobs;

/// <summary>
/// At start, turns every client's report definitions into Quartz jobs with cron triggers in the client's time zone.
/// A failed run is retried with exponential backoff (2, 4, 8 minutes, capped at 30); a retry that would reach the
/// next scheduled run is dropped by Quartz in favour of that run.
/// </summary>
public sealed class ReportScheduleRegistrar(ISchedulerFactory schedulers, IClientRegistry clients, JobRuns jobRuns, ILogger<ReportScheduleRegistrar> logger) : IHostedService
{
    public const int RetryAttempts = 3;

    public static readonly TimeSpan FirstRetryDelay = TimeSpan.FromMinutes(2);

    public static readonly TimeSpan MaxRetryDelay = TimeSpan.FromMinutes(30);

    public static RetryPolicy ReportRetryPolicy { get; } = RetryPolicy.Exponential(RetryAttempts, FirstRetryDelay, 2.0, MaxRetryDelay);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        scheduler.ListenerManager.AddJobListener(jobRuns, [GroupMatcher<JobKey>.AnyGroup()]);
        foreach (var client in await clients.ListAsync(cancellationToken))
        {
            foreach (var report in ReportDefinition.ParseAll(client.ClientId, client.ReportsJson))
            {
                await ScheduleAsync(scheduler, client, report, cancellationToken);
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task ScheduleAsync(IScheduler scheduler, ClientRecord client, ReportDefinition report, CancellationToken ct)
    {
        var key = ClientReportJob.KeyFor(client.ClientId, report.Id);
        var job = JobBuilder.Create<ClientReportJob>().WithIdentity(key).StoreDurably().Build();
        TimeZoneInfo zone;
        try
        {
            zone = TimeZoneInfo.FindSystemTimeZoneById(report.TimeZone);
        }
        catch (TimeZoneNotFoundException)
        {
            throw new InvalidDataException($"Client '{client.ClientId}', report '{report.Id}': unknown time zone '{report.TimeZone}'.");
        }

        if (!CronExpression.TryParse(report.Cron, out _))
        {
            throw new InvalidDataException($"Client '{client.ClientId}', report '{report.Id}': '{report.Cron}' is not a valid Quartz cron expression.");
        }

        // A report missed while the host was down is produced once on start, not skipped.
        var trigger = TriggerBuilder.Create()
            .WithIdentity(key.Name, ClientReportJob.Group)
            .ForJob(key)
            .WithCronSchedule(report.Cron, c => c.InTimeZone(zone).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed))
            .WithRetryPolicy(ReportRetryPolicy)
            .Build();
        await scheduler.ScheduleJob(job, [trigger], ScheduleJobOptions.Replacing, ct);
        logger.LogInformation("Scheduled {Job} with cron '{Cron}' ({Zone})", key, report.Cron, report.TimeZone);
    }
}
