using Sermo.Analytics.HeatMaps;

namespace Sermo.Storage.Cube;

/// <summary>A stored bucket: day, ISO week or month rows of the cube, keyed by the bucket's first day.</summary>
internal readonly record struct GrainBucket(BucketInterval Grain, DateOnly Start);

/// <summary>
/// Which stored rows add up to a date range. Distinct authors cannot be summed, only unioned, so a range is
/// covered by disjoint whole buckets: whole months inside it, whole ISO weeks inside what is left, then days.
/// A 52-week range is about 12 months, 8 weeks and 12 days instead of 364 day rows.
/// </summary>
internal static class CubeGrains
{
    public static List<GrainBucket> Cover(DateOnly from, DateOnly to, BucketInterval coarsest)
    {
        var pieces = new List<GrainBucket>();
        if (to < from)
        {
            return pieces;
        }

        if (coarsest == BucketInterval.Month)
        {
            var firstMonth = from.Day == 1 ? from : TimeBuckets.Next(from, BucketInterval.Month);
            var afterLastMonth = TimeBuckets.BucketStart(to.AddDays(1), BucketInterval.Month);
            if (firstMonth < afterLastMonth)
            {
                CoverWithWeeks(from, firstMonth.AddDays(-1), pieces);
                for (var month = firstMonth; month < afterLastMonth; month = month.AddMonths(1))
                {
                    pieces.Add(new GrainBucket(BucketInterval.Month, month));
                }

                CoverWithWeeks(afterLastMonth, to, pieces);
                return pieces;
            }
        }

        if (coarsest == BucketInterval.Day)
        {
            for (var day = from; day <= to; day = day.AddDays(1))
            {
                pieces.Add(new GrainBucket(BucketInterval.Day, day));
            }

            return pieces;
        }

        CoverWithWeeks(from, to, pieces);
        return pieces;
    }

    private static void CoverWithWeeks(DateOnly from, DateOnly to, List<GrainBucket> pieces)
    {
        var day = from;
        while (day <= to)
        {
            if (day.DayOfWeek == DayOfWeek.Monday && day.AddDays(6) <= to)
            {
                pieces.Add(new GrainBucket(BucketInterval.Week, day));
                day = day.AddDays(7);
            }
            else
            {
                pieces.Add(new GrainBucket(BucketInterval.Day, day));
                day = day.AddDays(1);
            }
        }
    }
}
