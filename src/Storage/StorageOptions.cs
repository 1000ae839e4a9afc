using System.ComponentModel.DataAnnotations;

namespace Sermo.Storage;

public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary>
    /// Backend of the post store and the cube: <c>sqlite</c> (embedded default), the only one built so far.
    /// The search index has its own provider (Search:Provider) and can run on PostgreSQL or Elasticsearch.
    /// </summary>
    [Required]
    [RegularExpression("^sqlite$", ErrorMessage = "Storage:Provider must be 'sqlite': the post store and cube run on SQLite only so far (the search index can use PostgreSQL or Elasticsearch through Search:Provider).")]
    public string Provider { get; set; } = "sqlite";

    [Required]
    public string ConnectionString { get; set; } = "";

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
}
