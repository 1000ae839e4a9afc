using System.Diagnostics;
using Sermo.Analytics.Disclosure;
using Sermo.Analytics.HeatMaps;
using Sermo.Analytics.Posts;
using Sermo.Analytics.Tagging;
using Sermo.Storage.Clients;
using Sermo.Storage.Cube;
using Sermo.Storage.Ingestion;
using Sermo.Storage.Sqlite;

namespace Sermo.CubeBench;

/// <summary>One timed heat-map read case: its figures for the pre-aggregated path and the recount-from-days peer.</summary>
/// <param name="ReadOneSegment">Read only <paramref name="SegmentValue"/>'s cells from the cube instead of every value's.</param>
internal sealed record ReadCase(string Name, BucketInterval Interval, SegmentBy Segment, DateOnly From, DateOnly To, string? SegmentValue, bool ReadOneSegment = false)
{
    public List<double> CubeMs { get; } = [];

    public List<double> PeerMs { get; } = [];

    /// <summary>Process CPU time of each cube read: on a loaded machine wall time mostly measures the wait for a core.</summary>
    public List<double> CubeCpuMs { get; } = [];

    public List<double> SliceOnlyCpuMs { get; } = [];

    public bool Identical { get; set; } = true;

    public int Cells { get; set; }

    public int Suppressed { get; set; }
}

/// <summary>Rolls a loaded post store into the cube, then times incremental rollups and heat-map reads.</summary>
internal sealed class CubeRun(SqliteDatabase database)
{
    private readonly ClientRegistry _registry = new(database);

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

    /// <summary>
    /// A typical cycle's changes through the ingest store: late posts for three old days (yesterday, two weeks ago,
    /// six months ago) and posts of one day re-tagged in place with new entities. The re-tagged posts are the day's
    /// oldest rows, which came through the ingest store (their FTS5 rows exist for the update trigger to replace).
    /// </summary>
    public async Task<(int Late, int Retagged)> LateAndRetaggedAsync(int count, DateOnly lastDay, CancellationToken ct)
    {
        var store = new SqliteIngestStore(database, TimeProvider.System);
        // Fresh ids and terms on every run, so a re-run on the same store changes posts again.
        var stamp = DateTime.UtcNow.Ticks;
        var random = new Random((int)(stamp % int.MaxValue));
        DateOnly[] lateDays = [lastDay.AddDays(-1), lastDay.AddDays(-14), lastDay.AddDays(-182)];
        var late = SyntheticCubePosts.Batches(count, count, seed: 99).First()
            .Select((p, i) => p with
            {
                PostId = $"bench:late-{stamp}-{i}",
                CreatedAt = new DateTimeOffset(lateDays[i % 3].ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero),
            })
            .ToList();

        var retagged = new List<TaggedPost>();
        await using (var connection = await database.OpenAsync(ct))
        await using (var select = connection.CreateCommand())
        {
            select.CommandText = "SELECT post_id, author_key, created_at, specialty, state, text FROM posts WHERE day = $day ORDER BY id LIMIT $n";
            select.Parameters.AddWithValue("$day", lastDay.AddDays(-30).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            select.Parameters.AddWithValue("$n", count);
            await using var reader = await select.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                var term = random.Next(SyntheticCubePosts.WatchedTerms);
                retagged.Add(new TaggedPost(reader.GetString(0), "bench", reader.GetString(1),
                    DateTimeOffset.Parse(reader.GetString(2), System.Globalization.CultureInfo.InvariantCulture),
                    reader.IsDBNull(3) ? null : reader.GetString(3), reader.IsDBNull(4) ? null : reader.GetString(4), reader.GetString(5), 0,
                    [new TaggedEntity(EntityType.Brand, SyntheticCubePosts.Name(term), 0, 0, SyntheticCubePosts.Id(term), SyntheticCubePosts.Name(term), Sentiment: Sentiment.Positive)],
                    [], Sentiment.Positive, 0.5));
            }
        }

        await store.CommitAsync(new IngestBatch("bench", null, [.. late, .. retagged], [], [], []), ct);
        return (late.Count, retagged.Count);
    }

    public async Task MeasureAsync(ReadCase read, int runs, int peerRuns, CancellationToken ct)
    {
        var rows = HeatMapRow.For(SyntheticCubePosts.Watchlist("acme", SyntheticCubePosts.WatchedTerms).Terms, read.SegmentValue);
        var noise = new ReleaseNoise(new byte[32]);
        // A window cut mid-bucket is never released to a client (decision 013); its cube read is still timed, the build is not.
        var releasable = TimeBuckets.BucketStart(read.From, read.Interval) == read.From && TimeBuckets.BucketEnd(read.To, read.Interval) == read.To;
        HeatMap? Build(CubeSlice slice) => releasable ? HeatMapBuilder.Build(HeatMapRelease.Release(slice, rows, noise)) : null;
        var cube = Cube;
        for (var run = -1; run < runs; run++)
        {
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            var slice = await cube.GetSliceAsync("acme", read.Interval, read.From, read.To, read.Segment, read.ReadOneSegment ? read.SegmentValue : null, ct);
            var sliceCpu = Process.GetCurrentProcess().TotalProcessorTime;
            var map = Build(slice);
            var elapsed = clock.Elapsed.TotalMilliseconds;
            var endCpu = Process.GetCurrentProcess().TotalProcessorTime;
            if (run >= 0)
            {
                read.CubeMs.Add(elapsed);
                read.CubeCpuMs.Add((endCpu - cpu).TotalMilliseconds);
                read.SliceOnlyCpuMs.Add((sliceCpu - cpu).TotalMilliseconds);
            }

            read.Cells = map?.Cells.Count ?? slice.Cells.Count;
            read.Suppressed = map?.Cells.Count(c => c.Suppressed) ?? 0;
            if (run < 0 || run >= peerRuns)
            {
                continue;
            }

            clock.Restart();
            var peer = await cube.GetSliceFromDaysAsync("acme", read.Interval, read.From, read.To, read.Segment, read.ReadOneSegment ? read.SegmentValue : null, ct);
            var peerMap = Build(peer);
            read.PeerMs.Add(clock.Elapsed.TotalMilliseconds);
            read.Identical &= Same(slice.Cells, peer.Cells) && Same(slice.RowTotals, peer.RowTotals)
                && slice.Activity.OrderBy(a => (a.Bucket, a.Segment)).SequenceEqual(peer.Activity.OrderBy(a => (a.Bucket, a.Segment)))
                && (map is null || (map.Cells.SequenceEqual(peerMap!.Cells) && map.RowTotals.SequenceEqual(peerMap.RowTotals)));
        }
    }

    private static bool Same(IReadOnlyList<CubeAggregate> a, IReadOnlyList<CubeAggregate> b) =>
        a.OrderBy(x => (x.Term, x.Bucket, x.Segment)).SequenceEqual(b.OrderBy(x => (x.Term, x.Bucket, x.Segment)));
}
