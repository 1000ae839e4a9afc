using Sermo.Analytics.Disclosure;

namespace Sermo.Analytics.HeatMaps;

/// <summary>
/// The one place exact cube counts become numbers a client may see (docs/privacy.md, rules P2 and P3; decision 013).
/// <list type="number">
/// <item>Only whole calendar buckets are released: a slice cut mid-week or mid-month is refused, because a ragged cell
/// would be a new cell with a fresh draw for every cut.</item>
/// <item>Every base count of a cell (mentions, distinct authors, positive, negative, adverse events) and every activity
/// count is published through <see cref="ReleaseNoise"/>: the same cell gives the same number in every report, format
/// and window. A bucket without a cube row is a true zero and is released like any other count.</item>
/// <item>A cell whose released distinct authors or mentions are under k is suppressed and carries no number at all;
/// the decision reads released values only, so it tells nothing the numbers would not.</item>
/// </list>
/// Neutral mentions are not released (nothing shows them); sub-counts are capped at the released mentions.
/// </summary>
public static class HeatMapRelease
{
    public const int DefaultK = 5;

    public static ReleasedSlice Release(CubeSlice slice, IReadOnlyList<HeatMapRow> rows, ReleaseNoise noise, int k = DefaultK)
    {
        ArgumentNullException.ThrowIfNull(slice);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(noise);
        if (k < DefaultK)
        {
            throw new ArgumentOutOfRangeException(nameof(k), k, $"k can only be raised above the default of {DefaultK}.");
        }

        if (rows.Select(r => r.Label).Distinct(StringComparer.Ordinal).Count() != rows.Count)
        {
            throw new ArgumentException("Heat-map rows must have distinct labels.", nameof(rows));
        }

        if (TimeBuckets.BucketStart(slice.From, slice.Interval) != slice.From || TimeBuckets.BucketEnd(slice.To, slice.Interval) != slice.To)
        {
            throw new ArgumentException(
                $"Counts are released for whole {slice.Interval.ToString().ToLowerInvariant()}s only; {slice.From:yyyy-MM-dd}..{slice.To:yyyy-MM-dd} cuts one.", nameof(slice));
        }

        var buckets = TimeBuckets.Enumerate(slice.From, slice.To, slice.Interval);
        var exact = new Dictionary<(string Term, string? Segment, DateOnly Bucket), CubeAggregate>();
        foreach (var cell in slice.Cells)
        {
            if (!exact.TryAdd((cell.Term, cell.Segment, TimeBuckets.BucketStart(cell.Bucket, slice.Interval)), cell))
            {
                throw new ArgumentException($"The slice has two cells for term '{cell.Term}' in bucket {cell.Bucket:yyyy-MM-dd}.", nameof(slice));
            }
        }

        var released = rows.Select(row =>
        {
            var term = ReleaseCell.TermKey(row.Term);
            var cells = buckets
                .Select(b => Cell(exact.GetValueOrDefault((row.Term.Label, row.Segment, b)), ReleaseCell.For(slice.Interval, b, row.Segment, term), noise, k))
                .ToList();
            return new ReleasedRow(row.Label, row.Segment, cells);
        }).ToList();

        return new ReleasedSlice(slice.ClientId, slice.Interval, slice.From, slice.To, buckets, released, Activity(slice, rows, buckets, noise, k), k);
    }

    private static ReleasedCell? Cell(CubeAggregate? exact, ReleaseCell key, ReleaseNoise noise, int k)
    {
        var mentions = noise.Release(key, ReleaseMetrics.Mentions, exact?.Mentions ?? 0);
        var authors = noise.Release(key, ReleaseMetrics.Authors, exact?.DistinctAuthors ?? 0);
        if (authors < k || mentions < k)
        {
            return null;
        }

        return new ReleasedCell(
            mentions,
            Math.Min(authors, mentions),
            Math.Min(noise.Release(key, ReleaseMetrics.Positive, exact?.Positive ?? 0), mentions),
            Math.Min(noise.Release(key, ReleaseMetrics.Negative, exact?.Negative ?? 0), mentions),
            Math.Min(noise.Release(key, ReleaseMetrics.AdverseEvents, exact?.AdverseEvents ?? 0), mentions));
    }

    /// <summary>Active members of each row segment per bucket, released like a count and left out when under k.</summary>
    private static List<SegmentActivity> Activity(CubeSlice slice, IReadOnlyList<HeatMapRow> rows, IReadOnlyList<DateOnly> buckets, ReleaseNoise noise, int k)
    {
        var exact = slice.Activity
            .GroupBy(a => (a.Segment, Bucket: TimeBuckets.BucketStart(a.Bucket, slice.Interval)))
            .ToDictionary(g => g.Key, g => g.Sum(a => (long)a.ActiveMembers));
        var activity = new List<SegmentActivity>();
        foreach (var segment in rows.Select(r => r.Segment).Distinct())
        {
            foreach (var bucket in buckets)
            {
                var members = noise.Release(ReleaseCell.For(slice.Interval, bucket, segment, ""), ReleaseMetrics.ActiveMembers, exact.GetValueOrDefault((segment, bucket)));
                if (members >= k)
                {
                    activity.Add(new SegmentActivity(bucket, segment, members));
                }
            }
        }

        return activity;
    }
}
