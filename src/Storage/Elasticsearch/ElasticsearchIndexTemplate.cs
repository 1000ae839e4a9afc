using Elastic.Clients.Elasticsearch;
using Elastic.Clients.Elasticsearch.Analysis;
using Elastic.Clients.Elasticsearch.IndexManagement;
using Elastic.Clients.Elasticsearch.Mapping;

namespace Sermo.Storage.Elasticsearch;

/// <summary>
/// The composable index template every monthly index <c>{alias}-yyyy.MM</c> is created from: English analysis for
/// the text, keywords for every tag and segment, strict mappings, and membership of the read alias. Monthly indices
/// let an old month be made read-only or deleted without touching the rest.
/// </summary>
public static class ElasticsearchIndexTemplate
{
    public const string EnglishAnalyzer = "sermo_english";
    public const string ExactAnalyzer = "sermo_exact";
    public const string LowercaseNormalizer = "sermo_lowercase";

    public static string IndexName(string alias, string month) => alias + "-" + month;

    public static PutIndexTemplateRequest Request(ElasticsearchOptions options) => new(options.Alias)
    {
        IndexPatterns = new[] { options.Alias + "-*" },
        Template = new IndexTemplateMapping
        {
            Settings = new IndexSettings
            {
                NumberOfShards = options.Shards,
                NumberOfReplicas = options.Replicas,
                Analysis = Analysis(),
            },
            Mappings = Mappings(),
            Aliases = new Dictionary<IndexName, Alias> { [options.Alias] = new Alias() },
        },
    };

    // Elasticsearch's English analyzer rebuilt (possessives, lower case, Porter stemming) plus ASCII folding, the
    // same shape as SQLite's "porter unicode61 remove_diacritics" and PostgreSQL's 'english' stemming. Stop words are
    // kept on purpose: "no" and "not" carry clinical meaning ("no bleeding") and phrase queries must see them.
    private static IndexSettingsAnalysis Analysis() => new()
    {
        TokenFilters = new TokenFilters
        {
            ["sermo_english_possessive"] = new StemmerTokenFilter { Language = "possessive_english" },
            ["sermo_english_stemmer"] = new StemmerTokenFilter { Language = "english" },
        },
        Analyzers = new Analyzers
        {
            [EnglishAnalyzer] = new CustomAnalyzer
            {
                Tokenizer = "standard",
                Filter = ["sermo_english_possessive", "lowercase", "asciifolding", "sermo_english_stemmer"],
            },
            // Unstemmed, for prefix queries: "metfor*" must match "metformin", whose stem would not start so.
            [ExactAnalyzer] = new CustomAnalyzer { Tokenizer = "standard", Filter = ["lowercase", "asciifolding"] },
        },
        Normalizers = new Normalizers
        {
            [LowercaseNormalizer] = new CustomNormalizer { Filter = ["lowercase", "asciifolding"] },
        },
    };

    private static TypeMapping Mappings() => new()
    {
        Dynamic = DynamicMapping.Strict,
        Properties = new Properties
        {
            ["post_id"] = new KeywordProperty(),
            ["author_key"] = new KeywordProperty(),
            ["created_at"] = new DateProperty(),
            ["day"] = new DateProperty { Format = "yyyy-MM-dd" },
            ["specialty"] = new KeywordProperty { Normalizer = LowercaseNormalizer },
            ["state"] = new KeywordProperty { Normalizer = LowercaseNormalizer },
            ["sentiment"] = new KeywordProperty(),
            ["adverse"] = new BooleanProperty(),
            ["text"] = new TextProperty
            {
                Analyzer = EnglishAnalyzer,
                Fields = new Properties { ["exact"] = new TextProperty { Analyzer = ExactAnalyzer } },
            },
            ["brands"] = new KeywordProperty(),
            ["generics"] = new KeywordProperty(),
            ["disease_codes"] = new KeywordProperty(),
            ["disease_names"] = new KeywordProperty(),
            ["brand_facets"] = new KeywordProperty(),
            ["disease_facets"] = new KeywordProperty(),
            // Per drug mention: its aspect alone and with its polarity ("efficacy", "efficacy:negative"), as aspect: matches.
            ["aspects"] = new KeywordProperty(),
        },
    };
}
