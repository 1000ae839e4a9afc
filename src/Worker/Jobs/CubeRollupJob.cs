using Hangfire;
using Hangfire.States;
using Microsoft.Extensions.Logging;
using Sermo.Storage.Cube;
using Sermo.Worker.Safety;

namespace Sermo.Worker.Jobs;

/// <summary>
/// Rolls newly ingested, changed and deleted posts into the heat-map cube (recurring <c>cube-rollup</c>, and after each
/// ingest), then enqueues the client alert evaluation on this host's queue (this data folder's portal tables) and queues
/// the new posts that need a safety review (<see cref="SafetyScan"/>).
/// </summary>
public sealed class CubeRollupJob(IHeatMapCube cube, SafetyScan safety, IBackgroundJobClientV2 jobs, JobQueues queues, ILogger<CubeRollupJob> logger)
{
    public const string RecurringId = "cube-rollup";

    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    public async Task<RollupOutcome> RunAsync(CancellationToken cancellationToken)
    {
        var outcome = await cube.RollupAsync(cancellationToken);
        logger.LogInformation("Cube rollup: {Days} days, {Posts} posts, {Cells} cells for {Clients} clients",
            outcome.DaysRebuilt, outcome.PostsRead, outcome.CellsWritten, outcome.ClientsRolled);
        // Alerts read only the cube, so they are queued before the scan: a failing scan retries the job, and the
        // evaluation it queues again sends nothing twice (one alert per term and day).
        jobs.Create(Hangfire.Common.Job.FromExpression<AlertJob>(j => j.EvaluateAsync(CancellationToken.None), queues.Own), new EnqueuedState(queues.Own));
        var queued = await safety.RunAsync(cancellationToken);
        logger.LogInformation("Safety scan: {Queued} posts queued for adverse-event review", queued);
        return outcome;
    }
}
