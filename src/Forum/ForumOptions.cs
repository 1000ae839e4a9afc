using System.ComponentModel.DataAnnotations;

namespace Sermo.Forum;

public sealed class ForumOptions : IValidatableObject
{
    public const string SectionName = "Forum";

    /// <summary>
    /// Backend of the forum's tables: <c>sqlite</c> or <c>postgres</c>. Unset, it follows <c>Storage:Provider</c>, so the
    /// forum moves to PostgreSQL with the rest of the store.
    /// </summary>
    [RegularExpression("^(sqlite|postgres)$", ErrorMessage = "Forum:Provider must be 'sqlite' or 'postgres'.")]
    public string? Provider { get; set; }

    /// <summary>SQLite connection string of the forum's database (the data folder's sermo.db under the Worker).</summary>
    public string ConnectionString { get; set; } = "";

    /// <summary>PostgreSQL connection string, for <c>Provider=postgres</c>; unset, <c>Storage:PostgresConnectionString</c>'s.</summary>
    public string? PostgresConnectionString { get; set; }

    /// <summary>Failed sign-ins in a row after which an account is locked for <see cref="LockoutDuration"/>.</summary>
    [Range(1, 100)]
    public int MaxFailedSignIns { get; set; } = 5;

    [Range(typeof(TimeSpan), "00:00:01", "30.00:00:00")]
    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(15);

    public bool UsesPostgres => string.Equals(Provider, "postgres", StringComparison.Ordinal);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (UsesPostgres && string.IsNullOrWhiteSpace(PostgresConnectionString))
        {
            yield return new ValidationResult("Forum:PostgresConnectionString is required when the forum runs on PostgreSQL.", [nameof(PostgresConnectionString)]);
        }
        else if (!UsesPostgres && string.IsNullOrWhiteSpace(ConnectionString))
        {
            yield return new ValidationResult("Forum:ConnectionString (the SQLite database) is required.", [nameof(ConnectionString)]);
        }
    }
}
