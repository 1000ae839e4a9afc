using Npgsql;

namespace Sermo.Storage.Postgres;

/// <summary>
/// Ordered, append-only schema steps of the PostgreSQL store; applied versions are rows of <c>store_migrations</c>.
/// Every step and its version row commit together (PostgreSQL DDL is transactional), under a transaction-scoped
/// advisory lock, so two hosts starting at once migrate one after the other and the second finds nothing to do.
/// </summary>
internal static class PostgresMigrations
{
    /// <summary>The table tests keep when they empty the store between tests.</summary>
    public const string VersionTable = "store_migrations";

    /// <summary>Key of the advisory lock that serialises migrations ("sermo-mi").</summary>
    private const long LockKey = 0x7365726D6F2D6D69;

    private static readonly string[] Steps =
    [
        PostgresStoreSchema.Initial,
        PostgresDeadLetterRunsMigration.Step,
        ReleaseSeparationMigration.Step,
        Search.SearchRefusalMigration.PostgresStep,
        Emerging.WatchlistPromotionsMigration.PostgresStep,
        Safety.SafetyQueueMigration.Postgres,
        Mnpi.TrialDisclosureHoldsMigration.Postgres,
        Storage.Cube.CubeAspectsMigration.Step,
        Storage.Cube.CubeGenerationMigration.Step,
        Storage.Cube.CubeAspectCuesMigration.Postgres,
        Storage.Portal.PortalTablesMigration.Postgres,
    ];

    public static int Latest => Steps.Length;

    /// <summary>The version a database has just before <paramref name="step"/> is applied (tests build older databases).</summary>
    public static int Before(string step) => Array.IndexOf(Steps, step) is >= 0 and var index ? index : throw new ArgumentException("not a migration step", nameof(step));

    /// <summary>Applies the steps after the database's version, up to <paramref name="version"/> (tests build old databases).</summary>
    public static async Task ApplyAsync(NpgsqlConnection connection, CancellationToken cancellationToken, int version = int.MaxValue)
    {
        await using var tx = await connection.BeginTransactionAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SELECT pg_advisory_xact_lock(@key)", connection, tx);
        command.Parameters.AddWithValue("key", LockKey);
        await command.ExecuteNonQueryAsync(cancellationToken);

        command.CommandText = $"CREATE TABLE IF NOT EXISTS {VersionTable} (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())";
        await command.ExecuteNonQueryAsync(cancellationToken);
        command.CommandText = $"SELECT coalesce(max(version), 0) FROM {VersionTable}";
        var applied = (int)(await command.ExecuteScalarAsync(cancellationToken))!;
        for (var next = applied + 1; next <= Math.Min(version, Steps.Length); next++)
        {
            command.CommandText = Steps[next - 1] + $"\nINSERT INTO {VersionTable} (version) VALUES ({next});";
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await tx.CommitAsync(cancellationToken);
    }
}
