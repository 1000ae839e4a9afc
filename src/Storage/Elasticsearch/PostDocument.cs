using System.Globalization;
using System.Text.Json.Serialization;
using Sermo.Analytics.Posts;
using Sermo.Storage.Search;

namespace Sermo.Storage.Elasticsearch;

/// <summary>
/// One post as an Elasticsearch document (the <c>_source</c>): scrubbed text and tags, the author only as its keyed
/// hash (for opt-out and the k-author rule), never a member id. The field names are the index template's.
/// </summary>
public sealed record PostDocument(
    [property: JsonPropertyName("post_id")] string PostId,
    [property: JsonPropertyName("author_key")] string AuthorKey,
    [property: JsonPropertyName("created_at")] DateTimeOffset CreatedAt,
    [property: JsonPropertyName("day")] string Day,
    [property: JsonPropertyName("specialty")] string? Specialty,
    [property: JsonPropertyName("state")] string? State,
    [property: JsonPropertyName("sentiment")] string Sentiment,
    [property: JsonPropertyName("adverse")] bool Adverse,
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("brands")] IReadOnlyList<string> Brands,
    [property: JsonPropertyName("generics")] IReadOnlyList<string> Generics,
    [property: JsonPropertyName("disease_codes")] IReadOnlyList<string> DiseaseCodes,
    [property: JsonPropertyName("disease_names")] IReadOnlyList<string> DiseaseNames,
    [property: JsonPropertyName("brand_facets")] IReadOnlyList<string> BrandFacets,
    [property: JsonPropertyName("disease_facets")] IReadOnlyList<string> DiseaseFacets,
    [property: JsonPropertyName("aspects")] IReadOnlyList<string> Aspects)
{
    /// <summary>Facet keys carry value and label in one keyword ("eliquis|Eliquis"), so one terms aggregation gives both.</summary>
    public const char FacetSeparator = '|';

    /// <summary>Which monthly index this document lives in.</summary>
    [JsonIgnore]
    public string Month => CreatedAt.UtcDateTime.ToString("yyyy.MM", CultureInfo.InvariantCulture);

    public static PostDocument From(TaggedPost post)
    {
        var tags = PostTags.From(post);
        var utc = post.CreatedAt.ToUniversalTime();
        return new PostDocument(
            post.PostId, post.AuthorKey, utc, utc.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            post.Specialty, post.State, SearchAggregates.SentimentName((int)post.Sentiment), post.AdverseEvents.Count > 0, post.Text,
            tags.Brands, tags.Generics, tags.DiseaseCodePrefixes, tags.DiseaseNames,
            tags.Brands.Zip(tags.BrandLabels, (v, l) => v + FacetSeparator + l).ToList(),
            tags.Diseases.Zip(tags.DiseaseLabels, (v, l) => v + FacetSeparator + l).ToList(),
            tags.Aspects);
    }
}
