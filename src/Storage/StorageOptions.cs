using System.ComponentModel.DataAnnotations;

namespace Sermo.Storage;

public sealed class StorageOptions : IValidatableObject
{
    public const string SectionName = "Storage";

    public const string Sqlite = "sqlite";

    public const string Postgres = "postgres";

    /// <summary>
    /// Backend of the post store, the cube, checkpoints, dead letters, clients and the report stores: <c>sqlite</c>
    /// (embedded default, one file) or <c>postgres</c> (<see cref="PostgresConnectionString"/>; several hosts share it).
    /// The search index has its own provider (Search:Provider).
    /// </summary>
    [Required]
    [RegularExpression("^(sqlite|postgres)$", ErrorMessage = "Storage:Provider must be 'sqlite' or 'postgres'.")]
    public string Provider { get; set; } = Sqlite;

    /// <summary>The SQLite file (the data folder's database; the forum and model registry stay there too).</summary>
    [Required]
    public string ConnectionString { get; set; } = "";

    /// <summary>Npgsql connection string of the store when <see cref="Provider"/> is <c>postgres</c>.</summary>
    public string? PostgresConnectionString { get; set; }

    /// <summary>Posts per ingest transaction.</summary>
    [Range(1, 100_000)]
    public int BatchSize { get; set; } = 500;

    /// <summary>
    /// WAL size, in 4 KB pages, at which a commit copies the log back into the database file (SQLite's
    /// wal_autocheckpoint). Larger means a page that consecutive batches rewrite is copied back once, not once per
    /// batch, at the cost of that much disk for the log; SQLite's default is 1,000.
    /// </summary>
    [Range(1_000, 1_000_000)]
    public int WalCheckpointPages { get; set; } = 25_000;

    public bool IsPostgres => Provider == Postgres;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (IsPostgres && string.IsNullOrWhiteSpace(PostgresConnectionString))
        {
            yield return new ValidationResult("Storage:PostgresConnectionString is required when Storage:Provider is postgres.", [nameof(PostgresConnectionString)]);
        }
    }
}
