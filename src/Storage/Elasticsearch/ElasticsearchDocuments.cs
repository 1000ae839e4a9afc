using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Sermo.Analytics.Posts;
using Sermo.Storage.Search;

namespace Sermo.Storage.Elasticsearch;

/// <summary>One post as an Elasticsearch document (the <c>_source</c>): scrubbed text and tags, never a member id.</summary>
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
    [property: JsonPropertyName("disease_facets")] IReadOnlyList<string> DiseaseFacets)
{
    /// <summary>Facet keys carry value and label in one keyword ("eliquis|Eliquis"), so one terms aggregation gives both.</summary>
    public const char FacetSeparator = '|';

    public static PostDocument From(TaggedPost post)
    {
        var tags = PostTags.From(post);
        var utc = post.CreatedAt.ToUniversalTime();
        return new PostDocument(
            post.PostId, post.AuthorKey, utc, utc.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            post.Specialty, post.State, SearchAggregates.SentimentName((int)post.Sentiment), post.AdverseEvents.Count > 0, post.Text,
            tags.Brands, tags.Generics, tags.DiseaseCodePrefixes, tags.DiseaseNames,
            tags.Brands.Zip(tags.BrandLabels, (v, l) => v + FacetSeparator + l).ToList(),
            tags.Diseases.Zip(tags.DiseaseLabels, (v, l) => v + FacetSeparator + l).ToList());
    }

    /// <summary>Monthly indices behind the alias: <c>{alias}-yyyy.MM</c> by the post's creation month.</summary>
    public static string IndexName(string alias, DateTimeOffset createdAt) =>
        alias + "-" + createdAt.UtcDateTime.ToString("yyyy.MM", CultureInfo.InvariantCulture);
}

/// <summary>The composable index template (<c>PUT _index_template/{alias}</c>): analyzers, strict mappings, the alias.</summary>
public static class ElasticsearchIndexTemplate
{
    public static JsonObject Body(string alias) => new()
    {
        ["index_patterns"] = new JsonArray(alias + "-*"),
        ["template"] = new JsonObject
        {
            ["settings"] = new JsonObject
            {
                ["number_of_shards"] = 1,
                ["analysis"] = new JsonObject
                {
                    ["analyzer"] = new JsonObject
                    {
                        // Same shape as SQLite's "porter unicode61 remove_diacritics" and PostgreSQL's 'english'.
                        ["sermo_english"] = new JsonObject
                        {
                            ["type"] = "custom",
                            ["tokenizer"] = "standard",
                            ["filter"] = new JsonArray("lowercase", "asciifolding", "porter_stem"),
                        },
                        ["sermo_exact"] = new JsonObject
                        {
                            ["type"] = "custom",
                            ["tokenizer"] = "standard",
                            ["filter"] = new JsonArray("lowercase", "asciifolding"),
                        },
                    },
                    ["normalizer"] = new JsonObject
                    {
                        ["sermo_lowercase"] = new JsonObject { ["type"] = "custom", ["filter"] = new JsonArray("lowercase", "asciifolding") },
                    },
                },
            },
            ["mappings"] = new JsonObject
            {
                ["dynamic"] = "strict",
                ["properties"] = new JsonObject
                {
                    ["post_id"] = Keyword(),
                    ["author_key"] = Keyword(),
                    ["created_at"] = new JsonObject { ["type"] = "date" },
                    ["day"] = new JsonObject { ["type"] = "date", ["format"] = "yyyy-MM-dd" },
                    ["specialty"] = Keyword(normalized: true),
                    ["state"] = Keyword(normalized: true),
                    ["sentiment"] = Keyword(),
                    ["adverse"] = new JsonObject { ["type"] = "boolean" },
                    ["text"] = new JsonObject
                    {
                        ["type"] = "text",
                        ["analyzer"] = "sermo_english",
                        ["fields"] = new JsonObject { ["exact"] = new JsonObject { ["type"] = "text", ["analyzer"] = "sermo_exact" } },
                    },
                    ["brands"] = Keyword(),
                    ["generics"] = Keyword(),
                    ["disease_codes"] = Keyword(),
                    ["disease_names"] = Keyword(),
                    ["brand_facets"] = Keyword(),
                    ["disease_facets"] = Keyword(),
                },
            },
            ["aliases"] = new JsonObject { [alias] = new JsonObject() },
        },
    };

    private static JsonObject Keyword(bool normalized = false) =>
        normalized ? new JsonObject { ["type"] = "keyword", ["normalizer"] = "sermo_lowercase" } : new JsonObject { ["type"] = "keyword" };
}
