using System.ComponentModel.DataAnnotations;

namespace Sermo.Storage;

public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary>Backend: <c>sqlite</c> (embedded default). PostgreSQL and Elasticsearch are not built yet.</summary>
    [Required]
    [RegularExpression("^sqlite$", ErrorMessage = "Storage:Provider must be 'sqlite'; the PostgreSQL and Elasticsearch backends are not built yet.")]
    public string Provider { get; set; } = "sqlite";

    [Required]
    public string ConnectionString { get; set; } = "";

    /// <summary>Posts per ingest transaction.</summary>
    [Range(1, 100_000)]
    public int BatchSize { get; set; } = 500;
}
