using Hangfire;
using Hangfire.Common;
using Hangfire.States;
using Sermo.Portal.Operations;

namespace Sermo.Worker.Jobs;

/// <summary>
/// The data team's page's view of <see cref="RetagJob"/> runs, read from Hangfire's job storage: processing, then
/// succeeded and failed, each with the progress line the job last wrote (<see cref="RetagJob.ProgressParameter"/>).
/// Only the newest <see cref="Scanned"/> jobs of each state are looked at (rollups run far more often than re-tags).
/// </summary>
public sealed class RetagRuns(JobStorage storage) : IRetagProgress
{
    public const int Scanned = 200;

    public Task<IReadOnlyList<RetagRun>> RecentAsync(int limit, CancellationToken cancellationToken)
    {
        var monitoring = storage.GetMonitoringApi();
        var running = monitoring.ProcessingJobs(0, Scanned).Where(j => IsRetag(j.Value.Job)).Select(j => (j.Key, ProcessingState.StateName, j.Value.StartedAt));
        var finished = monitoring.SucceededJobs(0, Scanned).Where(j => IsRetag(j.Value.Job)).Select(j => (j.Key, SucceededState.StateName, j.Value.SucceededAt))
            .Concat(monitoring.FailedJobs(0, Scanned).Where(j => IsRetag(j.Value.Job)).Select(j => (j.Key, FailedState.StateName, j.Value.FailedAt)))
            .OrderByDescending(j => j.Item3);
        using var connection = storage.GetConnection();
        IReadOnlyList<RetagRun> runs = [.. running.Concat(finished).Take(limit).Select(j => new RetagRun(j.Key, j.Item2, j.Item3,
            connection.GetJobParameter(j.Key, RetagJob.ProgressParameter) is { } json ? SerializationHelper.Deserialize<string>(json) : null))];
        return Task.FromResult(runs);
    }

    private static bool IsRetag(Job? job) => job?.Type == typeof(RetagJob);
}
