using System.Text;
using Sermo.Analytics.Disclosure;
using Sermo.Analytics.HeatMaps;

namespace Sermo.Analytics.Tests.Disclosure;

/// <summary>One released cell as a client holds it: which cell, and its released numbers (null: suppressed).</summary>
internal sealed record HeldCell(BucketInterval Grain, DateOnly Bucket, string? SegmentKind, string? Segment, ReleasedCell? Released, int[] Atoms);

/// <summary>
/// Everything one client can hold about the synthetic world: the released cells of every grain (day, week, month) and
/// segment kind (all members, by specialty, by state), through the real <see cref="HeatMapRelease"/> under that
/// client's key. Reports, formats and windows only ever show these cells (or sums of them), so this is the client's
/// whole knowledge of the counts.
/// </summary>
internal static class ClientView
{
    public static readonly BucketInterval[] Grains = [BucketInterval.Day, BucketInterval.Week, BucketInterval.Month];
    public static readonly string?[] SegmentKinds = [null, "specialty", "state"];

    public static ReleaseNoise Noise(string clientId) => ReleaseNoise.ForClient(Encoding.UTF8.GetBytes("attack-suite-release-secret-0123456789"), clientId);

    public static List<HeldCell> Hold(SyntheticWorld world, ReleaseNoise noise, IEnumerable<BucketInterval>? grains = null, IEnumerable<string?>? kinds = null)
    {
        var held = new List<HeldCell>();
        foreach (var grain in grains ?? Grains)
        {
            foreach (var kind in kinds ?? SegmentKinds)
            {
                var rows = SyntheticWorld.SegmentValues(kind).Select(v => new HeatMapRow(v ?? SyntheticWorld.Term.Label, SyntheticWorld.Term, v)).ToList();
                var released = HeatMapRelease.Release(world.Slice(grain, kind), rows, noise);
                foreach (var row in released.Rows)
                {
                    for (var b = 0; b < released.Buckets.Count; b++)
                    {
                        held.Add(new HeldCell(grain, released.Buckets[b], kind, row.Segment, row.Cells[b], AtomsOf(grain, released.Buckets[b], kind, row.Segment)));
                    }
                }
            }
        }

        return held;
    }

    public static int[] AtomsOf(BucketInterval grain, DateOnly bucket, string? kind, string? segment) =>
        SyntheticWorld.Atoms.Select((atom, i) => (atom, i)).Where(x => SyntheticWorld.Covers(grain, bucket, kind, segment, x.atom)).Select(x => x.i).ToArray();

    /// <summary>The posts behind a held cell.</summary>
    public static List<WorldPost> PostsOf(SyntheticWorld world, HeldCell cell) =>
        world.Posts.Where(p => SyntheticWorld.Covers(cell.Grain, cell.Bucket, cell.SegmentKind, cell.Segment, (p.Day, p.Specialty, p.State))).ToList();

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
