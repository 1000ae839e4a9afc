using Hangfire;
using Microsoft.Extensions.Logging;
using Sermo.Reports.Rerendering;

namespace Sermo.Worker.Jobs;

/// <summary>
/// Re-renders every stale past report (one that quoted a post deleted since, or an author who opted out) in place, on
/// the rollup schedule, so an outbox that clients download as plain files follows privacy rule 3 without a manual
/// <c>report rerender</c>. The report API does not wait for it: it re-renders a stale report itself before serving.
/// </summary>
public sealed class ClientReportRerenderJob(ReportRerenderer rerenderer, ILogger<ClientReportRerenderJob> logger)
{
    public const string RecurringId = "client-report-rerender";

    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var done = await rerenderer.RerenderStaleAsync(null, cancellationToken);
        if (done > 0)
        {
            logger.LogInformation("Re-rendered {Count} past report(s) without withdrawn excerpts", done);
        }

        return done;
    }
}
