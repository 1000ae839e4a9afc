using System.Globalization;
using Sermo.Analytics.HeatMaps;
using Sermo.Analytics.Query;

namespace Sermo.Storage.Search;

/// <summary>A raw aggregation cell as a backend counts it, before k-suppression.</summary>
public sealed record AggregateRow(string Value, string Label, long Posts, long Authors);

/// <summary>Turns backend counts into the contract's histogram and facets, applying the k-author rule the same way everywhere.</summary>
public static class SearchAggregates
{
    public const int FacetSize = 20;

    /// <summary>Every bucket from the first to the last (gaps as zero); a bucket under k authors is suppressed.</summary>
    public static IReadOnlyList<HistogramBucket> Histogram(IEnumerable<(DateOnly Bucket, long Posts, long Authors)> rows, BucketInterval interval, int k)
    {
        var byBucket = rows.ToDictionary(r => TimeBuckets.BucketStart(r.Bucket, interval));
        if (byBucket.Count == 0)
        {
            return [];
        }

        return TimeBuckets.Enumerate(byBucket.Keys.Min(), byBucket.Keys.Max(), interval)
            .Select(bucket => !byBucket.TryGetValue(bucket, out var row) || row.Posts == 0 ? new HistogramBucket(bucket, 0, false)
                : row.Authors < k ? new HistogramBucket(bucket, null, true)
                : new HistogramBucket(bucket, row.Posts, false))
            .ToList();
    }

    public static Facet Facet(string name, IEnumerable<AggregateRow> rows, int k)
    {
        var all = rows.ToList();
        var shown = all.Where(r => r.Authors >= k)
            .OrderByDescending(r => r.Posts).ThenBy(r => r.Value, StringComparer.Ordinal)
            .Take(FacetSize)
            .Select(r => new FacetValue(r.Value, r.Label, r.Posts))
            .ToList();
        return new Facet(name, shown, all.Count(r => r.Authors < k));
    }

    public static string SentimentName(int value) => value switch
    {
        > 0 => "positive",
        < 0 => "negative",
        _ => "neutral",
    };

    /// <summary>The query with the request's own date bounds folded in as a <c>date:</c> filter.</summary>
    public static QueryNode EffectiveQuery(SearchRequest request) =>
        request.From is null && request.To is null ? request.Query
            : new AndNode(request.Query, new DateRangeNode(request.From, request.To));

    public static int Offset(string? cursor) =>
        cursor is null ? 0
        : int.TryParse(cursor, NumberStyles.None, CultureInfo.InvariantCulture, out var offset) ? offset
        : throw new ArgumentException($"'{cursor}' is not a cursor this index returned.", nameof(cursor));

    public static string? NextCursor(int offset, int size, long total) =>
        offset + size < total ? (offset + size).ToString(CultureInfo.InvariantCulture) : null;

    public static void Validate(SearchRequest request)
    {
        if (request.Size is < 0 or > SearchRequest.MaxSize)
        {
            throw new ArgumentOutOfRangeException(nameof(request), request.Size, $"Size must be 0..{SearchRequest.MaxSize}.");
        }
    }
}
