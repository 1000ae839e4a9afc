using System.ComponentModel.DataAnnotations;
using Sermo.Storage.Elasticsearch;

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

    /// <summary>
    /// Searches whose match summaries (total, histogram, facets, leading hits) the SQLite backend keeps until the next
    /// commit to the store, least recently used out first; 0 turns the cache off (decision 061).
    /// </summary>
    [Range(0, 10_000)]
    public int CacheEntries { get; set; } = 128;

    /// <summary>
    /// The SQLite backend keeps the columns a search ranks and aggregates in memory, about 25 bytes a post, for posts
    /// whose row id is at most this (decision 076): the bound on that memory. A store with higher row ids, or 0, leaves
    /// every search to read them from SQLite.
    /// </summary>
    [Range(0, 100_000_000)]
    public int ColumnRows { get; set; } = 10_000_000;

    /// <summary>Npgsql connection string; required when Provider is postgres.</summary>
    public string? PostgresConnectionString { get; set; }

    /// <summary><c>Search:Elasticsearch:*</c>; validated only when Provider is elasticsearch.</summary>
    public ElasticsearchOptions Elasticsearch { get; set; } = new();

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Provider == "postgres" && string.IsNullOrWhiteSpace(PostgresConnectionString))
        {
            yield return new ValidationResult("Search:PostgresConnectionString is required when Search:Provider is postgres.", [nameof(PostgresConnectionString)]);
        }

        if (Provider == "elasticsearch")
        {
            // Data annotations do not descend into nested options: validate the Elasticsearch section here.
            var failures = new List<ValidationResult>();
            Validator.TryValidateObject(Elasticsearch, new ValidationContext(Elasticsearch), failures, validateAllProperties: true);
            foreach (var failure in failures)
            {
                yield return failure;
            }
        }
    }
}
