using Microsoft.Extensions.Logging;

namespace Sermo.Ingest.Pipeline;

/// <summary>
/// Runs every source once, in order, each under its lease (<see cref="LeasedSourceIngest"/>). Shared by the hosted
/// <see cref="IngestWorker"/> and the CLI, and lets callers wait for the next completed cycle (the demo waits for the
/// worker to catch up before rolling up).
/// </summary>
public sealed class IngestCycle(IngestSources sources, IngestPipeline pipeline, LeasedSourceIngest leased, ILogger<IngestCycle> logger)
{
    private readonly Lock _gate = new();
    private TaskCompletionSource<IngestRunSummary> _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public event Action<IngestProgress>? Progress;

    public IngestRunSummary? Last { get; private set; }

    public Task<IngestRunSummary> NextCompletionAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return _next.Task.WaitAsync(cancellationToken);
        }
    }

    public async Task<IngestRunSummary> RunAsync(CancellationToken cancellationToken)
    {
        var total = IngestRunSummary.Empty;
        var progress = new Progress<IngestProgress>(p => Progress?.Invoke(p));
        try
        {
            var replayed = await pipeline.ReplaySearchBacklogAsync(cancellationToken);
            if (replayed > 0)
            {
                logger.LogWarning("Pushed {Entries} search backlog entries the external index had not confirmed (an earlier push failed or was interrupted)", replayed);
            }

            foreach (var source in sources.Current())
            {
                total = total.Add(await leased.RunAsync(source, progress, cancellationToken));
            }
        }
        catch (Exception ex)
        {
            Complete(tcs => tcs.TrySetException(ex));
            throw;
        }

        Last = total;
        Complete(tcs => tcs.TrySetResult(total));
        return total;
    }

    private void Complete(Action<TaskCompletionSource<IngestRunSummary>> settle)
    {
        TaskCompletionSource<IngestRunSummary> finished;
        lock (_gate)
        {
            finished = _next;
            _next = new(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        settle(finished);
    }
}
