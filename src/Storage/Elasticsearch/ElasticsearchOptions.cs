using System.ComponentModel.DataAnnotations;

namespace Sermo.Storage.Elasticsearch;

/// <summary>
/// <c>Search:Elasticsearch:*</c>: where the cluster is, how to authenticate, how the monthly indices are laid out and
/// how hard ingest may push. Validated on start (through <see cref="Search.SearchOptions"/>) when the provider is
/// elasticsearch.
/// </summary>
public sealed class ElasticsearchOptions : IValidatableObject
{
    public const string SectionName = "Search:Elasticsearch";

    /// <summary>Base address of one node or a load balancer in front of the cluster (http or https).</summary>
    public Uri? Url { get; set; }

    /// <summary>API key (the base64 "encoded" value Elasticsearch returns); or use Username and Password.</summary>
    public string? ApiKey { get; set; }

    public string? Username { get; set; }

    public string? Password { get; set; }

    /// <summary>SHA-256 fingerprint of the cluster's CA or node certificate, for self-signed TLS (Elasticsearch's default install).</summary>
    public string? CertificateFingerprint { get; set; }

    /// <summary>The read alias the monthly indices (<c>{alias}-yyyy.MM</c>) sit behind; also the index template's name.</summary>
    [RegularExpression("^[a-z0-9][a-z0-9_-]*$", ErrorMessage = "Search:Elasticsearch:Alias must be lower-case letters, digits, '-' or '_'.")]
    public string Alias { get; set; } = "sermo-posts";

    /// <summary>Primary shards of each monthly index.</summary>
    [Range(1, 1024, ErrorMessage = "Search:Elasticsearch:Shards must be 1..1024.")]
    public int Shards { get; set; } = 1;

    /// <summary>Replicas of each monthly index (0 on a single-node cluster keeps its health green).</summary>
    [Range(0, 16, ErrorMessage = "Search:Elasticsearch:Replicas must be 0..16.")]
    public int Replicas { get; set; } = 1;

    /// <summary>Posts per <c>_bulk</c> request.</summary>
    [Range(1, 10_000, ErrorMessage = "Search:Elasticsearch:BulkSize must be 1..10000.")]
    public int BulkSize { get; set; } = 1_000;

    /// <summary>Bulk requests in flight at once; ingest waits for a slot (backpressure).</summary>
    [Range(1, 16, ErrorMessage = "Search:Elasticsearch:MaxBulksInFlight must be 1..16.")]
    public int MaxBulksInFlight { get; set; } = 2;

    /// <summary>How often posts rejected with 429 are sent again before the push fails (and the backlog replays it).</summary>
    [Range(0, 10, ErrorMessage = "Search:Elasticsearch:BulkRetries must be 0..10.")]
    public int BulkRetries { get; set; } = 3;

    /// <summary>Pause before each retry of rejected posts (the bulk helper needs it above zero).</summary>
    public TimeSpan BulkRetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Time limit of one request to the cluster.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Url is null)
        {
            yield return new ValidationResult("Search:Elasticsearch:Url is required when Search:Provider is elasticsearch.", [nameof(Url)]);
        }
        else if (!Url.IsAbsoluteUri || Url.Scheme is not ("http" or "https"))
        {
            yield return new ValidationResult($"Search:Elasticsearch:Url must be an absolute http or https address, not '{Url}'.", [nameof(Url)]);
        }

        if (ApiKey is not null && (Username is not null || Password is not null))
        {
            yield return new ValidationResult("Search:Elasticsearch: set ApiKey or Username/Password, not both.", [nameof(ApiKey)]);
        }

        if ((Username is null) != (Password is null))
        {
            yield return new ValidationResult("Search:Elasticsearch:Username and Search:Elasticsearch:Password go together.", [nameof(Username)]);
        }

        if (BulkRetryDelay < TimeSpan.FromMilliseconds(1) || BulkRetryDelay > TimeSpan.FromMinutes(1))
        {
            yield return new ValidationResult("Search:Elasticsearch:BulkRetryDelay must be 00:00:00.001..00:01:00.", [nameof(BulkRetryDelay)]);
        }

        if (RequestTimeout <= TimeSpan.Zero || RequestTimeout > TimeSpan.FromMinutes(10))
        {
            yield return new ValidationResult("Search:Elasticsearch:RequestTimeout must be more than zero and at most 00:10:00.", [nameof(RequestTimeout)]);
        }
    }
}
