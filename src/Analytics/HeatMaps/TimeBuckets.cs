using System.Globalization;

namespace Sermo.Analytics.HeatMaps;

/// <summary>
/// Calendar arithmetic for heat-map columns. Everything is in UTC: a post at 23:30 in New York on
/// March 31 belongs to April 1, so every client and every backend buckets the same post the same way.
/// Weeks are ISO weeks (Monday start), months start on the 1st.
/// </summary>
public static class TimeBuckets
{
    public static DateOnly BucketStart(DateTimeOffset utc, BucketInterval interval) =>
        BucketStart(DateOnly.FromDateTime(utc.UtcDateTime), interval);

    public static DateOnly BucketStart(DateOnly day, BucketInterval interval) => interval switch
    {
        BucketInterval.Day => day,
        // DayOfWeek numbers Sunday 0; ISO weeks start Monday, so Monday -> 0 ... Sunday -> 6.
        BucketInterval.Week => day.AddDays(-(((int)day.DayOfWeek + 6) % 7)),
        BucketInterval.Month => new DateOnly(day.Year, day.Month, 1),
        _ => throw new ArgumentOutOfRangeException(nameof(interval), interval, "Unknown bucket interval."),
    };

    /// <summary>The last day (inclusive) of the bucket that contains <paramref name="day"/>.</summary>
    public static DateOnly BucketEnd(DateOnly day, BucketInterval interval) =>
        Next(BucketStart(day, interval), interval).AddDays(-1);

    /// <summary>
    /// How long after a bucket ends it is first released to a client: long enough for the posts of its last minutes to
    /// be ingested (the feed is polled every 30 s) and rolled up (every 5 minutes), so its first release is normally its
    /// last (docs/privacy.md, P13).
    /// </summary>
    public static readonly TimeSpan SettleTime = TimeSpan.FromHours(1);

    /// <summary>
    /// The last day (inclusive) of the newest bucket that ended at least <see cref="SettleTime"/> before
    /// <paramref name="now"/>. A bucket still filling is never released (P13): re-released after every rollup, each
    /// change of its noisy numbers would tell a client that posts arrived since its last look, and counting those
    /// changes counts the bucket's posts.
    /// </summary>
    public static DateOnly LastSettledDay(DateTimeOffset now, BucketInterval interval)
    {
        var settled = DateOnly.FromDateTime((now - SettleTime).UtcDateTime);
        // The bucket holding the settled instant's day is still open (its day has not ended): the one before it ended.
        return BucketStart(settled, interval).AddDays(-1);
    }

    /// <summary>The start of the bucket after the one that contains <paramref name="day"/>.</summary>
    public static DateOnly Next(DateOnly day, BucketInterval interval)
    {
        var start = BucketStart(day, interval);
        return interval switch
        {
            BucketInterval.Day => start.AddDays(1),
            BucketInterval.Week => start.AddDays(7),
            _ => start.AddMonths(1),
        };
    }

    /// <summary>Bucket starts of every bucket that overlaps [from, to], both inclusive, in order.</summary>
    public static IReadOnlyList<DateOnly> Enumerate(DateOnly from, DateOnly to, BucketInterval interval)
    {
        if (to < from)
        {
            throw new ArgumentException($"Range end {to:yyyy-MM-dd} is before its start {from:yyyy-MM-dd}.", nameof(to));
        }

        var buckets = new List<DateOnly>();
        for (var bucket = BucketStart(from, interval); bucket <= to; bucket = Next(bucket, interval))
        {
            buckets.Add(bucket);
        }

        return buckets;
    }

    /// <summary>"2026-03-30" for a day, "2026-W14" for an ISO week, "2026-03" for a month.</summary>
    public static string Label(DateOnly bucket, BucketInterval interval)
    {
        var start = BucketStart(bucket, interval);
        return interval switch
        {
            BucketInterval.Day => start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            BucketInterval.Week => FormattableString.Invariant(
                $"{ISOWeek.GetYear(start.ToDateTime(TimeOnly.MinValue))}-W{ISOWeek.GetWeekOfYear(start.ToDateTime(TimeOnly.MinValue)):00}"),
            _ => start.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        };
    }
}
