using System.Data.Common;
using System.Threading.Channels;
using Sermo.Analytics.HeatMaps;
using Sermo.Analytics.Mnpi;
using Sermo.Analytics.Watchlists;
using Sermo.Storage.Clients;

namespace Sermo.Storage.Cube;

/// <summary>
/// The heat-map cube at three grains (day, ISO week, month; decision 005), on either backend. Rollup recomputes whole
/// dirty days from the posts, so late, re-tagged and deleted posts converge and a second run changes nothing; then it
/// recomputes each touched week and month as the exact union of its day rows. Reads cover a range with the coarsest
/// whole buckets (<see cref="CubeGrains"/>) and union their author sets. The subclasses say how dirty days are kept,
/// how member numbers are remembered and forgotten, and how a set of buckets is matched.
/// </summary>
public abstract class HeatMapCube(StoreDatabase database, IClientRegistry clients) : IHeatMapCube
{
    /// <summary>Activity rows (who posted at all) are stored under this client id and term.</summary>
    internal const string ActivityKey = "";

    internal StoreDatabase Database => database;

    public async Task<RollupOutcome> RollupAsync(CancellationToken cancellationToken)
    {
        var matchers = (await clients.ListAsync(cancellationToken))
            .Select(c => new WatchlistMatcher(c.Watchlist))
            .ToList();

        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        // One rollup at a time, whichever host runs it.
        await using var tx = await database.BeginWriteAsync(connection, "cube-rollup", cancellationToken);
        var days = await ReadDirtyDaysAsync(connection, tx, cancellationToken);
        var members = await CubeMembers.LoadAsync(connection, tx, await LastMemberNumberAsync(connection, tx, cancellationToken), cancellationToken);
        var dayReader = new CubeDayReader(matchers, members, text => TrialDisclosureGuard.Default.Check(text));
        var rows = new CubeRowWriter(connection, tx, database);
        var touched = new HashSet<GrainBucket>();
        int posts = 0, cells = 0;

        // Days are read and matched in parallel (one read connection per worker); this connection writes.
        var built = Channel.CreateBounded<(DirtyDay Day, CubeRowSet Rows, int Posts)>(Environment.ProcessorCount * 2);
        var producer = Task.Run(async () =>
        {
            try
            {
                await Parallel.ForEachAsync(days, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken }, async (day, ct) =>
                {
                    await using var reader = await database.OpenConnectionAsync(ct);
                    var (dayRows, dayPosts) = await dayReader.ReadAsync(reader, database, day.Day, ct);
                    await built.Writer.WriteAsync((day, dayRows, dayPosts), ct);
                });
                built.Writer.Complete();
            }
            catch (Exception e)
            {
                built.Writer.Complete(e);
            }
        }, cancellationToken);

        await foreach (var (day, dayRows, dayPosts) in built.Reader.ReadAllAsync(cancellationToken))
        {
            await rows.DeleteBucketAsync(BucketInterval.Day, day.Day, cancellationToken);
            await ClearDirtyAsync(connection, tx, day, cancellationToken);
            posts += dayPosts;
            cells += await rows.WriteAsync(BucketInterval.Day, day.Day, dayRows, cancellationToken);
            await Mnpi.TrialDisclosureHolds.RecordAsync(connection, tx, database, dayRows.Held, cancellationToken);
            touched.Add(new GrainBucket(BucketInterval.Week, TimeBuckets.BucketStart(day.Day, BucketInterval.Week)));
            touched.Add(new GrainBucket(BucketInterval.Month, TimeBuckets.BucketStart(day.Day, BucketInterval.Month)));
        }

        await producer;
        await members.SaveNewAsync(connection, tx, cancellationToken);
        await MembersSavedAsync(connection, tx, members.Last, cancellationToken);
        foreach (var bucket in touched.OrderBy(b => (b.Grain, b.Start)))
        {
            await rows.DeleteBucketAsync(bucket.Grain, bucket.Start, cancellationToken);
            var merged = await CubeRowSet.UnionOfDaysAsync(connection, tx, database, bucket.Start, TimeBuckets.BucketEnd(bucket.Start, bucket.Grain), cancellationToken);
            await rows.WriteAsync(bucket.Grain, bucket.Start, merged, cancellationToken);
        }

