using Sermo.Analytics.HeatMaps;

namespace Sermo.Analytics.Tests.HeatMaps;

/// <summary>Released slices written by hand, for tests of what <see cref="HeatMapBuilder"/> derives from released counts.</summary>
internal static class Released
{
    public static ReleasedCell Cell(int mentions, int authors, int pos = 0, int neg = 0, int adverse = 0) => new(mentions, authors, pos, neg, adverse);

    public static ReleasedRow Row(string label, params ReleasedCell?[] cells) => new(label, null, cells);

    public static ReleasedSlice Slice(BucketInterval interval, DateOnly from, ReleasedRow[] rows, SegmentActivity[]? activity = null, int k = 5)
    {
        var buckets = rows.Max(r => r.Cells.Count);
        var to = from;
        for (var i = 1; i < buckets; i++)
        {
            to = TimeBuckets.Next(to, interval);
        }

        var list = TimeBuckets.Enumerate(from, TimeBuckets.BucketEnd(to, interval), interval);
        return new ReleasedSlice("client-a", interval, from, TimeBuckets.BucketEnd(to, interval), list, rows, activity ?? [], k);
    }
}
