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

    /// <summary>
    /// How many calendar months of dirty days one rollup transaction covers (decision 075). Each transaction rebuilds
    /// its days, the weeks and months they touch, and clears those days' marks, so a rollup stopped between two
    /// transactions leaves days still marked that the next one completes. Tests set it to compare with one transaction.
    /// </summary>
    internal int MonthsPerTransaction { get; set; } = 1;

    /// <summary>Called after each rollup transaction commits; tests stop the rollup there as a crash would.</summary>
    internal Action? TransactionCommitted { get; set; }

    public async Task<RollupOutcome> RollupAsync(CancellationToken cancellationToken)
    {
        var matchers = (await clients.ListAsync(cancellationToken))
            .Select(c => new WatchlistMatcher(c.Watchlist))
            .ToList();
        var totals = new RollupTotals();
        // The months holding dirty days when the rollup starts, read in the first transaction; marks written later in a
        // month already rolled wait for the next rollup, so a rollup ends while writers go on (PostgreSQL).
        List<DateOnly>? months = null;
        var next = 0;
        do
        {
            await using var connection = await database.OpenConnectionAsync(cancellationToken);
            // One rollup transaction at a time, whichever host runs it.
            await using var tx = await database.BeginWriteAsync(connection, "cube-rollup", cancellationToken);
            var dirty = await ReadDirtyDaysAsync(connection, tx, cancellationToken);
            months ??= dirty.Select(d => MonthOf(d.Day)).Distinct().Order().ToList();
            var these = months.Skip(next).Take(MonthsPerTransaction).ToHashSet();
            next += MonthsPerTransaction;
            var days = dirty.Where(d => these.Contains(MonthOf(d.Day))).ToList();
            await RollupDaysAsync(connection, tx, matchers, days, totals, cancellationToken);
            if (next >= months.Count && totals.Days > 0)
            {
                // Only once every day marked at the start is rebuilt: no set read then still holds a forgotten member.
                await ForgetAuthorsWithoutPostsAsync(connection, tx, cancellationToken);
            }

            if (days.Count > 0)
            {
                await connection.ExecuteAsync(tx, CubeGenerationMigration.BumpSql, cancellationToken);
            }

            await tx.CommitAsync(cancellationToken);
            TransactionCommitted?.Invoke();
        }
        while (next < months.Count);

        return new RollupOutcome(totals.Days, totals.Posts, totals.Cells, matchers.Count);
    }

    private static DateOnly MonthOf(DateOnly day) => TimeBuckets.BucketStart(day, BucketInterval.Month);

    /// <summary>
    /// Rebuilds <paramref name="days"/> from their posts inside <paramref name="tx"/>, then each week and month they
    /// touch as the union of its day rows. A week that reaches into a month not rolled yet is rebuilt again with it.
    /// </summary>
    private async Task RollupDaysAsync(DbConnection connection, DbTransaction tx, IReadOnlyList<WatchlistMatcher> matchers, List<DirtyDay> days, RollupTotals totals, CancellationToken cancellationToken)
    {
        if (days.Count == 0)
        {
            return;
        }

        // Loaded in each transaction: another host's rollup may have numbered authors since the last one.
        var members = await CubeMembers.LoadAsync(connection, tx, await LastMemberNumberAsync(connection, tx, cancellationToken), cancellationToken);
        var dayReader = new CubeDayReader(matchers, members, text => TrialDisclosureGuard.Default.Check(text));
        var rows = new CubeRowWriter(connection, tx, database);
        var touched = new HashSet<GrainBucket>();

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
            totals.Posts += dayPosts;
            totals.Cells += await rows.WriteAsync(BucketInterval.Day, day.Day, dayRows, cancellationToken);
            await Mnpi.TrialDisclosureHolds.RecordAsync(connection, tx, database, dayRows.Held, cancellationToken);
            touched.Add(new GrainBucket(BucketInterval.Week, TimeBuckets.BucketStart(day.Day, BucketInterval.Week)));
            touched.Add(new GrainBucket(BucketInterval.Month, TimeBuckets.BucketStart(day.Day, BucketInterval.Month)));
        }

        await producer;
        totals.Days += days.Count;
        await members.SaveNewAsync(connection, tx, cancellationToken);
        await MembersSavedAsync(connection, tx, members.Last, cancellationToken);
        foreach (var bucket in touched.OrderBy(b => (b.Grain, b.Start)))
        {
            await rows.DeleteBucketAsync(bucket.Grain, bucket.Start, cancellationToken);
            var merged = await CubeRowSet.UnionOfDaysAsync(connection, tx, database, bucket.Start, TimeBuckets.BucketEnd(bucket.Start, bucket.Grain), cancellationToken);
            await rows.WriteAsync(bucket.Grain, bucket.Start, merged, cancellationToken);
        }
    }

    /// <summary>What a rollup did over all its transactions.</summary>
    private sealed class RollupTotals
    {
        public int Days { get; set; }

        public int Posts { get; set; }

        public int Cells { get; set; }
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