        if (days.Count > 0)
        {
            await ForgetAuthorsWithoutPostsAsync(connection, tx, cancellationToken);
            await connection.ExecuteAsync(tx, CubeGenerationMigration.BumpSql, cancellationToken);
        }

        await tx.CommitAsync(cancellationToken);
        return new RollupOutcome(days.Count, posts, cells, matchers.Count);
    }

    public async Task<RollupOutcome> RebuildAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        await using (var connection = await database.OpenConnectionAsync(cancellationToken))
        {
            // Days that lost all their posts still need their old cells cleared.
            await connection.ExecuteAsync(null, MarkRangeDirtySql, cancellationToken, ("@from", database.Day(from)), ("@to", database.Day(to)));
        }

        return await RollupAsync(cancellationToken);
    }

    public Task<CubeSlice> GetSliceAsync(string clientId, BucketInterval interval, DateOnly from, DateOnly to, SegmentBy segment, CancellationToken cancellationToken) =>
        GetSliceAsync(clientId, interval, from, to, segment, null, cancellationToken);

    public async Task<CubeSlice> GetSliceAsync(string clientId, BucketInterval interval, DateOnly from, DateOnly to, SegmentBy segment, string? segmentValue, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        return await new CubeSliceReader(connection, this, BucketInterval.Month).ReadAsync(clientId, interval, from, to, segment, segmentValue, cancellationToken);
    }

    /// <summary>
    /// The same slice recounted from day rows only, ignoring the week and month rows: the reference those rows are
    /// tested against, and the "recount from days" peer of the heat-map benchmark.
    /// </summary>
    public async Task<CubeSlice> GetSliceFromDaysAsync(string clientId, BucketInterval interval, DateOnly from, DateOnly to, SegmentBy segment, string? segmentValue, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        return await new CubeSliceReader(connection, this, BucketInterval.Day).ReadAsync(clientId, interval, from, to, segment, segmentValue, cancellationToken);
    }

    public async Task<(DateOnly First, DateOnly Last)?> GetPostRangeAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        // Two scalar subqueries: SQLite answers MIN or MAX alone from ix_posts_day in one seek, but scans the whole
        // index for both in one SELECT (every portal view reads this).
        var range = await connection.QueryAsync(null, "SELECT (SELECT MIN(day) FROM posts), (SELECT MAX(day) FROM posts)",
            reader => reader.IsDBNull(0) ? ((DateOnly, DateOnly)?)null : (database.ReadDay(reader, 0), database.ReadDay(reader, 1)), cancellationToken);
        return range.Single();
    }

    public async Task<long> GetGenerationAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        return (await connection.QueryAsync(null, CubeGenerationMigration.ReadSql, reader => reader.GetInt64(0), cancellationToken)).Single();
    }

    /// <summary>Marks the days of posts and of day rows in <c>@from</c>..<c>@to</c> dirty.</summary>
    internal abstract string MarkRangeDirtySql { get; }

    /// <summary>The days marked dirty, oldest first, read inside the rollup's transaction.</summary>
    internal abstract Task<IReadOnlyList<DirtyDay>> ReadDirtyDaysAsync(DbConnection connection, DbTransaction tx, CancellationToken ct);

    /// <summary>Consumes what <see cref="ReadDirtyDaysAsync"/> read for the day (and no mark written since).</summary>
    internal abstract Task ClearDirtyAsync(DbConnection connection, DbTransaction tx, DirtyDay day, CancellationToken ct);

    /// <summary>The highest member number ever handed out, including forgotten members'.</summary>
    internal abstract Task<int> LastMemberNumberAsync(DbConnection connection, DbTransaction tx, CancellationToken ct);

    /// <summary>Remembers <paramref name="last"/> as the highest member number handed out.</summary>
    internal abstract Task MembersSavedAsync(DbConnection connection, DbTransaction tx, int last, CancellationToken ct);

    /// <summary>Forgets the member numbers of authors who lost a post since the last rollup and have none left.</summary>
    internal abstract Task ForgetAuthorsWithoutPostsAsync(DbConnection connection, DbTransaction tx, CancellationToken ct);

    /// <summary>A condition on <c>bucket</c> matching exactly <paramref name="buckets"/>; adds its parameter to <paramref name="command"/>.</summary>
    internal abstract string BucketsIn(DbCommand command, IReadOnlyList<DateOnly> buckets);
}
