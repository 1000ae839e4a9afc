using System.ComponentModel.DataAnnotations;

namespace Sermo.Storage.Search;

public sealed class SearchOptions : IValidatableObject
{
    public const string SectionName = "Search";

    /// <summary><c>sqlite</c> (default: the post store's own FTS5 index), <c>postgres</c> or <c>elasticsearch</c>.</summary>
    [Required]
    [RegularExpression("^(sqlite|postgres|elasticsearch)$", ErrorMessage = "Search:Provider must be sqlite, postgres or elasticsearch.")]
    public string Provider { get; set; } = "sqlite";

    /// <summary>Facet and histogram cells built from fewer distinct authors are suppressed, with their complement (docs/privacy.md, P7).</summary>
    [Range(1, 1000)]
    public int K { get; set; } = 5;

    /// <summary>Npgsql connection string; required when Provider is postgres.</summary>
    public string? PostgresConnectionString { get; set; }

    /// <summary>Base address of the Elasticsearch REST API; required when Provider is elasticsearch.</summary>
    public Uri? ElasticsearchUrl { get; set; }

    /// <summary>The alias the monthly indices (<c>{alias}-yyyy.MM</c>) sit behind.</summary>
    [RegularExpression("^[a-z0-9][a-z0-9_-]*$")]
    public string ElasticsearchAlias { get; set; } = "sermo-posts";

    /// <summary>Documents per <c>_bulk</c> request.</summary>
    [Range(1, 10_000)]
    public int ElasticsearchBulkSize { get; set; } = 1_000;

    /// <summary>How often rejected (429) bulk items are retried before the batch fails.</summary>
    [Range(0, 10)]
    public int ElasticsearchBulkRetries { get; set; } = 3;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Provider == "postgres" && string.IsNullOrWhiteSpace(PostgresConnectionString))
        {
            yield return new ValidationResult("Search:PostgresConnectionString is required when Search:Provider is postgres.", [nameof(PostgresConnectionString)]);
        }

        if (Provider == "elasticsearch" && ElasticsearchUrl is null)
        {
            yield return new ValidationResult("Search:ElasticsearchUrl is required when Search:Provider is elasticsearch.", [nameof(ElasticsearchUrl)]);
        }
    }
}
