using Sermo.Analytics.HeatMaps;
using Sermo.Analytics.Watchlists;

namespace Sermo.Analytics.Tests.Disclosure;

/// <summary>One post about the watched term: who (an author with a fixed specialty and state), when, and its sub-counts.</summary>
internal sealed record WorldPost(int Author, DateOnly Day, string Specialty, string State, int Sentiment, bool AdverseEvent);

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

        Posts = posts;
    }

    public IReadOnlyList<WorldPost> Posts { get; }

    /// <summary>Atoms: every (day, specialty, state); each released cell is a sum of atoms.</summary>
    public static IReadOnlyList<(DateOnly Day, string Specialty, string State)> Atoms { get; } =
        Enumerable.Range(0, 28).SelectMany(d => Specialties.SelectMany(s => States.Select(st => (First.AddDays(d), s, st)))).ToList();

    /// <summary>The exact slice the cube would return for this grain and segment kind ("specialty", "state" or null).</summary>
    public CubeSlice Slice(BucketInterval interval, string? segmentKind) => Slice(Posts, interval, segmentKind);

    public static CubeSlice Slice(IEnumerable<WorldPost> posts, BucketInterval interval, string? segmentKind)
    {
        var cells = posts
            .GroupBy(p => (Bucket: TimeBuckets.BucketStart(p.Day, interval), Segment: SegmentOf(p, segmentKind)))
            .Select(g => new CubeAggregate(Term.Label, g.Key.Bucket, g.Key.Segment, g.Count(), g.Select(p => p.Author).Distinct().Count(),
                g.Count(p => p.Sentiment > 0), g.Count(p => p.Sentiment == 0), g.Count(p => p.Sentiment < 0), g.Count(p => p.AdverseEvent)))
            .ToList();
        return new CubeSlice("acme", interval, First, Last, cells, [], []);
    }

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
