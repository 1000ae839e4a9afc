using Microsoft.Extensions.Options;
using Sermo.Reports.Schedules;

namespace Sermo.Worker.Jobs;

/// <summary>Checks the job settings at start; each failure is one line naming its key.</summary>
internal sealed class JobOptionsValidation : IValidateOptions<JobOptions>
{
    public ValidateOptionsResult Validate(string? name, JobOptions options)
    {
        var failures = Failures(options).ToList();
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static IEnumerable<string> Failures(JobOptions o)
    {
        if (!JobStores.Is(o, JobStores.Ram) && !JobStores.Is(o, JobStores.Postgres))
        {
            yield return $"{Key(nameof(o.Store))} is '{o.Store}'; use '{JobStores.Ram}' or '{JobStores.Postgres}'";
        }
        else if (JobStores.IsPersistent(o) && string.IsNullOrWhiteSpace(o.PostgresConnectionString))
        {
            yield return $"{Key(nameof(o.PostgresConnectionString))} is required when {Key(nameof(o.Store))} is '{JobStores.Postgres}'";
        }

        string? cronError = null;
        try
        {
            CronText.ToHangfire(o.RollupCron ?? "", out _);
        }
        catch (CronSyntaxException ex)
        {
            cronError = $"{Key(nameof(o.RollupCron))}: {ex.Message}";
        }

        if (cronError is not null)
        {
            yield return cronError;
        }

        if (o.Retries is < 0 or > 20)
        {
            yield return $"{Key(nameof(o.Retries))} is {o.Retries}; use 0 to 20";
        }

        if (o.FirstRetryDelay <= TimeSpan.Zero || o.MaxRetryDelay < o.FirstRetryDelay)
        {
            yield return $"{Key(nameof(o.FirstRetryDelay))} ({o.FirstRetryDelay}) must be positive and at most {Key(nameof(o.MaxRetryDelay))} ({o.MaxRetryDelay})";
        }

        if (o.WorkerCount is < 1 or > 64)
        {
            yield return $"{Key(nameof(o.WorkerCount))} is {o.WorkerCount}; use 1 to 64";
        }

        if (o.SchedulePollingInterval < TimeSpan.FromMilliseconds(100))
        {
            yield return $"{Key(nameof(o.SchedulePollingInterval))} is {o.SchedulePollingInterval}; use at least 00:00:00.1";
        }

        if (o.QueuePollInterval < TimeSpan.FromMilliseconds(50))
        {
            yield return $"{Key(nameof(o.QueuePollInterval))} is {o.QueuePollInterval}; use at least 00:00:00.05";
        }

        if (o.MisfireThreshold < TimeSpan.Zero || o.DrainTimeout < TimeSpan.Zero)
        {
            yield return $"{Key(nameof(o.MisfireThreshold))} and {Key(nameof(o.DrainTimeout))} cannot be negative";
        }
    }

    private static string Key(string property) => JobOptions.Key(property);
}
