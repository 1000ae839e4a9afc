namespace Sermo.Analytics.HeatMaps;

/// <summary>
/// Turns released counts into a client-visible heat map. It reads only a <see cref="ReleasedSlice"/> (noisy counts of
/// whole calendar cells, suppressed ones without numbers), so every metric it derives is post-processing of what the
/// cells already publish and adds no information (docs/privacy.md, rule P4; decision 013):
/// <list type="bullet">
/// <item>row totals are the period's own released cell (<see cref="ReleasedRow.Total"/>: noised and thresholded like
/// every cell, so a total minus its shown cells gives withheld cells only with the total's noise on them); a suppressed
/// period cell is a suppressed total;</item>
/// <item>share of voice divides by the mentions of the shown cells of the same bucket and segment, per 1,000 by the
/// released active members, net sentiment is (positive - negative) / mentions of the released counts, per aspect
/// from the aspect's released counts;</item>
/// <item>spike baselines use only the row's shown trailing buckets.</item>
/// </list>
/// Suppressed cells carry no numbers, so no renderer can show one by mistake.
/// </summary>
public static class HeatMapBuilder
{
    public const int DefaultK = HeatMapRelease.DefaultK;

    /// <summary>How many trailing buckets form a spike baseline, and how many of them must be shown.</summary>
    public const int SpikeWindow = 8;
    public const int SpikeMinimumBaseline = 4;

    /// <summary>1.4826 x MAD estimates a standard deviation for normal data.</summary>
    private const double MadToSigma = 1.4826;

    /// <summary>A flat baseline has MAD 0; one mention is the smallest deviation a count can have.</summary>
    private const double MadFloor = 1.0;

    public static HeatMap Build(ReleasedSlice released)
    {
        ArgumentNullException.ThrowIfNull(released);
        var rows = released.Rows;
        var buckets = released.Buckets;
        if (rows.Any(r => r.Cells.Count != buckets.Count))
        {
            throw new ArgumentException("Every released row has one cell per bucket.", nameof(released));
        }

        var activity = released.Activity.ToDictionary(a => (a.Segment, a.Bucket), a => a.ActiveMembers);
        var cells = new List<HeatMapCell>(rows.Count * buckets.Count);
        for (var t = 0; t < rows.Count; t++)
        {
            for (var b = 0; b < buckets.Count; b++)
            {
                if (rows[t].Cells[b] is not { } cell)
                {
                    cells.Add(HeatMapCell.SuppressedCell(rows[t].Label, buckets[b]));
                    continue;
                }

                var bucketShown = rows.Where(r => r.Segment == rows[t].Segment).Sum(r => (long)(r.Cells[b]?.Mentions ?? 0));
                var active = activity.GetValueOrDefault((rows[t].Segment, buckets[b]));
                cells.Add(new HeatMapCell(
                    rows[t].Label,
                    buckets[b],
                    Suppressed: false,
                    cell.Mentions,
                    cell.DistinctAuthors,
                    PerThousandActive: active > 0 ? cell.Mentions * 1000.0 / active : null,
                    ShareOfVoice: bucketShown > 0 ? (double)cell.Mentions / bucketShown : null,
                    NetSentiment(cell.Positive, cell.Negative, cell.Mentions),
                    SpikeScore(rows[t], b),
                    cell.AdverseEvents,
                    AspectSentiments(cell.Aspects ?? []),
                    cell.Cues));
            }
        }

        var totals = rows.Select(r => Total(r)).ToList();
        var rowTotals = new List<HeatMapCell>(rows.Count);
        for (var t = 0; t < rows.Count; t++)
        {
            if (totals[t] is not { } total)
            {
                rowTotals.Add(HeatMapCell.SuppressedCell(rows[t].Label, released.From));
                continue;
            }

            var shownInSegment = Enumerable.Range(0, rows.Count).Where(o => rows[o].Segment == rows[t].Segment).Sum(o => totals[o]?.Mentions ?? 0);
            rowTotals.Add(new HeatMapCell(
                rows[t].Label,
                released.From,
                Suppressed: false,
                (int)total.Mentions,
                total.DistinctAuthors,
                PerThousandActive: null,
                ShareOfVoice: shownInSegment > 0 ? total.Mentions / (double)shownInSegment : null,
                NetSentiment(total.Positive, total.Negative, total.Mentions),
                SpikeScore: null,
                (int)total.AdverseEvents,
                AspectSentiments(AspectTotals(rows[t]))));
        }

        var segments = rows.Select(r => r.Segment).Distinct().ToList();
        return new HeatMap(released.ClientId, released.Interval, released.From, released.To, rows.Select(r => r.Label).ToArray(), buckets,
            segments.Count == 1 ? segments[0] : null, cells, rowTotals, released.K);
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

    /// <summary>The row's released period cell; null when it is suppressed.</summary>
    private static (long Mentions, int DistinctAuthors, long Positive, long Negative, long AdverseEvents)? Total(ReleasedRow row) =>
        row.Total is { } total ? (total.Mentions, total.DistinctAuthors, total.Positive, total.Negative, total.AdverseEvents) : null;

    /// <summary>Per aspect, the sums of the row's shown cells that show it; an aspect no shown cell shows is left out.</summary>
    private static List<AspectCount> AspectTotals(ReleasedRow row) =>
        row.Cells.OfType<ReleasedCell>()
            .SelectMany(c => c.Aspects ?? [])
            .GroupBy(a => a.Aspect)
            .OrderBy(g => g.Key)
            .Select(g => new AspectCount(g.Key, g.Sum(a => a.Mentions), g.Sum(a => a.Positive), g.Sum(a => a.Negative)))
            .ToList();

    private static AspectSentiment[] AspectSentiments(IEnumerable<AspectCount> released) =>
        released
            .Where(a => a.Mentions > 0)
            .Select(a => new AspectSentiment(a.Aspect, a.Mentions, a.Positive, a.Negative, NetSentiment(a.Positive, a.Negative, a.Mentions)!.Value))
            .ToArray();

    private static double? SpikeScore(ReleasedRow row, int b)
    {
        var baseline = new List<double>(SpikeWindow);
        for (var prior = Math.Max(0, b - SpikeWindow); prior < b; prior++)
        {
            if (row.Cells[prior] is { } shown)
            {
                baseline.Add(shown.Mentions);
            }
        }

        return RobustZScore(row.Cells[b]!.Mentions, baseline);
    }

    /// <summary>(positive - negative) / mentions, kept in [-1, 1]: the released sub-counts each carry their own noise.</summary>
    private static double? NetSentiment(long positive, long negative, long mentions) =>
        mentions > 0 ? Math.Clamp((positive - negative) / (double)mentions, -1, 1) : null;

    private static double Median(IReadOnlyCollection<double> values)
    {
        var sorted = values.Order().ToArray();
        var mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
