using Elastic.Clients.Elasticsearch;
using Elastic.Clients.Elasticsearch.Aggregations;
using Elastic.Clients.Elasticsearch.Core.Search;
using Sermo.Analytics.HeatMaps;
using Sermo.Analytics.Query;
using Sermo.Storage.Search;
using EsSearchRequest = Elastic.Clients.Elasticsearch.SearchRequest;
using SearchRequest = Sermo.Storage.Search.SearchRequest;

namespace Sermo.Storage.Elasticsearch;

/// <summary>
/// The typed <c>_search</c> request for one analyst search: the translated query on the read alias, exact total,
/// sort with tie-breakers (for <c>search_after</c>), highlighting with the excerpt sentinels, and the histogram and
/// facets as aggregations, each bucket with a <c>cardinality</c> of authors for the k rule.
/// </summary>
public static class ElasticsearchSearchRequest
{
    /// <summary>Facet values fetched before k-suppression and the top-20 cut; more distinct values than this are cut by count.</summary>
    public const int FacetBuckets = 1_000;

    public const string AuthorsAggregation = "authors";

    /// <summary>Distinct authors of the whole match, for the singling-out check (P12); requested on every search, never shown.</summary>
    public const string MatchAuthorsAggregation = "match_authors";
    public const string HistogramAggregation = "histogram";

    public static readonly IReadOnlyDictionary<string, string> FacetFields = new Dictionary<string, string>
    {
        ["brand"] = "brand_facets",
        ["disease"] = "disease_facets",
        ["specialty"] = "specialty",
        ["sentiment"] = "sentiment",
    };

    public static EsSearchRequest Build(SearchRequest request, ElasticsearchCursor? cursor, string alias, int k)
    {
        var query = SearchAggregates.EffectiveQuery(request);
        var ranked = request.Sort == SearchSort.Relevance && QueryText.PositiveLeaves(query).Count > 0;
        return new EsSearchRequest(alias)
        {
            Query = ElasticsearchQueryTranslator.Translate(query),
            Size = request.Size,
            TrackTotalHits = new TrackHits(true),
            Source = new SourceConfig(new SourceFilter { Includes = PostHitSource.Fields }),
            // Monthly indices each hold their own term statistics; a first round over all of them makes scores
            // comparable across months (bm25 would otherwise rank a post higher for living in a small month).
            SearchType = ranked ? SearchType.DfsQueryThenFetch : null,
            Sort = ranked
                ? [new SortOptions { Score = new ScoreSort { Order = SortOrder.Desc } }, Newest("created_at"), Newest("post_id")]
                : [Newest("created_at"), Newest("post_id")],
            SearchAfter = cursor?.After.ToList(),
            Highlight = new Highlight
            {
                PreTags = [ExcerptMarkup.Open],
                PostTags = [ExcerptMarkup.Close],
                // text for words and phrases; text.exact for prefixes, which query the unstemmed sub-field.
                Fields = new Dictionary<Field, HighlightField>
                {
                    ["text"] = new HighlightField { FragmentSize = 160, NumberOfFragments = 2 },
                    ["text.exact"] = new HighlightField { FragmentSize = 160, NumberOfFragments = 2 },
                },
            },
            Aggregations = request.Aggregations ? Aggregations(request.Interval, k) : MatchAuthors(k),
        };
    }

    private static SortOptions Newest(string field) => new() { Field = new FieldSort(field) { Order = SortOrder.Desc } };

    private static Dictionary<string, Aggregation> MatchAuthors(int k) => new()
    {
        [MatchAuthorsAggregation] = Cardinality(k),
    };

    private static Dictionary<string, Aggregation> Aggregations(BucketInterval interval, int k)
    {
        var aggregations = new Dictionary<string, Aggregation>
        {
            [MatchAuthorsAggregation] = Cardinality(k),
            [HistogramAggregation] = new()
            {
                DateHistogram = new DateHistogramAggregation
                {
                    Field = "day",
                    CalendarInterval = interval switch
                    {
                        BucketInterval.Day => CalendarInterval.Day,
                        BucketInterval.Week => CalendarInterval.Week, // ISO weeks: Monday, as TimeBuckets
                        _ => CalendarInterval.Month,
                    },
                    Format = "yyyy-MM-dd",
                },
                Aggregations = Authors(k),
            },
        };
        foreach (var (name, field) in FacetFields)
        {
            aggregations[name] = new Aggregation { Terms = new TermsAggregation { Field = field, Size = FacetBuckets }, Aggregations = Authors(k) };
        }

        return aggregations;
    }

    /// <summary>
    /// Distinct authors per bucket. Below precision_threshold the count is a set of 64-bit hashes: exact but for hash
    /// collisions, which can only merge authors and so err toward suppression. The threshold stays well above k, so a
    /// bucket counted approximately is one far past k.
    /// </summary>
    private static Dictionary<string, Aggregation> Authors(int k) => new()
    {
        [AuthorsAggregation] = Cardinality(k),
    };

    private static Aggregation Cardinality(int k) =>
        new() { Cardinality = new CardinalityAggregation { Field = "author_key", PrecisionThreshold = Math.Max(100, 2 * k) } };
}
