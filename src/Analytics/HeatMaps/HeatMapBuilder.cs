namespace Sermo.Analytics.HeatMaps;

/// <summary>
/// Turns a cube slice into a client-visible heat map and enforces privacy rule 2 (k-anonymity).
/// <para>
/// Primary suppression: a cell or row total built from fewer than k distinct authors is suppressed. A bucket with
/// no cube row counts as zero authors and is suppressed too: "0" is a small number, and showing it would tell the
/// reader that a grey neighbour is non-zero.
/// </para>
/// <para>
/// Complementary suppression (rows): a shown row total minus the shown cells equals the sum of the suppressed cells.
/// With one suppressed cell that recovers it exactly; with two small cells it still reveals a count built from
/// fewer than k authors, and a suppressed zero next to one small cell gives the small cell away. So while a row
/// with a shown total has suppressed cells whose remainder is not (a) spread over at least two non-zero cells and
/// (b) backed by a cell of at least k authors, the shown cell with the fewest mentions (earliest on ties) is
/// suppressed as well ("next-smallest"). When no shown cell is left to give up, the row total is suppressed. There is no column total, and share of voice is computed over shown cells only,
/// so columns need no complement.
/// </para>
/// <para>
/// Derived metrics never touch suppressed numbers: share of voice divides by the mentions of the shown cells
/// in the bucket, and spike baselines use only the term's shown trailing buckets.
/// </para>
/// </summary>
public static class HeatMapBuilder
{
    public const int DefaultK = 5;

    /// <summary>How many trailing buckets form a spike baseline, and how many of them must be shown.</summary>
    public const int SpikeWindow = 8;
    public const int SpikeMinimumBaseline = 4;

    /// <summary>1.4826 x MAD estimates a standard deviation for normal data.</summary>
    private const double MadToSigma = 1.4826;

    /// <summary>A flat baseline has MAD 0; one mention is the smallest deviation a count can have.</summary>
    private const double MadFloor = 1.0;

    public static HeatMap Build(CubeSlice slice, IReadOnlyList<string> terms, int k = DefaultK, string? segment = null)
    {
        ArgumentNullException.ThrowIfNull(slice);
        ArgumentNullException.ThrowIfNull(terms);
        if (k < DefaultK)
        {
            throw new ArgumentOutOfRangeException(nameof(k), k, $"k can only be raised above the default of {DefaultK}.");
        }

        if (terms.Distinct(StringComparer.Ordinal).Count() != terms.Count)
        {
            throw new ArgumentException("Watchlist terms must be distinct.", nameof(terms));
        }

        var buckets = TimeBuckets.Enumerate(slice.From, slice.To, slice.Interval);
        var bucketIndex = buckets.Select((b, i) => (b, i)).ToDictionary(x => x.b, x => x.i);
        var termIndex = terms.Select((t, i) => (t, i)).ToDictionary(x => x.t, x => x.i, StringComparer.Ordinal);

        var grid = new CubeAggregate?[terms.Count, buckets.Count];
        foreach (var cell in slice.Cells.Where(c => c.Segment == segment))
        {
            if (!termIndex.TryGetValue(cell.Term, out var t)
                || !bucketIndex.TryGetValue(TimeBuckets.BucketStart(cell.Bucket, slice.Interval), out var b))
            {
                continue;
            }

            if (grid[t, b] is not null)
            {
                throw new ArgumentException($"The slice has two cells for term '{cell.Term}' in bucket {cell.Bucket:yyyy-MM-dd}.", nameof(slice));
            }

            grid[t, b] = cell;
        }

        var totals = new CubeAggregate?[terms.Count];
        foreach (var total in slice.RowTotals.Where(c => c.Segment == segment))
        {
            if (termIndex.TryGetValue(total.Term, out var t))
            {
                totals[t] = totals[t] is null
                    ? total
                    : throw new ArgumentException($"The slice has two row totals for term '{total.Term}'.", nameof(slice));
            }
        }

        var suppressed = new bool[terms.Count, buckets.Count];
        var totalSuppressed = new bool[terms.Count];
        for (var t = 0; t < terms.Count; t++)
        {
            totalSuppressed[t] = (totals[t]?.DistinctAuthors ?? 0) < k;
            for (var b = 0; b < buckets.Count; b++)
            {
                suppressed[t, b] = (grid[t, b]?.DistinctAuthors ?? 0) < k;
            }

            if (!totalSuppressed[t])
            {
                SuppressComplement(t, k, buckets.Count, grid, suppressed, totalSuppressed);
            }
        }

        var activity = slice.Activity
            .Where(a => a.Segment == segment)
            .GroupBy(a => TimeBuckets.BucketStart(a.Bucket, slice.Interval))
            .ToDictionary(g => g.Key, g => g.Sum(a => a.ActiveMembers));

        var cells = new List<HeatMapCell>(terms.Count * buckets.Count);
        for (var t = 0; t < terms.Count; t++)
        {
            for (var b = 0; b < buckets.Count; b++)
            {
                if (suppressed[t, b])
                {
                    cells.Add(HeatMapCell.SuppressedCell(terms[t], buckets[b]));
                    continue;
                }

                var aggregate = grid[t, b]!;
                var bucketShown = ShownMentionsInBucket(b, terms.Count, grid, suppressed);
                var active = activity.GetValueOrDefault(buckets[b]);
                cells.Add(new HeatMapCell(
                    terms[t],
                    buckets[b],
                    Suppressed: false,
                    aggregate.Mentions,
                    aggregate.DistinctAuthors,
                    PerThousandActive: active > 0 ? aggregate.Mentions * 1000.0 / active : null,
                    ShareOfVoice: bucketShown > 0 ? (double)aggregate.Mentions / bucketShown : null,
                    NetSentiment(aggregate),
                    SpikeScore(t, b, grid, suppressed),
                    aggregate.AdverseEvents));
            }
        }

        var shownTotalMentions = Enumerable.Range(0, terms.Count).Where(t => !totalSuppressed[t]).Sum(t => (long)totals[t]!.Mentions);
        var rowTotals = new List<HeatMapCell>(terms.Count);
        for (var t = 0; t < terms.Count; t++)
        {
            if (totalSuppressed[t])
            {
                rowTotals.Add(HeatMapCell.SuppressedCell(terms[t], slice.From));
                continue;
            }

            var total = totals[t]!;
            rowTotals.Add(new HeatMapCell(
                terms[t],
                slice.From,
                Suppressed: false,
                total.Mentions,
                total.DistinctAuthors,
                PerThousandActive: null,
                ShareOfVoice: shownTotalMentions > 0 ? total.Mentions / (double)shownTotalMentions : null,
                NetSentiment(total),
                SpikeScore: null,
                total.AdverseEvents));
        }

        return new HeatMap(slice.ClientId, slice.Interval, slice.From, slice.To, terms.ToArray(), buckets, segment, cells, rowTotals, k);
    }

