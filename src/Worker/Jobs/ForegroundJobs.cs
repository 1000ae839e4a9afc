using System.Linq.Expressions;
using Hangfire;
using Hangfire.Common;
using Hangfire.States;
using Hangfire.Storage;

namespace Sermo.Worker.Jobs;

/// <summary>
/// How a verb (<c>demo</c>, <c>ingest</c>, <c>report</c>, <c>models retag</c>) runs its work: it enqueues the same job
/// a schedule would, on this process's own queue (so this host runs it, against its own data folder, retries
/// included), and waits for the outcome Hangfire stores: the job's return value, or why it failed.
/// </summary>
public sealed class ForegroundJobs(JobStorage storage, IBackgroundJobClientV2 client, JobQueues queues)
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(100);

    /// <summary>Enqueues <paramref name="call"/> and returns its result once it succeeded.</summary>
    /// <param name="progress">Called with the job's <see cref="RetagJob.ProgressParameter"/> each time it changes.</param>
    /// <exception cref="JobFailedException">The job failed after its retries, or was deleted.</exception>
    public Task<TResult> RunAsync<TJob, TResult>(
        Expression<Func<TJob, Task>> call, CancellationToken cancellationToken, Action<string>? progress = null) =>
        WaitAsync<TResult>(Enqueue(call), cancellationToken, progress);

    /// <summary>Puts <paramref name="call"/> on this process's queue; returns the job id.</summary>
    public string Enqueue<TJob>(Expression<Func<TJob, Task>> call) => client.Create(Job.FromExpression(call, queues.Own), new EnqueuedState(queues.Own));

    /// <summary>Waits for a job to succeed (its result) or end failed (<see cref="JobFailedException"/>).</summary>
    public async Task<TResult> WaitAsync<TResult>(string jobId, CancellationToken cancellationToken, Action<string>? progress = null)
    {
        try
        {
            return await PollAsync<TResult>(jobId, progress, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // Nobody waits any more: a job not yet run must not run later, one running is told to stop.
            client.Delete(jobId);
            throw;
        }
    }

    private async Task<TResult> PollAsync<TResult>(string jobId, Action<string>? progress, CancellationToken cancellationToken)
    {
        string? reported = null;
        while (true)
        {
            using (var connection = storage.GetConnection())
            {
                if (progress is not null && connection.GetJobParameter(jobId, RetagJob.ProgressParameter) is { } json
                    && SerializationHelper.Deserialize<string>(json) is { } text && text != reported)
                {
                    progress(text);
                    reported = text;
                }

                var state = connection.GetStateData(jobId);
                if (state?.Name == SucceededState.StateName)
                {
                    return Result<TResult>(jobId, state);
                }

                if (state?.Name == FailedState.StateName)
                {
                    throw Failure(jobId, state);
                }

                if (state?.Name == DeletedState.StateName)
                {
                    throw new JobFailedException(jobId, $"job {jobId} was deleted before it finished", badInput: false);
                }
            }

            await Task.Delay(PollInterval, cancellationToken);
        }
    }

    private static TResult Result<TResult>(string jobId, StateData state) =>
        state.Data.TryGetValue("Result", out var json) && SerializationHelper.Deserialize<TResult>(json, SerializationOption.User) is { } result
            ? result
            : throw new JobFailedException(jobId, $"job {jobId} succeeded without a result", badInput: false);

    private static JobFailedException Failure(string jobId, StateData state)
    {
        var type = state.Data.TryGetValue("ExceptionType", out var t) ? t : "";
        var message = state.Data.TryGetValue("ExceptionMessage", out var m) ? m : state.Reason ?? "failed";
        var badInput = type.EndsWith(nameof(JobInputException), StringComparison.Ordinal);
        return new JobFailedException(jobId, message, badInput);
    }
}
