using Microsoft.Extensions.Logging;
using Quartz;
using Sermo.Storage.Cube;

namespace Sermo.Worker.Jobs;

/// <summary>Rolls newly ingested, changed and deleted posts into the heat-map cube.</summary>
[DisallowConcurrentExecution]
public sealed class CubeRollupJob(IHeatMapCube cube, ILogger<CubeRollupJob> logger) : IJob
{
    public static readonly JobKey Key = new("cube-rollup", "sermo");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var outcome = await cube.RollupAsync(cancellationToken);
        logger.LogInformation("Cube rollup: {Days} days, {Posts} posts, {Cells} cells for {Clients} clients",
            outcome.DaysRebuilt, outcome.PostsRead, outcome.CellsWritten, outcome.ClientsRolled);
        context.Result = outcome;
    }
}