    /// <summary>Robust z-score: (x - median) / (1.4826 * max(MAD, 1)); null with fewer than 4 baseline buckets.</summary>
    public static double? RobustZScore(double value, IReadOnlyCollection<double> baseline)
    {
        if (baseline.Count < SpikeMinimumBaseline)
        {
            return null;
        }

        var median = Median(baseline);
        var mad = Median(baseline.Select(x => Math.Abs(x - median)).ToArray());
        return (value - median) / (MadToSigma * Math.Max(mad, MadFloor));
    }

    private static void SuppressComplement(int t, int k, int bucketCount, CubeAggregate?[,] grid, bool[,] suppressed, bool[] totalSuppressed)
    {
        while (true)
        {
            var suppressedCount = 0;
            var nonZeroSuppressed = 0;
            var backedByK = false;
            var smallestShown = -1;
            for (var b = 0; b < bucketCount; b++)
            {
                var mentions = grid[t, b]?.Mentions ?? 0;
                if (suppressed[t, b])
                {
                    suppressedCount++;
                    nonZeroSuppressed += mentions > 0 ? 1 : 0;
                    backedByK |= (grid[t, b]?.DistinctAuthors ?? 0) >= k;
                }
                else if (smallestShown < 0 || mentions < grid[t, smallestShown]!.Mentions)
                {
                    smallestShown = b;
                }
            }

            // Safe when the remainder (total - shown) mixes at least two non-zero cells, so it equals none of them,
            // and is backed by k authors: by a complement cell, or by the total itself when nothing is shown.
            if (suppressedCount == 0 || (nonZeroSuppressed >= 2 && (backedByK || smallestShown < 0)))
            {
                return;
            }

            if (smallestShown < 0)
            {
                totalSuppressed[t] = true;
                return;
            }

            suppressed[t, smallestShown] = true;
        }
    }

    private static long ShownMentionsInBucket(int b, int termCount, CubeAggregate?[,] grid, bool[,] suppressed)
    {
        long sum = 0;
        for (var t = 0; t < termCount; t++)
        {
            if (!suppressed[t, b])
            {
                sum += grid[t, b]!.Mentions;
            }
        }

        return sum;
    }

    private static double? SpikeScore(int t, int b, CubeAggregate?[,] grid, bool[,] suppressed)
    {
        var baseline = new List<double>(SpikeWindow);
        for (var prior = Math.Max(0, b - SpikeWindow); prior < b; prior++)
        {
            if (!suppressed[t, prior])
            {
                baseline.Add(grid[t, prior]!.Mentions);
            }
        }

        return RobustZScore(grid[t, b]!.Mentions, baseline);
    }

    private static double? NetSentiment(CubeAggregate aggregate) =>
        aggregate.Mentions > 0 ? (aggregate.Positive - aggregate.Negative) / (double)aggregate.Mentions : null;

    private static double Median(IReadOnlyCollection<double> values)
    {
        var sorted = values.Order().ToArray();
        var mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
