using Sermo.Analytics.HeatMaps;

namespace Sermo.Reports.Rendering;

/// <summary>A spike: a shown cell well above the term's own trailing baseline.</summary>
public sealed record Spike(string Term, DateOnly Bucket, int Mentions, double SpikeScore);

/// <summary>A term whose net sentiment in its latest shown bucket moved away from its earlier shown buckets.</summary>
/// <param name="Why">The aspect that moved furthest the same way, with its counts; null when no shown aspect did.</param>
public sealed record SentimentSwing(string Term, DateOnly Bucket, double Latest, double Baseline, AspectShift? Why = null)
{
    public double Change => Latest - Baseline;
}

/// <summary>
/// Adverse-event mentions of one term: over the period (null when the row total is suppressed) and in the latest
/// bucket with any shown cell (null when this term's cell there is suppressed).
/// </summary>
public sealed record AdverseEventCount(string Term, int? Period, int? LatestBucket);

/// <summary>
/// The "what changed" part of a report, computed from shown cells only: a suppressed cell never becomes a spike,
/// a baseline or a count, so highlights cannot reveal what the heat map hides.
/// </summary>
/// <param name="LatestShownBucket">The last bucket with any shown cell: the current, unfinished bucket is usually all grey.</param>
public sealed record ReportHighlights(
    IReadOnlyList<Spike> Spikes,
    IReadOnlyList<SentimentSwing> SentimentSwings,
    IReadOnlyList<AdverseEventCount> AdverseEvents,
    DateOnly? LatestShownBucket)
{
    public const int MaxRows = 5;

    /// <summary>A robust z of 2 is the usual "unusual" line; below it a spike is noise.</summary>
    public const double MinSpikeScore = 2.0;

    /// <summary>A swing under 0.10 of net sentiment (one post in ten changing side) is not worth a VP's attention.</summary>
    public const double MinSentimentSwing = 0.10;

    private const int SwingBaselineBuckets = 8;

    public static ReportHighlights From(HeatMap map)
    {
        ArgumentNullException.ThrowIfNull(map);
        var spikes = map.Cells
            .Where(c => !c.Suppressed && c.SpikeScore >= MinSpikeScore)
            .OrderByDescending(c => c.SpikeScore).ThenByDescending(c => c.Bucket)
            .Take(MaxRows)
            .Select(c => new Spike(c.Term, c.Bucket, c.Mentions!.Value, c.SpikeScore!.Value))
            .ToArray();

        var swings = new List<SentimentSwing>();
        var adverse = new List<AdverseEventCount>();
        var latestBucket = map.Buckets.Count - 1;
        while (latestBucket >= 0 && Enumerable.Range(0, map.Terms.Count).All(t => map.Cell(t, latestBucket).Suppressed))
        {
            latestBucket--;
        }

        for (var t = 0; t < map.Terms.Count; t++)
        {
            var shown = map.Row(t).Where(c => !c.Suppressed && c.NetSentiment is not null).ToArray();
            if (shown.Length >= 2)
            {
                var latest = shown[^1];
                var baselineCells = shown[..^1].TakeLast(SwingBaselineBuckets).ToArray();
                var median = AspectShift.Median(baselineCells.Select(c => c.NetSentiment!.Value).ToArray());
                var change = latest.NetSentiment!.Value - median;
                if (Math.Abs(change) >= MinSentimentSwing)
                {
                    swings.Add(new SentimentSwing(latest.Term, latest.Bucket, latest.NetSentiment.Value, median, AspectShift.Largest(latest, baselineCells, change)));
                }
            }

            var last = latestBucket >= 0 ? map.Cell(t, latestBucket) : null;
            adverse.Add(new AdverseEventCount(map.Terms[t], map.RowTotals[t].AdverseEvents, last?.AdverseEvents));
        }

        return new ReportHighlights(
            spikes,
            swings.OrderByDescending(s => Math.Abs(s.Change)).ThenBy(s => s.Term, StringComparer.Ordinal).Take(MaxRows).ToArray(),
            adverse,
            latestBucket >= 0 ? map.Buckets[latestBucket] : null);
    }
}
