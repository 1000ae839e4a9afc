using Hangfire;
using Hangfire.Common;
using Hangfire.States;
using Hangfire.Storage;
using Sermo.Analytics.Aspects;
using Sermo.Analytics.Sentiments;
using Sermo.Portal.Operations;

namespace Sermo.Worker.Jobs;

/// <summary>
/// The data team's page's view of <see cref="RetagJob"/> and <see cref="AspectRetagJob"/> runs, read from Hangfire's
/// job storage: waiting and processing, then succeeded and failed, each with the progress line the job last wrote
/// (<see cref="RetagJob.ProgressParameter"/>). Only the newest <see cref="Scanned"/> jobs of each state (and queue)
/// are looked at (rollups run far more often than re-tags).
/// </summary>
public sealed class RetagRuns(JobStorage storage) : IRetagProgress
{
    public const int Scanned = 200;

    public Task<IReadOnlyList<RetagRun>> RecentAsync(int limit, CancellationToken cancellationToken)
    {
        var monitoring = storage.GetMonitoringApi();
        var finished = monitoring.SucceededJobs(0, Scanned).Select(j => Run(j.Key, j.Value.Job, SucceededState.StateName, j.Value.SucceededAt))
            .Concat(monitoring.FailedJobs(0, Scanned).Select(j => Run(j.Key, j.Value.Job, FailedState.StateName, j.Value.FailedAt)))
            .OfType<(string, string, string, DateTime?)>()
            .OrderByDescending(j => j.Item4);
        using var connection = storage.GetConnection();
        IReadOnlyList<RetagRun> runs = [.. Active(monitoring).Concat(finished).Take(limit).Select(j => new RetagRun(j.Item1, j.Item3, j.Item4,
            connection.GetJobParameter(j.Item1, RetagJob.ProgressParameter) is { } json ? SerializationHelper.Deserialize<string>(json) : null, j.Item2))];
        return Task.FromResult(runs);
    }

    /// <summary>Re-tags waiting in any queue, scheduled for a retry, or running: (job id, task, state, since).</summary>
    /// <remarks>
    /// A queue keeps a job's id until a worker fetches it, even after the job was deleted or moved on (a verb's run
    /// cancelled while waiting); only entries still in the listed state count, or such a job would block starts for good.
    /// </remarks>
    internal static IEnumerable<(string JobId, string Task, string State, DateTime? At)> Active(IMonitoringApi monitoring) =>
        monitoring.ProcessingJobs(0, Scanned).Where(j => j.Value.InProcessingState)
            .Select(j => Run(j.Key, j.Value.Job, ProcessingState.StateName, j.Value.StartedAt))
            .Concat(monitoring.Queues().SelectMany(q => monitoring.EnqueuedJobs(q.Name, 0, Scanned)).Where(j => j.Value.InEnqueuedState)
                .Select(j => Run(j.Key, j.Value.Job, EnqueuedState.StateName, j.Value.EnqueuedAt)))
            .Concat(monitoring.ScheduledJobs(0, Scanned).Where(j => j.Value.InScheduledState)
                .Select(j => Run(j.Key, j.Value.Job, ScheduledState.StateName, j.Value.EnqueueAt)))
            .OfType<(string, string, string, DateTime?)>();

    /// <summary>Which re-tag a job is (sentiment, aspects), or null for any other job.</summary>
    internal static string? TaskOf(Job? job) =>
        job?.Type == typeof(RetagJob) ? PostSentimentModel.Task : job?.Type == typeof(AspectRetagJob) ? AspectModel.Task : null;

    private static (string, string, string, DateTime?)? Run(string jobId, Job? job, string state, DateTime? at) =>
        TaskOf(job) is { } task ? (jobId, task, state, at) : null;
}
