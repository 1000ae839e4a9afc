using System.Globalization;
using Elastic.Clients.Elasticsearch;
using Elastic.Clients.Elasticsearch.Aggregations;
using Elastic.Clients.Elasticsearch.Core.Search;
using Sermo.Storage.Search;
using HistogramBucket = Sermo.Storage.Search.HistogramBucket;
using SearchRequest = Sermo.Storage.Search.SearchRequest;

namespace Sermo.Storage.Elasticsearch;

/// <summary>
/// A <c>_search</c> response as the contract's result: hits with HTML-safe excerpts, the next cursor, and the
/// histogram and facets with the k-author rule applied by <see cref="SearchAggregates"/>, as for every backend.
/// </summary>
public static class ElasticsearchSearchResult
{
    public static SearchResult From(SearchRequest request, SearchResponse<PostHitSource> response, long seenBefore, int k)
    {
        var hits = response.Hits.Where(h => h.Source is not null).ToList();
        var total = response.HitsMetadata?.Total?.Match(t => t?.Value ?? 0, count => count) ?? hits.Count;
        var seen = seenBefore + hits.Count;
        var next = hits.Count > 0 && hits.Count == request.Size && seen < total && hits[^1].Sort is { Count: > 0 } sort
            ? new ElasticsearchCursor(sort.ToList(), seen).Encode()
            : null;
        var aggregations = response.Aggregations;
        return new SearchResult(
            total,
            hits.Select(Hit).ToList(),
            next,
            request.Aggregations ? Histogram(request, aggregations, k) : [],
            request.Aggregations ? Facets(aggregations, k) : [])
        {
            // A response without the aggregation reads as zero authors: refused, never shown.
            AuthorsUpToK = (int)Math.Min(k, aggregations?.GetCardinality(ElasticsearchSearchRequest.MatchAuthorsAggregation)?.Value ?? 0),
        };
    }

    private static SearchHit Hit(Hit<PostHitSource> hit)
    {
        var source = hit.Source!;
        var fragments = Fragments(hit, "text") ?? Fragments(hit, "text.exact");
        return new SearchHit(
            source.PostId,
            source.CreatedAt,
            source.Specialty,
            source.State,
            source.Sentiment,
            fragments is null ? ExcerptMarkup.Plain(source.Text) : ExcerptMarkup.ToHtml(string.Join(" … ", fragments)),
            hit.Score ?? 0);
    }

    private static IReadOnlyCollection<string>? Fragments(Hit<PostHitSource> hit, string field) =>
        hit.Highlight is not null && hit.Highlight.TryGetValue(field, out var fragments) && fragments.Count > 0 ? fragments : null;

    private static IReadOnlyList<HistogramBucket> Histogram(SearchRequest request, AggregateDictionary? aggregations, int k) =>
        aggregations?.GetDateHistogram(ElasticsearchSearchRequest.HistogramAggregation) is { } histogram
            ? SearchAggregates.Histogram(
                histogram.Buckets.Select(b => (
                    DateOnly.ParseExact(b.KeyAsString ?? throw new InvalidDataException("A date_histogram bucket has no key_as_string."), "yyyy-MM-dd", CultureInfo.InvariantCulture),
                    b.DocCount,
                    Authors(b.Aggregations))),
                request.Interval,
                k)
            : [];

    private static List<Facet> Facets(AggregateDictionary? aggregations, int k) =>
        SearchResult.FacetNames
            .Select(name => SearchAggregates.Facet(name, FacetRows(aggregations?.GetStringTerms(name)), k))
            .ToList();

    private static IEnumerable<AggregateRow> FacetRows(StringTermsAggregate? terms) =>
        (terms?.Buckets ?? []).Select(b =>
        {
            var key = b.Key.TryGetString(out var text) ? text! : b.Key.Value?.ToString() ?? "";
            var split = key.IndexOf(PostDocument.FacetSeparator, StringComparison.Ordinal);
            var (value, label) = split < 0 ? (key, key) : (key[..split], key[(split + 1)..]);
            return new AggregateRow(value, label, b.DocCount, Authors(b.Aggregations));
        });

    // A bucket without the sub-aggregation counts as zero authors: suppressed, never shown.
    private static long Authors(AggregateDictionary? aggregations) =>
        aggregations?.GetCardinality(ElasticsearchSearchRequest.AuthorsAggregation)?.Value ?? 0;
}
