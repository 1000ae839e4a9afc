using Hangfire;
using Hangfire.Common;
using Hangfire.States;
using Hangfire.Storage;
using Sermo.Analytics.Aspects;
using Sermo.Analytics.Sentiments;
using Sermo.Portal.Operations;

namespace Sermo.Worker.Jobs;

/// <summary>
/// The data team's page's view of <see cref="RetagJob"/> and <see cref="AspectRetagJob"/> runs: the jobs
/// <see cref="RetagRunIndex"/> listed for each task, each with its state and the progress line it last wrote
/// (<see cref="RetagJob.ProgressParameter"/>). Only re-tags are read, never the rollups and reports around them, so a
/// run is found however many other jobs there are; an id whose job has expired from the storage is dropped from the list.
/// </summary>
public sealed class RetagRuns(JobStorage storage) : IRetagProgress
{
    private static readonly string[] Tasks = [PostSentimentModel.Task, AspectModel.Task];

    /// <summary>The states listed, active ones first, in the order the page shows them.</summary>
    private static readonly string[] States =
        [ProcessingState.StateName, EnqueuedState.StateName, ScheduledState.StateName, SucceededState.StateName, FailedState.StateName];

    /// <summary>The first <see cref="ActiveCount"/> of <see cref="States"/>: waiting, scheduled for a retry or running.</summary>
    private const int ActiveCount = 3;

    /// <summary>Where each listed state's data keeps since when the job is in it.</summary>
    private static readonly Dictionary<string, string> SinceKeys = new(StringComparer.Ordinal)
    {
        [ProcessingState.StateName] = "StartedAt",
        [EnqueuedState.StateName] = "EnqueuedAt",
        [ScheduledState.StateName] = "EnqueueAt",
        [SucceededState.StateName] = "SucceededAt",
        [FailedState.StateName] = "FailedAt",
    };

    public Task<IReadOnlyList<RetagRun>> RecentAsync(int limit, CancellationToken cancellationToken)
    {
        using var connection = storage.GetConnection();
        var runs = Tasks.SelectMany(task => Read(connection, task)).ToList();
        IReadOnlyList<RetagRun> recent = [.. runs.Where(r => r.IsActive).OrderBy(r => r.Rank).ThenByDescending(r => r.At)
            .Concat(runs.Where(r => !r.IsActive).OrderByDescending(r => r.At))
            .Take(limit)
            .Select(r => new RetagRun(r.JobId, r.State, r.At,
                connection.GetJobParameter(r.JobId, RetagJob.ProgressParameter) is { } json ? SerializationHelper.Deserialize<string>(json) : null, r.Task))];
        return Task.FromResult(recent);
    }

    /// <summary>A task's re-tags running, waiting in a queue, scheduled for a retry, succeeded or failed (other states: none).</summary>
    /// <remarks>
    /// Judged by each job's own current state: a queue keeps a job's id until a worker fetches it, even after the job
    /// was deleted (a verb's run cancelled while waiting), and such a job must not block starts for good.
    /// </remarks>
    internal static IEnumerable<IndexedRun> Read(IStorageConnection connection, string task)
    {
        ArgumentNullException.ThrowIfNull(connection);
        foreach (var jobId in connection.GetAllItemsFromSet(RetagRunIndex.SetKey(task)))
        {
            if (connection.GetJobData(jobId) is not { } job)
            {
                Forget(connection, task, jobId);
                continue;
            }

            var rank = Array.IndexOf(States, job.State);
            if (rank >= 0)
            {
                yield return new IndexedRun(jobId, task, job.State, rank, At(connection.GetStateData(jobId), job.State));
            }
        }
    }

    /// <summary>Which re-tag a job is (sentiment, aspects), or null for any other job.</summary>
    internal static string? TaskOf(Job? job) =>
        job?.Type == typeof(RetagJob) ? PostSentimentModel.Task : job?.Type == typeof(AspectRetagJob) ? AspectModel.Task : null;

    private static DateTime? At(StateData? state, string name) =>
        state?.Data is { } data && data.TryGetValue(SinceKeys[name], out var value) ? JobHelper.DeserializeNullableDateTime(value) : null;

    private static void Forget(IStorageConnection connection, string task, string jobId)
    {
        using var transaction = connection.CreateWriteTransaction();
        transaction.RemoveFromSet(RetagRunIndex.SetKey(task), jobId);
        transaction.Commit();
    }

    /// <summary>One indexed re-tag: its job id, task, state (with its rank in <see cref="States"/>) and since when it is in it.</summary>
    internal readonly record struct IndexedRun(string JobId, string Task, string State, int Rank, DateTime? At)
    {
        public bool IsActive => Rank < ActiveCount;
    }
}
