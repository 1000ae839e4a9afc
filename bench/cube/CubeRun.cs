using System.Diagnostics;
using Sermo.Analytics.HeatMaps;
using Sermo.Analytics.Posts;
using Sermo.Analytics.Tagging;
using Sermo.Storage.Clients;
using Sermo.Storage.Cube;
using Sermo.Storage.Ingestion;
using Sermo.Storage.Sqlite;

namespace Sermo.CubeBench;

/// <summary>One timed heat-map read case: its figures for the pre-aggregated path and the recount-from-days peer.</summary>
internal sealed record ReadCase(string Name, BucketInterval Interval, SegmentBy Segment, DateOnly From, DateOnly To, string? SegmentValue)
{
    public List<double> CubeMs { get; } = [];

    public List<double> PeerMs { get; } = [];

    public bool Identical { get; set; } = true;

    public int Cells { get; set; }

    public int Suppressed { get; set; }
}

/// <summary>Rolls a loaded post store into the cube, then times incremental rollups and heat-map reads.</summary>
internal sealed class CubeRun(SqliteDatabase database)
{
    private readonly SqliteClientRegistry _registry = new(database);

    public SqliteHeatMapCube Cube => new(database, _registry);

    public async Task<(RollupOutcome Outcome, TimeSpan Elapsed)> FullRollupAsync(CancellationToken ct)
    {
        var range = await Cube.GetPostRangeAsync(ct) ?? throw new InvalidOperationException("The post store is empty: run load first.");
        var clock = Stopwatch.StartNew();
        var outcome = await Cube.RebuildAsync(range.First, range.Last, ct);
        return (outcome, clock.Elapsed);
    }

    public async Task<(RollupOutcome Outcome, TimeSpan Elapsed)> TimedRollupAsync(CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        var outcome = await Cube.RollupAsync(ct);
        return (outcome, clock.Elapsed);
    }

    /// <summary>Late posts on old days and re-tagged existing posts (new entities), through the ingest store.</summary>
    public async Task<int> LateAndRetaggedAsync(int count, CancellationToken ct)
    {
        var store = new SqliteIngestStore(database, TimeProvider.System);
        var random = new Random(count);
        var late = SyntheticCubePosts.Batches(count, count, seed: 99).First()
            .Select((p, i) => p with { PostId = $"bench:late{i}-{Guid.NewGuid():N}" })
            .ToList();
        var retagged = Enumerable.Range(0, count)
            .Select(_ => SyntheticCubePosts.Batches(1, 1, seed: random.Next()).First()[0])
            .Select(p => p with
            {
                PostId = $"bench:{random.Next(1_000_000)}",
                Entities = [new TaggedEntity(EntityType.Brand, SyntheticCubePosts.Name(random.Next(50)), 0, 0, SyntheticCubePosts.Id(random.Next(50)), "retagged", Sentiment: Sentiment.Positive)],
                AdverseEvents = [],
            })
            .DistinctBy(p => p.PostId)
            .ToList();
        await store.CommitAsync(new IngestBatch("bench", null, [.. late, .. retagged], [], [], []), ct);
        return late.Count + retagged.Count;
    }

    public async Task MeasureAsync(ReadCase read, int runs, int peerRuns, CancellationToken ct)
    {
        var terms = SyntheticCubePosts.Watchlist("acme", SyntheticCubePosts.WatchedTerms).Terms.Select(t => t.Label).ToList();
        var cube = Cube;
        for (var run = -1; run < runs; run++)
        {
            var clock = Stopwatch.StartNew();
            var slice = await cube.GetSliceAsync("acme", read.Interval, read.From, read.To, read.Segment, ct);
            var map = HeatMapBuilder.Build(slice, terms, HeatMapBuilder.DefaultK, read.SegmentValue);
            var elapsed = clock.Elapsed.TotalMilliseconds;
            if (run >= 0)
            {
                read.CubeMs.Add(elapsed);
            }

            read.Cells = map.Cells.Count;
            read.Suppressed = map.Cells.Count(c => c.Suppressed);
            if (run < 0 || run >= peerRuns)
            {
                continue;
            }

            clock.Restart();
            var peer = await cube.GetSliceFromDaysAsync("acme", read.Interval, read.From, read.To, read.Segment, ct);
            var peerMap = HeatMapBuilder.Build(peer, terms, HeatMapBuilder.DefaultK, read.SegmentValue);
            read.PeerMs.Add(clock.Elapsed.TotalMilliseconds);
            read.Identical &= Same(slice.Cells, peer.Cells) && Same(slice.RowTotals, peer.RowTotals)
                && slice.Activity.OrderBy(a => (a.Bucket, a.Segment)).SequenceEqual(peer.Activity.OrderBy(a => (a.Bucket, a.Segment)))
                && map.Cells.SequenceEqual(peerMap.Cells) && map.RowTotals.SequenceEqual(peerMap.RowTotals);
        }
    }

    private static bool Same(IReadOnlyList<CubeAggregate> a, IReadOnlyList<CubeAggregate> b) =>
        a.OrderBy(x => (x.Term, x.Bucket, x.Segment)).SequenceEqual(b.OrderBy(x => (x.Term, x.Bucket, x.Segment)));
}
