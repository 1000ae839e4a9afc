using System.Globalization;
using Microsoft.Extensions.Logging;
using Quartz;
using Sermo.Reports.Outbox;
using Sermo.Reports.Schedules;
using Sermo.Storage.Clients;

namespace Sermo.Worker.Jobs;

/// <summary>
/// Runs one client's report. One job per (client, report); Quartz never runs two of the same at once.
/// The job data may carry <c>asOf</c> (yyyy-MM-dd) to report on a past period; otherwise the period ends today.
/// Every attempt, failed or not, lands in the report run history (the runner records it); a failure is rethrown so
/// the trigger's retry policy (see <see cref="ReportScheduleRegistrar"/>) fires it again.
/// </summary>
[DisallowConcurrentExecution]
public sealed class ClientReportJob(IClientRegistry clients, ClientReportRunner runner, TimeProvider time, ILogger<ClientReportJob> logger) : IJob
{
    public const string Group = "client-reports";
    public const string AsOfKey = "asOf";

    public static JobKey KeyFor(string clientId, string reportId) => new($"{clientId}/{reportId}", Group);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var (clientId, reportId) = Split(context.JobDetail.Key);
        var client = await clients.GetAsync(clientId, cancellationToken)
            ?? throw new JobExecutionException($"Client '{clientId}' no longer exists.");
        var report = ReportDefinition.ParseAll(client.ClientId, client.ReportsJson).SingleOrDefault(r => r.Id == reportId)
            ?? throw new JobExecutionException($"Client '{clientId}' has no report '{reportId}'.");

        var asOf = context.MergedJobDataMap.TryGetString(AsOfKey, out var text) && text is not null
            ? DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture)
            : DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);

        ReportRun run = await runner.RunAsync(client, report, asOf, cancellationToken);
        logger.LogInformation("Report {Client}/{Report} written to {Folder} (retry attempt {Attempt})", clientId, reportId, run.Folder, context.RetryAttempt);
        context.Result = run;
    }

    private static (string ClientId, string ReportId) Split(JobKey key)
    {
        var slash = key.Name.IndexOf('/', StringComparison.Ordinal);
        return (key.Name[..slash], key.Name[(slash + 1)..]);
    }
}
