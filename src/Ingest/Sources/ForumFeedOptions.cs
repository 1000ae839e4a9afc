using System.ComponentModel.DataAnnotations;

namespace Sermo.Ingest.Sources;

/// <summary>Where the forum source reads the change feed: in-process (default) or from a forum deployed apart.</summary>
public sealed class ForumFeedOptions : IValidatableObject
{
    public const string SectionName = "Ingest:ForumFeed";

    /// <summary>Base address of a separately deployed forum host (its <c>/api/forum/feed</c>); unset reads the feed in-process.</summary>
    public Uri? Url { get; set; }

    /// <summary>The forum's service token (<c>Forum:Feed:Token</c> on the forum host).</summary>
    public string? Token { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Url is not null && (!Url.IsAbsoluteUri || Url.Scheme is not ("http" or "https")))
        {
            yield return new ValidationResult("Ingest:ForumFeed:Url must be an absolute http(s) address.", [nameof(Url)]);
        }

        if (Url is not null && string.IsNullOrWhiteSpace(Token))
        {
            yield return new ValidationResult("Ingest:ForumFeed:Token is required with Ingest:ForumFeed:Url.", [nameof(Token)]);
        }
    }
}
