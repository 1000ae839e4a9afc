using Hangfire;
using Hangfire.States;
using Microsoft.Extensions.Logging;
using Sermo.Storage.Cube;

namespace Sermo.Worker.Jobs;

/// <summary>
/// Rolls newly ingested, changed and deleted posts into the heat-map cube (recurring <c>cube-rollup</c>, and after each
/// ingest), then enqueues the client alert evaluation on this host's queue (this data folder's portal tables).
/// </summary>
public sealed class CubeRollupJob(IHeatMapCube cube, IBackgroundJobClientV2 jobs, JobQueues queues, ILogger<CubeRollupJob> logger)
{
    public const string RecurringId = "cube-rollup";

    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    public async Task<RollupOutcome> RunAsync(CancellationToken cancellationToken)
    {
        var outcome = await cube.RollupAsync(cancellationToken);
        logger.LogInformation("Cube rollup: {Days} days, {Posts} posts, {Cells} cells for {Clients} clients",
            outcome.DaysRebuilt, outcome.PostsRead, outcome.CellsWritten, outcome.ClientsRolled);
        jobs.Create(Hangfire.Common.Job.FromExpression<AlertJob>(j => j.EvaluateAsync(CancellationToken.None), queues.Own), new EnqueuedState(queues.Own));
        return outcome;
    }
}
