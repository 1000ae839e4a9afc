using Sermo.Analytics.Aspects;
using Sermo.Analytics.HeatMaps;
using Sermo.Analytics.Watchlists;

namespace Sermo.Analytics.Tests.Disclosure;

/// <summary>One post about the watched term: who (an author with a fixed specialty and state), when, and its sub-counts.</summary>
/// <param name="Access">The post's drug mention is about access (aspect model), with the post's sentiment as its polarity.</param>
internal sealed record WorldPost(int Author, DateOnly Day, string Specialty, string State, int Sentiment, bool AdverseEvent, bool Access = false);

/// <summary>
/// A small forum for the attack suite: authors with a fixed specialty and state write about one term on the days of
/// February 2027, which is exactly four ISO weeks (Monday 1st to Sunday 28th), so day, week and month cells nest. The
/// cube slices it yields are what the real cube would hold; what a client sees comes from the real
/// <see cref="HeatMapRelease"/>.
/// </summary>
internal sealed class SyntheticWorld
{
    public static readonly DateOnly First = new(2027, 2, 1);
    public static readonly DateOnly Last = new(2027, 2, 28);
    public static readonly string[] Specialties = ["Cardiology", "Neurology", "Oncology"];
    public static readonly string[] States = ["CA", "TX"];
    private static readonly string?[] AllMembers = [null];

    public static readonly WatchlistTerm Term = new("Eliquis", ["eliquis", "apixaban"]);

    public SyntheticWorld(int seed, int authors = 40)
    {
        var random = new Random(seed);
        var posts = new List<WorldPost>();
        for (var a = 0; a < authors; a++)
        {
            var specialty = Specialties[random.Next(Specialties.Length)];
            var state = States[random.Next(States.Length)];
            var rate = 0.03 + (random.NextDouble() * 0.25);
            for (var day = First; day <= Last; day = day.AddDays(1))
            {
                for (var n = Poisson(random, rate); n > 0; n--)
                {
                    posts.Add(new WorldPost(a, day, specialty, state, random.Next(-1, 2), random.NextDouble() < 0.2));
                }
            }
        }

        // Aspects from a stream of their own, so the other attacks' worlds are the ones they were measured on.
        var aspects = new Random(seed ^ 0x5EED);
        Posts = posts.Select(p => p with { Access = aspects.NextDouble() < 0.4 }).ToList();
    }

    public IReadOnlyList<WorldPost> Posts { get; }

    /// <summary>Atoms: every (day, specialty, state); each released cell is a sum of atoms.</summary>
    public static IReadOnlyList<(DateOnly Day, string Specialty, string State)> Atoms { get; } =
        Enumerable.Range(0, 28).SelectMany(d => Specialties.SelectMany(s => States.Select(st => (First.AddDays(d), s, st)))).ToList();

    /// <summary>The exact slice the cube would return for this grain and segment kind ("specialty", "state" or null).</summary>
    public CubeSlice Slice(BucketInterval interval, string? segmentKind) => Slice(Posts, interval, segmentKind);

    /// <summary>As the cube returns it for a report period of whole buckets: cells, and each row's whole-period total.</summary>
    public CubeSlice Slice(BucketInterval interval, string? segmentKind, DateOnly from, DateOnly to) => Slice(Posts, interval, segmentKind, from, to);

    public static CubeSlice Slice(IEnumerable<WorldPost> posts, BucketInterval interval, string? segmentKind) => Slice(posts, interval, segmentKind, First, Last);

    public static CubeSlice Slice(IEnumerable<WorldPost> posts, BucketInterval interval, string? segmentKind, DateOnly from, DateOnly to)
    {
        var inPeriod = posts.Where(p => p.Day >= from && p.Day <= to).ToList();
        var cells = inPeriod
            .GroupBy(p => (Bucket: TimeBuckets.BucketStart(p.Day, interval), Segment: SegmentOf(p, segmentKind)))
            .Select(g => Aggregate(g.Key.Bucket, g.Key.Segment, g.ToList()))
            .ToList();
        var totals = inPeriod.GroupBy(p => SegmentOf(p, segmentKind)).Select(g => Aggregate(from, g.Key, g.ToList())).ToList();
        return new CubeSlice("acme", interval, from, to, cells, totals, []);
    }

    private static CubeAggregate Aggregate(DateOnly bucket, string? segment, List<WorldPost> posts) =>
        new(Term.Label, bucket, segment, posts.Count, posts.Select(p => p.Author).Distinct().Count(),
            posts.Count(p => p.Sentiment > 0), posts.Count(p => p.Sentiment == 0), posts.Count(p => p.Sentiment < 0), posts.Count(p => p.AdverseEvent),
            [new AspectCount(Aspect.Access, posts.Count(p => p.Access), posts.Count(p => p.Access && p.Sentiment > 0), posts.Count(p => p.Access && p.Sentiment < 0))]);

    public static string? SegmentOf(WorldPost post, string? segmentKind) => segmentKind switch
    {
        "specialty" => post.Specialty,
        "state" => post.State,
        _ => null,
    };

    public static IReadOnlyList<string?> SegmentValues(string? segmentKind) => segmentKind switch
    {
        "specialty" => (IReadOnlyList<string?>)Specialties,
        "state" => States,
        _ => AllMembers,
    };

    /// <summary>Which atoms a (grain, bucket, segment) cell adds up.</summary>
    public static bool Covers(BucketInterval interval, DateOnly bucket, string? segmentKind, string? segment, (DateOnly Day, string Specialty, string State) atom) =>
        TimeBuckets.BucketStart(atom.Day, interval) == bucket
        && (segmentKind is null || (segmentKind == "specialty" ? atom.Specialty : atom.State) == segment);

    private static int Poisson(Random random, double lambda)
    {
        var limit = Math.Exp(-lambda);
        var k = 0;
        for (var p = random.NextDouble(); p > limit; p *= random.NextDouble())
        {
            k++;
        }

        return k;
    }
}
