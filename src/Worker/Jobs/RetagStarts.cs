using Hangfire;
using Hangfire.Common;
using Hangfire.States;
using Microsoft.Extensions.Logging;
using Sermo.Analytics.Aspects;
using Sermo.Analytics.Sentiments;
using Sermo.Portal.Operations;

namespace Sermo.Worker.Jobs;

/// <summary>
/// Starts a re-tag from the data team's page: the job <c>models retag</c> runs (a day range) or the on-demand
/// <c>sentiment-retag</c> / <c>aspect-retag</c> runs (every stored post), on the shared queue, so whichever host runs the
/// schedules runs it. A start while a re-tag of the same task is waiting, scheduled for a retry or running is refused
/// with that job's id: two runs would re-tag the same posts twice (the jobs' <c>DisableConcurrentExecution</c> would
/// only make the second wait).
/// </summary>
public sealed class RetagStarts(JobStorage storage, IBackgroundJobClientV2 client, ILogger<RetagStarts> logger) : IRetagStarter
{
    // The look and the enqueue are one step in this process; two hosts starting in the same instant both queue, and the
    // jobs' DisableConcurrentExecution then runs them one after the other (the second resumes at the first's checkpoint).
    private readonly Lock _gate = new();

    public Task<RetagStart> StartAsync(string task, DateOnly? from, DateOnly? to, string actor, CancellationToken cancellationToken)
    {
        if (task is not (PostSentimentModel.Task or AspectModel.Task))
        {
            throw new ArgumentException($"unknown re-tag task '{task}' (sentiment or aspects)", nameof(task));
        }

        if (from is null != to is null)
        {
            throw new ArgumentException("give both days or neither", nameof(to));
        }

        lock (_gate)
        {
            using var connection = storage.GetConnection();
            if (RetagRuns.Read(connection, task).FirstOrDefault(r => r.IsActive) is { JobId: not null } running)
            {
                return Task.FromResult(new RetagStart(false, running.JobId,
                    $"{(task == AspectModel.Task ? "an" : "a")} {task} re-tag is already {running.State.ToLowerInvariant()} (job {running.JobId}); start another when it has finished"));
            }

            var jobId = client.Create(NewJob(task, from, to), new EnqueuedState(JobQueues.Shared));
            var range = from is { } first && to is { } last ? $"{first:yyyy-MM-dd}..{last:yyyy-MM-dd}" : "every stored post";
            logger.LogInformation("Portal {Account}: {Task} re-tag of {Range} queued as job {JobId}", actor, task, range, jobId);
            return Task.FromResult(new RetagStart(true, jobId, $"{task} re-tag of {range} queued as job {jobId}"));
        }
    }

    private static Job NewJob(string task, DateOnly? from, DateOnly? to)
    {
        if (from is { } first && to is { } last)
        {
            var (f, l) = (JobArguments.Day(first), JobArguments.Day(last));
            return task == AspectModel.Task
                ? Hangfire.Common.Job.FromExpression<AspectRetagJob>(j => j.RunAsync(f, l, null, CancellationToken.None), JobQueues.Shared)
                : Hangfire.Common.Job.FromExpression<RetagJob>(j => j.RunAsync(f, l, null, CancellationToken.None), JobQueues.Shared);
        }

        return task == AspectModel.Task
            ? Hangfire.Common.Job.FromExpression<AspectRetagJob>(j => j.RunAllAsync(null, CancellationToken.None), JobQueues.Shared)
            : Hangfire.Common.Job.FromExpression<RetagJob>(j => j.RunAllAsync(null, CancellationToken.None), JobQueues.Shared);
    }
}
