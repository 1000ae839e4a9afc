using Hangfire;
using Hangfire.InMemory;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;

namespace Sermo.Worker.Jobs;

/// <summary>
/// Hangfire's storage as <c>Jobs:Store</c> picks it. <c>ram</c>, the embedded default: Hangfire in memory, with what
/// must outlive the process (report history, each occurrence's run, since when a schedule exists) in the SQLite
/// report-run log (decision 008). <c>postgres</c>: Hangfire.PostgreSql, one schema shared by every host, which creates
/// its tables if missing. A job enqueued in a process wakes that process's workers at once; other hosts find it at
/// their next poll (<c>Jobs:QueuePollInterval</c>). Hangfire.PostgreSql's LISTEN/NOTIFY long polling stays off: it
/// opens a connection per fetch and waits on a thread-pool task, and stalled workers here under load.
/// </summary>
public static class JobStores
{
    public const string Ram = "ram";
    public const string Postgres = "postgres";

    /// <summary>The schema Hangfire's tables live in.</summary>
    public const string PostgresSchema = "hangfire";

    public static bool IsPersistent(JobOptions options) => Is(options, Postgres);

    public static bool Is(JobOptions options, string store) => string.Equals(options.Store, store, StringComparison.OrdinalIgnoreCase);

    public static JobStorage Create(JobOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!IsPersistent(options))
        {
            return new InMemoryStorage(new InMemoryStorageOptions());
        }

        var postgres = new PostgreSqlStorageOptions
        {
            SchemaName = PostgresSchema,
            PrepareSchemaIfNecessary = true,
            EnableLongPolling = false,
            QueuePollInterval = options.QueuePollInterval,
            // A job keeps its claim while its host lives, however long it runs; a dead host's job is taken over after this.
            UseSlidingInvisibilityTimeout = true,
            InvisibilityTimeout = TimeSpan.FromMinutes(5),
            // Fail at once with the database's error rather than retrying for minutes at start.
            StartupConnectionMaxRetries = 0,
        };
        return new PostgreSqlStorage(new NpgsqlConnectionFactory(options.PostgresConnectionString!, postgres), postgres);
    }
}
