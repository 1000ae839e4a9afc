using Hangfire;
using Hangfire.Server;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Sermo.Analytics.HeatMaps;
using Sermo.Reports.Outbox;
using Sermo.Reports.Schedules;
using Sermo.Storage.Clients;

namespace Sermo.Worker.Jobs;

/// <summary>
/// Runs one client report. Hangfire keeps only the ids and an ISO date in each job's arguments; the definition is read
/// from the client registry when the job runs, so an edit takes effect at the next run and a broken one fails that
/// run at once, with its reason, without touching other clients. Two runs of the same report never overlap.
/// </summary>
public sealed class ClientReportJob(
    IClientRegistry clients, ClientReportRunner runner, IOptions<JobOptions> options, TimeProvider time, ILogger<ClientReportJob> logger)
{
    /// <summary>Hangfire's parameter holding the time the recurring-job scheduler fired for (Unix seconds).</summary>
    public const string TriggerTimeParameter = "Time";

    /// <summary>A run still marked running after this is taken as a crashed host's, and the occurrence may run again.</summary>
    public static readonly TimeSpan RunningLease = TimeSpan.FromHours(1);

    public const string RecurringIdPrefix = "report:";

    public static string RecurringId(string clientId, string reportId) => $"{RecurringIdPrefix}{clientId}/{reportId}";

    /// <summary>
    /// What the recurring job calls. Hangfire fires it once per occurrence (strict misfire handling: a missed occurrence
    /// is fired too, with its own time) and names the occurrence in the job's "Time" parameter.
    /// </summary>
    [DisableConcurrentExecution("client-report:{0}/{1}", 600)]
    public Task<ReportRun?> RunScheduledAsync(string clientId, string reportId, PerformContext? context, CancellationToken cancellationToken)
    {
        var fired = context?.GetJobParameter<long?>(TriggerTimeParameter, allowStale: true)
            ?? throw new JobInputException("a scheduled report job needs the recurring job's trigger time");
        return RunOccurrenceAsync(clientId, reportId, DateTimeOffset.FromUnixTimeSeconds(fired), cancellationToken);
    }

    /// <summary>The run of an occurrence a restarted host found missed (<see cref="JobScheduleRegistrar"/>); <paramref name="occurrence"/> is ISO 8601.</summary>
    [DisableConcurrentExecution("client-report:{0}/{1}", 600)]
    public Task<ReportRun?> RunMissedAsync(string clientId, string reportId, string occurrence, CancellationToken cancellationToken) =>
        RunOccurrenceAsync(clientId, reportId, JobArguments.ParseInstant(occurrence), cancellationToken);

    /// <summary>
    /// A run asked for by hand (<c>report</c>, <c>demo</c>): the period ending <paramref name="asOf"/> (yyyy-MM-dd), else
    /// with the last bucket that has ended and settled (docs/privacy.md P13: a bucket still filling is never released
    /// unless the operator names a day in it).
    /// </summary>
    [DisableConcurrentExecution("client-report:{0}/{1}", 600)]
    public async Task<ReportRun> RunNowAsync(string clientId, string reportId, string? asOf, CancellationToken cancellationToken)
    {
        var (client, report) = await LoadAsync(clientId, reportId, cancellationToken);
        var day = asOf is null ? TimeBuckets.LastSettledDay(time.GetUtcNow(), report.Interval) : JobArguments.ParseDay(asOf);
        var run = await runner.RunAsync(client, report, day, cancellationToken);
        logger.LogInformation("Report {Client}/{Report} written to {Folder}", clientId, reportId, run.Folder);
        return run;
    }

    private async Task<ReportRun?> RunOccurrenceAsync(string clientId, string reportId, DateTimeOffset occurrence, CancellationToken cancellationToken)
    {
        var (client, report) = await LoadAsync(clientId, reportId, cancellationToken);
        var now = time.GetUtcNow();
        if (report.Schedule().IsSuperseded(occurrence, now, options.Value.MisfireThreshold))
        {
            logger.LogInformation("Report {Client}/{Report}: occurrence {Occurrence:O} was missed and a later one has come; not run", clientId, reportId, occurrence);
            return null;
        }

        var run = await runner.RunOccurrenceAsync(client, report, occurrence, RunningLease, cancellationToken);
        if (run is null)
        {
            logger.LogInformation("Report {Client}/{Report}: occurrence {Occurrence:O} already ran", clientId, reportId, occurrence);
        }
        else
        {
            logger.LogInformation("Report {Client}/{Report} for {Occurrence:O} written to {Folder}", clientId, reportId, occurrence, run.Folder);
        }

        return run;
    }

    private async Task<(ClientRecord Client, ReportDefinition Report)> LoadAsync(string clientId, string reportId, CancellationToken cancellationToken)
    {
        var client = await clients.GetAsync(clientId, cancellationToken)
            ?? throw new JobInputException($"Client '{clientId}' no longer exists.");
        IReadOnlyList<ReportDefinition> reports;
        try
        {
            reports = ReportDefinition.ParseAll(client.ClientId, client.ReportsJson);
        }
        catch (InvalidDataException ex)
        {
            throw new JobInputException(ex.Message, ex);
        }

        var report = reports.SingleOrDefault(r => r.Id == reportId)
            ?? throw new JobInputException($"Client '{clientId}' has no report '{reportId}'.");
        return (client, report);
    }
}
