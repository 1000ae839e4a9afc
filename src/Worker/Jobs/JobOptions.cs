namespace Sermo.Worker.Jobs;

/// <summary>Settings of the Hangfire jobs (section <c>Jobs</c>), checked at start by <see cref="JobOptionsValidation"/>.</summary>
public sealed class JobOptions
{
    public const string SectionName = "Jobs";

    /// <summary><c>ram</c> (Hangfire in memory; Sermo's report-run log keeps what must survive) or <c>postgres</c>.</summary>
    public string Store { get; set; } = JobStores.Ram;

    /// <summary>Hangfire's PostgreSQL storage, shared by every host; needed for <c>postgres</c>.</summary>
    public string? PostgresConnectionString { get; set; }

    /// <summary>This host's name among Hangfire servers; Hangfire's own (machine and process) when empty.</summary>
    public string? ServerName { get; set; }

    /// <summary>Hangfire cron (UTC) of the cube rollup and of the re-render of stale reports; every five minutes.</summary>
    public string RollupCron { get; set; } = "*/5 * * * *";

    /// <summary>Retries of a job that failed for a reason other than bad input, each after a longer wait.</summary>
    public int Retries { get; set; } = 3;

    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>The wait doubles from <see cref="FirstRetryDelay"/> up to this.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Jobs one host runs at once.</summary>
    public int WorkerCount { get; set; } = 4;

    /// <summary>How often a host looks for due schedules and retries; seconds-level crons need less than their period.</summary>
    public TimeSpan SchedulePollingInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How often a PostgreSQL host polls its queues when no notification woke it.</summary>
    public TimeSpan QueuePollInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>A report occurrence missed by more than this, and already followed by the next one, is not run: after downtime only the newest runs.</summary>
    public TimeSpan MisfireThreshold { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>On shutdown, how long running jobs may finish before they are cancelled (and queued again).</summary>
    public TimeSpan DrainTimeout { get; set; } = TimeSpan.FromSeconds(30);

    public static string Key(string property) => $"{SectionName}:{property}";
}
