using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Quartz;
using Sermo.Reports.Schedules;
using Sermo.Storage.Clients;

namespace Sermo.Worker.Jobs;

/// <summary>
/// At start, turns every client's report definitions into Quartz jobs with cron triggers in the client's time zone.
/// A failed run is retried with exponential backoff: <c>Jobs:ReportRetries</c> times (3), first after
/// <c>Jobs:ReportFirstRetryDelay</c> (2 minutes), doubling, capped at 30 minutes; a retry that would reach the next
/// scheduled run is dropped by Quartz in favour of that run.
/// </summary>
public sealed class ReportScheduleRegistrar(
    ISchedulerFactory schedulers,
    IClientRegistry clients,
    JobRuns jobRuns,
    IConfiguration configuration,
    ILogger<ReportScheduleRegistrar> logger) : IHostedService
{
    public const string RetriesKey = "Jobs:ReportRetries";
    public const string FirstRetryDelayKey = "Jobs:ReportFirstRetryDelay";

    private static readonly TimeSpan MaxRetryDelay = TimeSpan.FromMinutes(30);

    private readonly RetryPolicy _retryPolicy = RetryPolicyFrom(configuration);

    public static RetryPolicy RetryPolicyFrom(IConfiguration configuration)
    {
        var retries = configuration.GetValue(RetriesKey, 3);
        var first = configuration.GetValue(FirstRetryDelayKey, TimeSpan.FromMinutes(2));
        return retries <= 0 ? RetryPolicy.None : RetryPolicy.Exponential(retries, first, 2.0, first > MaxRetryDelay ? first : MaxRetryDelay);
    }

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
            .WithRetryPolicy(_retryPolicy)
            .Build();
        await scheduler.ScheduleJob(job, [trigger], ScheduleJobOptions.Replacing, ct);
        logger.LogInformation("Scheduled {Job} with cron '{Cron}' ({Zone})", key, report.Cron, report.TimeZone);
    }
}
