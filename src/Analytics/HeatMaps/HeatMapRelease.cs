using Sermo.Analytics.Aspects;
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
/// <item>Each row's total is the whole period released as its own cell (<see cref="ReleaseCell.ForPeriod"/>; exact
/// period counts and distinct authors from <see cref="CubeSlice.RowTotals"/>), not the sum of shown cells, which
/// undercounts wherever cells are withheld. Its noise is <see cref="ReleaseNoise.PeriodScale"/> times wider, and so is
/// its threshold (<see cref="PeriodThreshold"/>), so an empty period shows as rarely as an empty bucket cell.</item>
/// </list>
/// Neutral mentions are not released (nothing shows them); sub-counts are capped at the released mentions. Each aspect's
/// mentions, positive and negative are sub-counts of the cell with draws of their own; an aspect under k is withheld.
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

        var periods = slice.RowTotals.ToDictionary(t => (t.Term, t.Segment));
        var released = rows.Select(row =>
        {
            var term = ReleaseCell.TermKey(row.Term);
            var cells = buckets
                .Select(b => Cell(exact.GetValueOrDefault((row.Term.Label, row.Segment, b)), ReleaseCell.For(slice.Interval, b, row.Segment, term), noise, k))
                .ToList();
            var period = ReleaseCell.ForPeriod(slice.From, slice.To, row.Segment, term);
            var total = Cell(periods.GetValueOrDefault((row.Term.Label, row.Segment)), period, noise, period.IsPeriod ? PeriodThreshold(k) : k);
            return new ReleasedRow(row.Label, row.Segment, cells, total);
        }).ToList();

        return new ReleasedSlice(slice.ClientId, slice.Interval, slice.From, slice.To, buckets, released, Activity(slice, rows, buckets, noise, k), k);
    }

    /// <summary>The released authors and mentions a period cell (a row total) needs: k scaled with its wider noise.</summary>
    public static int PeriodThreshold(int k) => (int)Math.Ceiling(k * ReleaseNoise.PeriodScale);

    private static ReleasedCell? Cell(CubeAggregate? exact, ReleaseCell key, ReleaseNoise noise, int k)
    {
        var mentions = noise.Release(key, ReleaseMetrics.Mentions, exact?.Mentions ?? 0);
        var authors = noise.Release(key, ReleaseMetrics.Authors, exact?.DistinctAuthors ?? 0);
        if (authors < k || mentions < k)
        {
            return null;
        }

        // A row total's aspects are sums of its shown cells' (HeatMapBuilder): a period cell releases none of its own.
        var aspects = key.IsPeriod ? null : Aspects(exact?.Aspects, key, noise, k, mentions);
        return new ReleasedCell(
            mentions,
            Math.Min(authors, mentions),
            Math.Min(noise.Release(key, ReleaseMetrics.Positive, exact?.Positive ?? 0), mentions),
            Math.Min(noise.Release(key, ReleaseMetrics.Negative, exact?.Negative ?? 0), mentions),
            Math.Min(noise.Release(key, ReleaseMetrics.AdverseEvents, exact?.AdverseEvents ?? 0), mentions),
            aspects,
            aspects is null ? null : Cues(exact?.Cues, aspects, key, noise, k));
    }

    /// <summary>
    /// The cues of a shown cell's shown aspects, per polarity, named by at least k released distinct authors (P1, P3;
    /// decision 048). Every cue of the aspect's closed list is released, zeros included, as for aspects: leaving out
    /// the cues nobody used would say so exactly. Capped at the aspect's released mentions; under k carries no name.
    /// </summary>
    private static List<AspectCueCount> Cues(IReadOnlyList<AspectCueCount>? exact, List<AspectCount> aspects, ReleaseCell key, ReleaseNoise noise, int k)
    {
        var released = new List<AspectCueCount>();
        foreach (var aspect in aspects)
        {
            foreach (var polarity in (ReadOnlySpan<Tagging.Sentiment>)[Tagging.Sentiment.Negative, Tagging.Sentiment.Positive])
            {
                foreach (var cue in AspectCueLexicon.CuesOf(aspect.Aspect))
                {
                    var authors = exact?.FirstOrDefault(c => c.Aspect == aspect.Aspect && c.Polarity == polarity && c.Cue == cue)?.Authors ?? 0;
                    var shown = Math.Min(noise.Release(key, ReleaseMetrics.AspectCue(aspect.Aspect, polarity, cue), authors), aspect.Mentions);
                    if (shown >= k)
                    {
                        released.Add(new AspectCueCount(aspect.Aspect, polarity, cue, shown));
                    }
                }
            }
        }

        return released;
    }

    /// <summary>
    /// Every aspect of a shown cell is released, zeros included (an aspect left out only when its true count is zero
    /// would say so exactly); an aspect whose released mentions are under k carries no number, decided on released
    /// values only. Sub-counts are capped at the released mentions they belong to.
    /// </summary>
    private static List<AspectCount> Aspects(IReadOnlyList<AspectCount>? exact, ReleaseCell key, ReleaseNoise noise, int k, int cellMentions)
    {
        var released = new List<AspectCount>();
        foreach (var aspect in Enum.GetValues<Aspect>())
        {
            var counts = exact?.FirstOrDefault(a => a.Aspect == aspect);
            var mentions = Math.Min(noise.Release(key, ReleaseMetrics.Aspect(aspect, ReleaseMetrics.Mentions), counts?.Mentions ?? 0), cellMentions);
            if (mentions < k)
            {
                continue;
            }

            released.Add(new AspectCount(
                aspect,
                mentions,
                Math.Min(noise.Release(key, ReleaseMetrics.Aspect(aspect, ReleaseMetrics.Positive), counts?.Positive ?? 0), mentions),
                Math.Min(noise.Release(key, ReleaseMetrics.Aspect(aspect, ReleaseMetrics.Negative), counts?.Negative ?? 0), mentions)));
        }

        return released;
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
