using Hangfire.Common;
using Hangfire.States;

namespace Sermo.Worker.Jobs;

/// <summary>
/// The one retry rule of every Sermo job, in place of Hangfire's default (10 attempts): a failure is retried
/// <see cref="JobOptions.Retries"/> times, first after <see cref="JobOptions.FirstRetryDelay"/>, doubling up to
/// <see cref="JobOptions.MaxRetryDelay"/> (a crashed Chromium, a PostgreSQL restart, a locked SQLite file pass); a
/// <see cref="JobInputException"/> fails at once, since running again cannot mend the input.
/// </summary>
public sealed class JobRetryPolicy(JobOptions options) : JobFilterAttribute, IElectStateFilter
{
    /// <summary>The job parameter holding how many retries a job has had (the name Hangfire's dashboard shows).</summary>
    public const string RetryCountParameter = "RetryCount";

    public void OnStateElection(ElectStateContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.CandidateState is not FailedState failed)
        {
            return;
        }

        if (IsBadInput(failed.Exception))
        {
            failed.Reason = "Bad input: not retried";
            return;
        }

        var attempt = context.GetJobParameter<int>(RetryCountParameter, allowStale: true) + 1;
        if (attempt > options.Retries)
        {
            failed.Reason = $"Failed after {options.Retries} retries";
            return;
        }

        context.SetJobParameter(RetryCountParameter, attempt);
        var delay = DelayBefore(attempt, options);
        context.CandidateState = new ScheduledState(delay)
        {
            Reason = $"Retry {attempt} of {options.Retries} in {delay}: {TypeName(failed.Exception)}: {failed.Exception.Message}",
        };
    }

    /// <summary>The failure's own type, also when <see cref="JobFailureRedaction"/> stands a redacted copy in for it.</summary>
    private static string TypeName(Exception exception) =>
        exception is Sermo.Reports.Schedules.RedactedException redacted ? redacted.OriginalType[(redacted.OriginalType.LastIndexOf('.') + 1)..] : exception.GetType().Name;

    /// <summary>The wait before retry <paramref name="attempt"/> (1-based).</summary>
    public static TimeSpan DelayBefore(int attempt, JobOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var doubled = options.FirstRetryDelay * Math.Pow(2, Math.Min(attempt - 1, 30));
        return doubled < options.MaxRetryDelay ? doubled : options.MaxRetryDelay;
    }

    public static bool IsBadInput(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is JobInputException)
            {
                return true;
            }
        }

        return false;
    }
}
