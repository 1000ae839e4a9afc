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
    ];

    public static int Latest => Steps.Length;

    public static async Task ApplyAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var tx = await connection.BeginTransactionAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SELECT pg_advisory_xact_lock(@key)", connection, tx);
        command.Parameters.AddWithValue("key", LockKey);
        await command.ExecuteNonQueryAsync(cancellationToken);

        command.CommandText = $"CREATE TABLE IF NOT EXISTS {VersionTable} (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())";
        await command.ExecuteNonQueryAsync(cancellationToken);
        command.CommandText = $"SELECT coalesce(max(version), 0) FROM {VersionTable}";
        var applied = (int)(await command.ExecuteScalarAsync(cancellationToken))!;
        for (var version = applied + 1; version <= Steps.Length; version++)
        {
            command.CommandText = Steps[version - 1] + $"\nINSERT INTO {VersionTable} (version) VALUES ({version});";
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await tx.CommitAsync(cancellationToken);
    }
}
