using System.Collections.Concurrent;
using Quartz;

namespace Sermo.Worker.Jobs;

/// <summary>
/// Lets a caller trigger a Quartz job now and await its result, through Quartz itself (so the job keeps its
/// concurrency rule and listeners) rather than by calling the job class directly.
/// </summary>
public sealed class JobRuns : IJobListener
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource<object?>> _waiting = new();

    public string Name => "sermo-job-runs";

    public async Task<object?> RunNowAsync(IScheduler scheduler, JobKey key, JobDataMap? data, CancellationToken cancellationToken)
    {
        var fireId = Guid.NewGuid().ToString("N");
        var completion = new TaskCompletionSource<object?>(TaskCreationOptions.RunContinuationsAsynchronously);
        _waiting[fireId] = completion;
        var map = data ?? new JobDataMap();
        map[FireIdKey] = fireId;
        try
        {
            await scheduler.TriggerJob(key, map, cancellationToken);
            return await completion.Task.WaitAsync(cancellationToken);
        }
        finally
        {
            _waiting.TryRemove(fireId, out _);
        }
    }

    public ValueTask JobExecutionVetoed(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        Settle(context, c => c.TrySetException(new InvalidOperationException($"Job {context.JobDetail.Key} was vetoed.")));

    public ValueTask JobWasExecuted(IJobExecutionContext context, JobExecutionException? jobException, CancellationToken cancellationToken = default) =>
        Settle(context, c =>
        {
            if (jobException is not null)
            {
                c.TrySetException(jobException.InnerException ?? jobException);
            }
            else
            {
                c.TrySetResult(context.Result);
            }
        });

    private const string FireIdKey = "sermo.fireId";

    private ValueTask Settle(IJobExecutionContext context, Action<TaskCompletionSource<object?>> settle)
    {
        if (context.MergedJobDataMap.TryGetString(FireIdKey, out var fireId) && fireId is not null && _waiting.TryGetValue(fireId, out var completion))
        {
            settle(completion);
        }

        return ValueTask.CompletedTask;
    }
}
