using System.Threading.Channels;
using Microsoft.Data.Sqlite;
using Sermo.Analytics.HeatMaps;
using Sermo.Analytics.Watchlists;
using Sermo.Storage.Clients;
using Sermo.Storage.Sqlite;

namespace Sermo.Storage.Cube;

/// <summary>
/// The heat-map cube on SQLite at three grains (day, ISO week, month; see <see cref="SqliteCubeGrainsMigration"/>).
/// Rollup recomputes whole dirty days from the posts, so late, re-tagged and deleted posts converge and a second
/// run changes nothing; then it recomputes each touched week and month as the exact union of its day rows.
/// Reads cover a range with the coarsest whole buckets (<see cref="CubeGrains"/>) and union their author sets.
/// </summary>
public sealed class SqliteHeatMapCube(SqliteDatabase database, IClientRegistry clients) : IHeatMapCube
{
    /// <summary>Activity rows (who posted at all) are stored under this client id and term.</summary>
    internal const string ActivityKey = "";

    public async Task<RollupOutcome> RollupAsync(CancellationToken cancellationToken)
    {
        var matchers = (await clients.ListAsync(cancellationToken))
            .Select(c => new WatchlistMatcher(c.Watchlist))
            .ToList();

        await using var connection = await database.OpenAsync(cancellationToken);
        await using var tx = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        var days = new List<string>();
        await using (var dirty = CubeSql.Command(connection, tx, "SELECT day FROM cube_dirty_days ORDER BY day"))
        await using (var reader = await dirty.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                days.Add(reader.GetString(0));
            }
        }

        var members = await CubeMembers.LoadAsync(connection, tx, cancellationToken);
        var dayReader = new CubeDayReader(matchers, members);
        var rows = new CubeRowWriter(connection, tx);
        var touched = new HashSet<GrainBucket>();
        int posts = 0, cells = 0;

        // Days are read and matched in parallel (one read connection per worker); this connection writes.
        var built = Channel.CreateBounded<(string Day, CubeRowSet Rows, int Posts)>(Environment.ProcessorCount * 2);
        var producer = Task.Run(async () =>
        {
            try
            {
                await Parallel.ForEachAsync(days, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken }, async (day, ct) =>
                {
                    await using var reader = await database.OpenAsync(ct);
                    var (dayRows, dayPosts) = await dayReader.ReadAsync(reader, day, ct);
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
            await rows.DeleteBucketAsync(BucketInterval.Day, day, cancellationToken);
            await using (var clear = CubeSql.Command(connection, tx, "DELETE FROM cube_dirty_days WHERE day = $day"))
            {
                clear.Parameters.AddWithValue("$day", day);
                await clear.ExecuteNonQueryAsync(cancellationToken);
            }

            posts += dayPosts;
            cells += await rows.WriteAsync(BucketInterval.Day, day, dayRows, cancellationToken);
            var date = CubeSql.ParseDay(day);
            touched.Add(new GrainBucket(BucketInterval.Week, TimeBuckets.BucketStart(date, BucketInterval.Week)));
            touched.Add(new GrainBucket(BucketInterval.Month, TimeBuckets.BucketStart(date, BucketInterval.Month)));
        }

        await producer;
        await members.SaveNewAsync(connection, tx, cancellationToken);
        foreach (var bucket in touched.OrderBy(b => (b.Grain, b.Start)))
        {
            await rows.DeleteBucketAsync(bucket.Grain, bucket.Key, cancellationToken);
            var merged = await CubeRowSet.UnionOfDaysAsync(connection, tx, bucket.Start, TimeBuckets.BucketEnd(bucket.Start, bucket.Grain), cancellationToken);
            await rows.WriteAsync(bucket.Grain, bucket.Key, merged, cancellationToken);
        }

        if (days.Count > 0)
        {
            await CubeMembers.ForgetAuthorsWithoutPostsAsync(connection, tx, cancellationToken);
        }

        await tx.CommitAsync(cancellationToken);
        return new RollupOutcome(days.Count, posts, cells, matchers.Count);
    }

    public async Task<RollupOutcome> RebuildAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        await using (var connection = await database.OpenAsync(cancellationToken))
        await using (var mark = connection.CreateCommand())
        {
            // Days that lost all their posts still need their old cells cleared.
            mark.CommandText = """
                INSERT OR IGNORE INTO cube_dirty_days(day)
                SELECT DISTINCT day FROM posts WHERE day BETWEEN $from AND $to
                UNION SELECT DISTINCT bucket FROM cube_counts WHERE grain = 0 AND bucket BETWEEN $from AND $to
                """;
            mark.Parameters.AddWithValue("$from", CubeSql.Day(from));
            mark.Parameters.AddWithValue("$to", CubeSql.Day(to));
            await mark.ExecuteNonQueryAsync(cancellationToken);
        }

        return await RollupAsync(cancellationToken);
    }

    public Task<CubeSlice> GetSliceAsync(string clientId, BucketInterval interval, DateOnly from, DateOnly to, SegmentBy segment, CancellationToken cancellationToken) =>
        GetSliceAsync(clientId, interval, from, to, segment, null, cancellationToken);

    public async Task<CubeSlice> GetSliceAsync(string clientId, BucketInterval interval, DateOnly from, DateOnly to, SegmentBy segment, string? segmentValue, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await new CubeSliceReader(connection, BucketInterval.Month).ReadAsync(clientId, interval, from, to, segment, segmentValue, cancellationToken);
    }

    /// <summary>
    /// The same slice recounted from day rows only, ignoring the week and month rows: the reference those rows are
    /// tested against, and the "recount from days" peer of the heat-map benchmark.
    /// </summary>
    public async Task<CubeSlice> GetSliceFromDaysAsync(string clientId, BucketInterval interval, DateOnly from, DateOnly to, SegmentBy segment, string? segmentValue, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await new CubeSliceReader(connection, BucketInterval.Day).ReadAsync(clientId, interval, from, to, segment, segmentValue, cancellationToken);
    }

    public async Task<(DateOnly First, DateOnly Last)?> GetPostRangeAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = CubeSql.Command(connection, null, "SELECT MIN(day), MAX(day) FROM posts");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken) || reader.IsDBNull(0))
        {
            return null;
        }

        return (CubeSql.ParseDay(reader.GetString(0)), CubeSql.ParseDay(reader.GetString(1)));
    }
}
