using Hangfire;
using Hangfire.States;
using Microsoft.Extensions.Logging;
using Sermo.Portal.Alerts;

namespace Sermo.Worker.Jobs;

/// <summary>
/// Client alerts on Hangfire: <see cref="EvaluateAsync"/> runs after each cube rollup (the rollup job enqueues it) and
/// enqueues one <see cref="DeliverAsync"/> per new delivery. A failed delivery throws, so <see cref="JobRetryPolicy"/>
/// retries it with doubling waits; every attempt is on the client's delivery log.
/// </summary>
public sealed class AlertJob(AlertEvaluator evaluator, AlertSender sender, IBackgroundJobClientV2 jobs, JobQueues queues, ILogger<AlertJob> logger)
{
    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    public async Task<int> EvaluateAsync(CancellationToken cancellationToken)
    {
        var deliveries = await evaluator.EvaluateAsync(cancellationToken);
        foreach (var delivery in deliveries)
        {
            jobs.Create(Hangfire.Common.Job.FromExpression<AlertJob>(j => j.DeliverAsync(delivery, CancellationToken.None), queues.Own), new EnqueuedState(queues.Own));
        }

        logger.LogInformation("Alerts evaluated: {Deliveries} deliveries enqueued", deliveries.Count);
        return deliveries.Count;
    }

    public Task<bool> DeliverAsync(long deliveryId, CancellationToken cancellationToken) => sender.SendAsync(deliveryId, cancellationToken);
}
