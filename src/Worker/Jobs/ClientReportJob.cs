using System.Globalization;
using Hangfire;
using Hangfire.Server;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Sermo.Analytics.HeatMaps;
using Sermo.Reports.Outbox;
using Sermo.Reports.Rendering;
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
    /// with the last bucket that has ended and settled. A day in a bucket still open is refused, naming the bucket and
    /// the latest day allowed (docs/privacy.md P13): released once now and again when it settles, the bucket's numbers
    /// would say whether posts came in between. <see cref="RunInternalAsync"/> is the operator's way to look anyway.
    /// </summary>
    [DisableConcurrentExecution("client-report:{0}/{1}", 600)]
    public async Task<ReportRun> RunNowAsync(string clientId, string reportId, string? asOf, CancellationToken cancellationToken)
    {
        var (client, report) = await LoadAsync(clientId, reportId, cancellationToken);
        var now = time.GetUtcNow();
        var settled = TimeBuckets.LastSettledDay(now, report.Interval);
        var day = asOf is null ? settled : JobArguments.ParseDay(asOf);
        if (day > settled)
        {
            throw new JobInputException(OpenBucketRefusal(report, day, settled));
        }

        var run = await runner.RunAsync(client, report, day, cancellationToken);
        logger.LogInformation("Report {Client}/{Report} written", clientId, ReportLogName.For(reportId));
        return run;
    }

    /// <summary>
    /// An internal run (<c>report --as-of DAY --allow-open-bucket</c>): any day, open bucket or not, written outside the
    /// outbox and marked "internal — not for release" (<see cref="ClientReportRunner.RunInternalAsync"/>).
    /// </summary>
    [DisableConcurrentExecution("client-report:{0}/{1}", 600)]
    public async Task<ReportRun> RunInternalAsync(string clientId, string reportId, string asOf, CancellationToken cancellationToken)
    {
        var (client, report) = await LoadAsync(clientId, reportId, cancellationToken);
        var run = await runner.RunInternalAsync(client, report, JobArguments.ParseDay(asOf), cancellationToken);
        logger.LogInformation("Internal report {Client}/{Report} (not for release) written", clientId, ReportLogName.For(reportId));
        return run;
    }

    /// <summary>What an operator reads when a manual run's day falls in a bucket that has not ended and settled.</summary>
    public static string OpenBucketRefusal(ReportDefinition report, DateOnly day, DateOnly lastSettled)
    {
        ArgumentNullException.ThrowIfNull(report);
        var interval = report.Interval.ToString().ToLowerInvariant();
        var (from, to) = (TimeBuckets.BucketStart(day, report.Interval), TimeBuckets.BucketEnd(day, report.Interval));
        var opens = to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) + TimeBuckets.SettleTime;
        return string.Create(CultureInfo.InvariantCulture,
            $"--as-of {day:yyyy-MM-dd} falls in the open {interval} {from:yyyy-MM-dd}..{to:yyyy-MM-dd} of report '{report.Id}', which is released only after it has ended and settled ({opens:yyyy-MM-dd HH:mm} UTC; docs/privacy.md P13). The latest day allowed now is {lastSettled:yyyy-MM-dd}. For a look inside the open bucket that no client receives, add --allow-open-bucket (written to internal-reports/, marked \"{ReportContent.InternalMark}\").");
    }

    private async Task<ReportRun?> RunOccurrenceAsync(string clientId, string reportId, DateTimeOffset occurrence, CancellationToken cancellationToken)
    {
        var (client, report) = await LoadAsync(clientId, reportId, cancellationToken);
        var now = time.GetUtcNow();
        if (report.Schedule().IsSuperseded(occurrence, now, options.Value.MisfireThreshold))
        {
            logger.LogInformation("Report {Client}/{Report}: occurrence {Occurrence:O} was missed and a later one has come; not run", clientId, ReportLogName.For(reportId), occurrence);
            return null;
        }

        var run = await runner.RunOccurrenceAsync(client, report, occurrence, RunningLease, cancellationToken);
        if (run is null)
        {
            logger.LogInformation("Report {Client}/{Report}: occurrence {Occurrence:O} already ran", clientId, ReportLogName.For(reportId), occurrence);
        }
        else
        {
            logger.LogInformation("Report {Client}/{Report} for {Occurrence:O} written", clientId, ReportLogName.For(reportId), occurrence);
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
