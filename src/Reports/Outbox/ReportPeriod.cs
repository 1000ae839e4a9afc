using Sermo.Analytics.HeatMaps;

namespace Sermo.Reports.Outbox;

/// <summary>The days a report run covers, both inclusive.</summary>
public sealed record ReportPeriod
{
    public ReportPeriod(DateOnly from, DateOnly to)
    {
        if (to < from)
        {
            throw new ArgumentException($"Period end {to:yyyy-MM-dd} is before its start {from:yyyy-MM-dd}.", nameof(to));
        }

        From = from;
        To = to;
    }

    public DateOnly From { get; }

    public DateOnly To { get; }

    /// <summary>
    /// "2026-03" for a calendar month, "2026-W14" for an ISO week, "2026-03-30" for a day, else
    /// "2026-03-01_2026-03-15". Used in folder names, so it only ever holds digits, letters, '-' and '_'.
    /// </summary>
    public string Label =>
        IsWhole(BucketInterval.Day) ? TimeBuckets.Label(From, BucketInterval.Day)
        : IsWhole(BucketInterval.Week) ? TimeBuckets.Label(From, BucketInterval.Week)
        : IsWhole(BucketInterval.Month) ? TimeBuckets.Label(From, BucketInterval.Month)
        : $"{TimeBuckets.Label(From, BucketInterval.Day)}_{TimeBuckets.Label(To, BucketInterval.Day)}";

    private bool IsWhole(BucketInterval interval) =>
        TimeBuckets.BucketStart(From, interval) == From && TimeBuckets.BucketEnd(From, interval) == To;
}
