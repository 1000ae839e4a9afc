using System.Text;
using Sermo.Analytics.Disclosure;
using Sermo.Analytics.HeatMaps;

namespace Sermo.Analytics.Tests.Disclosure;

/// <summary>One released cell as a client holds it: which cell, and its released numbers (null: suppressed).</summary>
/// <param name="Through">For a row total, the last day of its report period (<see cref="Bucket"/> is the first); null for a bucket cell.</param>
internal sealed record HeldCell(BucketInterval Grain, DateOnly Bucket, string? SegmentKind, string? Segment, ReleasedCell? Released, int[] Atoms, DateOnly? Through = null);

/// <summary>
/// Everything one client can hold about the synthetic world: the released cells of every grain (day, week, month) and
/// segment kind (all members, by specialty, by state), through the real <see cref="HeatMapRelease"/> under that
/// client's key, and the row total of every report window a schedule would send: consecutive windows sliding by one
/// bucket (7 days, 2 and 3 weeks) and the whole month, at each grain. Reports, formats and windows only ever show these
/// cells and totals (or numbers computed from them), so this is the client's whole knowledge of the counts. A total
/// whose period is one calendar bucket is that bucket's cell (same key, same number), so it is held once.
/// </summary>
internal static class ClientView
{
    public static readonly BucketInterval[] Grains = [BucketInterval.Day, BucketInterval.Week, BucketInterval.Month];
    public static readonly string?[] SegmentKinds = [null, "specialty", "state"];

    /// <summary>Report windows, in buckets of each grain, that a client receives one after another (sliding by one bucket).</summary>
    private static readonly Dictionary<BucketInterval, int[]> WindowLengths = new()
    {
        [BucketInterval.Day] = [7, 28],
        [BucketInterval.Week] = [2, 3, 4],
        [BucketInterval.Month] = [1],
    };

    public static ReleaseNoise Noise(string clientId) => ReleaseNoise.ForClient(Encoding.UTF8.GetBytes("attack-suite-release-secret-0123456789"), clientId);

    public static List<HeldCell> Hold(SyntheticWorld world, ReleaseNoise noise, IEnumerable<BucketInterval>? grains = null, IEnumerable<string?>? kinds = null, bool totals = true)
    {
        var held = new List<HeldCell>();
        var grainList = (grains ?? Grains).ToList();
        var kindList = (kinds ?? SegmentKinds).ToList();
        foreach (var grain in grainList)
        {
            foreach (var kind in kindList)
            {
                var released = HeatMapRelease.Release(world.Slice(grain, kind), Rows(kind), noise);
                foreach (var row in released.Rows)
                {
                    for (var b = 0; b < released.Buckets.Count; b++)
                    {
                        held.Add(new HeldCell(grain, released.Buckets[b], kind, row.Segment, row.Cells[b], AtomsOf(grain, released.Buckets[b], kind, row.Segment)));
                    }
                }
            }
        }

        if (totals)
        {
            var seen = held.Select(Signature).ToHashSet(StringComparer.Ordinal);
            foreach (var grain in grainList)
            {
                foreach (var kind in kindList)
                {
                    foreach (var (from, to) in Windows(grain))
                    {
                        foreach (var row in HeatMapRelease.Release(world.Slice(grain, kind, from, to), Rows(kind), noise).Rows)
                        {
                            var total = new HeldCell(grain, from, kind, row.Segment, row.Total, AtomsIn(from, to, kind, row.Segment), to);
                            if (seen.Add(Signature(total)))
                            {
                                held.Add(total);
                            }
                        }
                    }
                }
            }
        }

        return held;
    }

    /// <summary>Every report window of a grain: each length, sliding by one bucket over the month.</summary>
    public static IEnumerable<(DateOnly From, DateOnly To)> Windows(BucketInterval grain)
    {
        var buckets = TimeBuckets.Enumerate(SyntheticWorld.First, SyntheticWorld.Last, grain);
        return WindowLengths[grain].SelectMany(length => Enumerable.Range(0, buckets.Count - length + 1)
            .Select(start => (buckets[start], TimeBuckets.BucketEnd(buckets[start + length - 1], grain))));
    }

    /// <summary>Whether a total's period is one calendar bucket (then it is that bucket's cell, with a bucket cell's noise).</summary>
    public static bool IsCalendarBucket(DateOnly from, DateOnly to) => !ReleaseCell.ForPeriod(from, to, null, "").IsPeriod;

    private static List<HeatMapRow> Rows(string? kind) =>
        SyntheticWorld.SegmentValues(kind).Select(v => new HeatMapRow(v ?? SyntheticWorld.Term.Label, SyntheticWorld.Term, v)).ToList();

    /// <summary>Two held releases with the same atoms and segment count the same thing under the same key: one number.</summary>
    private static string Signature(HeldCell cell) => $"{cell.SegmentKind}|{cell.Segment}|{string.Join(',', cell.Atoms)}";

    private static int[] AtomsIn(DateOnly from, DateOnly to, string? kind, string? segment) =>
        SyntheticWorld.Atoms.Select((atom, i) => (atom, i))
            .Where(x => x.atom.Day >= from && x.atom.Day <= to && (kind is null || (kind == "specialty" ? x.atom.Specialty : x.atom.State) == segment))
            .Select(x => x.i).ToArray();

    public static int[] AtomsOf(BucketInterval grain, DateOnly bucket, string? kind, string? segment) =>
        SyntheticWorld.Atoms.Select((atom, i) => (atom, i)).Where(x => SyntheticWorld.Covers(grain, bucket, kind, segment, x.atom)).Select(x => x.i).ToArray();

    /// <summary>The posts behind a held cell.</summary>
    public static List<WorldPost> PostsOf(SyntheticWorld world, HeldCell cell) => cell.Through is { } through
        ? world.Posts.Where(p => p.Day >= cell.Bucket && p.Day <= through && (cell.SegmentKind is null || SyntheticWorld.SegmentOf(p, cell.SegmentKind) == cell.Segment)).ToList()
        : world.Posts.Where(p => SyntheticWorld.Covers(cell.Grain, cell.Bucket, cell.SegmentKind, cell.Segment, (p.Day, p.Specialty, p.State))).ToList();

    /// <summary>Per-atom counts of a metric (mentions when <paramref name="counted"/> is null).</summary>
    public static double[] AtomCounts(SyntheticWorld world, Func<WorldPost, bool>? counted = null)
    {
        var index = SyntheticWorld.Atoms.Select((a, i) => (a, i)).ToDictionary(x => x.a, x => x.i);
        var counts = new double[SyntheticWorld.Atoms.Count];
        foreach (var post in world.Posts.Where(p => counted?.Invoke(p) ?? true))
        {
            counts[index[(post.Day, post.Specialty, post.State)]]++;
        }

        return counts;
    }
}
