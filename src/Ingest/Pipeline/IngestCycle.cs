using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Sermo.Ingest.Pipeline;

/// <summary>
/// Runs every source once, in order, each under its lease (<see cref="LeasedSourceIngest"/>). Shared by the hosted
/// <see cref="IngestWorker"/> and the CLI, and lets callers wait for the next completed cycle (the demo waits for the
/// worker to catch up before rolling up).
/// </summary>
public sealed class IngestCycle(
    IngestSources sources, IngestPipeline pipeline, LeasedSourceIngest leased, IOptions<IngestOptions> options, TimeProvider time, ILogger<IngestCycle> logger)
{
    private readonly Lock _gate = new();
    private TaskCompletionSource<IngestRunSummary> _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public event Action<IngestProgress>? Progress;

    public IngestRunSummary? Last { get; private set; }

    /// <summary>
    /// How long a cycle keeps retrying sources another holder leases before it ends with them in
    /// <see cref="IngestRunSummary.Busy"/>. Zero for the hosted worker (its next cycle reads them); the one-shot
    /// <c>ingest</c> verb waits, because a run killed a moment ago still leases the source it was reading, and a verb
    /// that skipped it would end as if everything was ingested.
    /// </summary>
    public TimeSpan WaitForBusySources { get; set; }

    /// <summary>
    /// Set by the one-shot <c>ingest</c> verb: the hosted <see cref="IngestWorker"/> runs one cycle and stops instead of
    /// polling again. The verb's cube rollup holds the store's write lock for its whole transaction (minutes under
    /// load), so a second cycle started during it waited out the busy timeout on its lease write, failed with
    /// "database is locked" and retried every poll interval until the rollup ended (decision 067).
    /// </summary>
    public bool SingleCycle { get; set; }

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

            total = await RetryBusyAsync(total, progress, cancellationToken);
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

    /// <summary>
    /// Reads again, every quarter lease, the sources the pass found leased, until each was read or
    /// <see cref="WaitForBusySources"/> has passed; a dead holder's lease expires within one lease duration.
    /// </summary>
    private async Task<IngestRunSummary> RetryBusyAsync(IngestRunSummary total, IProgress<IngestProgress> progress, CancellationToken cancellationToken)
    {
        var busy = total.Busy;
        total = total with { Busy = [] };
        var deadline = time.GetUtcNow() + WaitForBusySources;
        var pause = options.Value.LeaseDuration / 4;
        while (busy.Count > 0 && time.GetUtcNow() + pause <= deadline)
        {
            logger.LogInformation("Waiting for {Sources}, leased by another holder", string.Join(", ", busy));
            await Task.Delay(pause, time, cancellationToken);
            var still = new List<string>();
            foreach (var source in sources.Current().Where(s => busy.Contains(s.Name, StringComparer.Ordinal)))
            {
                var summary = await leased.RunAsync(source, progress, cancellationToken);
                total = total.Add(summary with { Busy = [] });
                still.AddRange(summary.Busy);
            }

            busy = still;
        }

        return total with { Busy = busy };
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
