using System.Globalization;
using Sermo.Analytics.HeatMaps;
using Sermo.Analytics.Query;

namespace Sermo.Storage.Search;

/// <summary>A raw aggregation cell as a backend counts it, before k-suppression.</summary>
public sealed record AggregateRow(string Value, string Label, long Posts, long Authors);

/// <summary>
/// Turns backend counts into the contract's histogram and facets, applying the k-author rule (docs/privacy.md, P7) the
/// same way for every backend (SQLite, PostgreSQL, Elasticsearch): this is the one place the rule lives.
/// <para>
/// A bucket or facet value built from fewer than k distinct authors is suppressed. The answer also carries the hit
/// total, and the histogram buckets and sentiment values each split every hit once, so total minus the shown ones is
/// the sum of the hidden ones: with one hidden cell that gives it back. So, as for heat-map rows before decision 013,
/// while the hidden cells of such a partition are not (a) at least two non-zero cells and (b) backed by a cell of at
/// least k authors, the shown non-zero cell with the fewest posts is hidden too (<see cref="Complement"/>). Facets that
/// do not split the hits (brand, disease: several or none per post; specialty: absent on some posts) need no complement.
/// </para>
/// </summary>
public static class SearchAggregates
{
    public const int FacetSize = 20;

    /// <summary>
    /// Most buckets one histogram may have (about 13 years of days, a century of weeks). Buckets run from the first to
    /// the last hit with the gaps filled, so one post dated far from the others (year 1) once made 105,703 weekly buckets
    /// and a 6.5 MB answer; ingest now refuses such dates, and this bound holds for whatever an index already holds.
    /// </summary>
    public const int MaxHistogramBuckets = 5_000;

    /// <summary>Facets whose values split every hit exactly once, so the hit total is their sum.</summary>
    private static readonly string[] PartitionFacets = ["sentiment"];

    /// <summary>Every bucket from the first to the last (gaps as zero); a bucket under k authors is suppressed, with its complement.</summary>
    public static IReadOnlyList<HistogramBucket> Histogram(IEnumerable<(DateOnly Bucket, long Posts, long Authors)> rows, BucketInterval interval, int k)
    {
        var byBucket = rows.ToDictionary(r => TimeBuckets.BucketStart(r.Bucket, interval));
        if (byBucket.Count == 0)
        {
            return [];
        }

        EnsureHistogramFits(byBucket.Keys.Min(), byBucket.Keys.Max(), interval);
        var buckets = TimeBuckets.Enumerate(byBucket.Keys.Min(), byBucket.Keys.Max(), interval);
        var cells = buckets.Select(b => byBucket.TryGetValue(b, out var row) ? (row.Posts, row.Authors) : (0L, 0L)).ToList();
        var hidden = Complement(cells, k);
        return buckets.Select((bucket, i) => hidden[i] ? new HistogramBucket(bucket, null, true) : new HistogramBucket(bucket, cells[i].Item1, false)).ToList();
    }

    public static Facet Facet(string name, IEnumerable<AggregateRow> rows, int k)
    {
        var all = rows.ToList();
        var hidden = PartitionFacets.Contains(name, StringComparer.Ordinal)
            ? Complement(all.Select(r => (r.Posts, r.Authors)).ToList(), k)
            : all.Select(r => r.Authors < k).ToArray();
        var shown = all.Where((_, i) => !hidden[i])
            .OrderByDescending(r => r.Posts).ThenBy(r => r.Value, StringComparer.Ordinal)
            .Take(FacetSize)
            .Select(r => new FacetValue(r.Value, r.Label, r.Posts))
            .ToList();
        return new Facet(name, shown, hidden.Count(h => h));
    }

    /// <summary>
    /// Which cells of a partition of the hit total to hide: non-zero cells under k authors, then, while the hidden
    /// remainder could be read as one small cell, the shown non-zero cell with the fewest posts (earliest on ties).
    /// Zero cells stay shown: nobody wrote there, and a zero adds nothing to the remainder.
    /// </summary>
    public static bool[] Complement(IReadOnlyList<(long Posts, long Authors)> cells, int k)
    {
        ArgumentNullException.ThrowIfNull(cells);
        var hidden = cells.Select(c => c.Posts > 0 && c.Authors < k).ToArray();
        while (true)
        {
            var hiddenNonZero = 0;
            var backedByK = false;
            var smallestShown = -1;
            for (var i = 0; i < cells.Count; i++)
            {
                if (hidden[i])
                {
                    hiddenNonZero++;
                    backedByK |= cells[i].Authors >= k;
                }
                else if (cells[i].Posts > 0 && (smallestShown < 0 || cells[i].Posts < cells[smallestShown].Posts))
                {
                    smallestShown = i;
                }
            }

            if (hiddenNonZero == 0 || (hiddenNonZero >= 2 && backedByK) || smallestShown < 0)
            {
                return hidden;
            }

            hidden[smallestShown] = true;
        }
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

    /// <summary>The next page's cursor; none when this page was the last, or held no hits (size 0 pages never advance).</summary>
    public static string? NextCursor(int offset, int size, long total) =>
        size > 0 && (long)offset + size < total ? (offset + size).ToString(CultureInfo.InvariantCulture) : null;

    /// <exception cref="QueryRefusedException">The histogram from <paramref name="first"/> to <paramref name="last"/> would have more than <see cref="MaxHistogramBuckets"/> buckets.</exception>
    public static void EnsureHistogramFits(DateOnly first, DateOnly last, BucketInterval interval)
    {
        var days = last.DayNumber - first.DayNumber;
        long buckets = interval switch
        {
            BucketInterval.Day => days + 1L,
            BucketInterval.Week => (days / 7) + 2L,
            _ => ((last.Year - first.Year) * 12L) + last.Month - first.Month + 1,
        };
        if (buckets > MaxHistogramBuckets)
        {
            var name = interval.ToString().ToLowerInvariant();
            throw new QueryRefusedException(string.Create(CultureInfo.InvariantCulture,
                $"The {name} histogram of this query would have about {buckets:N0} buckets (hits from {first:yyyy-MM-dd} to {last:yyyy-MM-dd}); the limit is {MaxHistogramBuckets:N0}: narrow it with from/to (or date:FROM..TO) or use a coarser interval."));
        }
    }

    public static void Validate(SearchRequest request)
    {
        if (request.Size is < 0 or > SearchRequest.MaxSize)
        {
            throw new ArgumentOutOfRangeException(nameof(request), request.Size, $"Size must be 0..{SearchRequest.MaxSize}.");
        }
    }
}
