using System.Globalization;
using Microsoft.Data.Sqlite;
using Sermo.Analytics.HeatMaps;
using Sermo.Analytics.Posts;
using Sermo.Analytics.Tagging;
using Sermo.Analytics.Watchlists;
using Sermo.Storage.Clients;
using Sermo.Storage.Ingestion;
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

    private const string Unknown = "";

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
        var rows = new CubeRowWriter(connection, tx);
        var touched = new SortedSet<GrainBucket>(Comparer<GrainBucket>.Create((a, b) => (a.Grain, a.Start).CompareTo((b.Grain, b.Start))));
        int posts = 0, cells = 0;
        foreach (var day in days)
        {
            await rows.DeleteBucketAsync(BucketInterval.Day, day, cancellationToken);
            await using (var clear = CubeSql.Command(connection, tx, "DELETE FROM cube_dirty_days WHERE day = $day"))
            {
                clear.Parameters.AddWithValue("$day", day);
                await clear.ExecuteNonQueryAsync(cancellationToken);
            }

            var dayRows = new CubeRowSet();
            foreach (var post in await ReadPostsAsync(connection, tx, day, cancellationToken))
            {
                posts++;
                var member = await members.NumberAsync(post.AuthorKey, cancellationToken);
                var specialty = post.Specialty ?? Unknown;
                var state = post.State ?? Unknown;
                dayRows.AddActivity(specialty, state, member);
                foreach (var matcher in matchers)
                {
                    foreach (var mention in matcher.Match(post))
                    {
                        dayRows.AddMention(matcher.Watchlist.ClientId, matcher.Watchlist.Terms[mention.TermIndex].Label, specialty, state, member, mention);
                    }
                }
            }

            cells += await rows.WriteAsync(BucketInterval.Day, day, dayRows, cancellationToken);
            var date = CubeSql.ParseDay(day);
            touched.Add(new GrainBucket(BucketInterval.Week, TimeBuckets.BucketStart(date, BucketInterval.Week)));
            touched.Add(new GrainBucket(BucketInterval.Month, TimeBuckets.BucketStart(date, BucketInterval.Month)));
        }

        foreach (var bucket in touched)
        {
            await rows.DeleteBucketAsync(bucket.Grain, bucket.Key, cancellationToken);
            var merged = await CubeRowSet.UnionOfDaysAsync(connection, tx, bucket.Start, TimeBuckets.BucketEnd(bucket.Start, bucket.Grain), cancellationToken);
            await rows.WriteAsync(bucket.Grain, bucket.Key, merged, cancellationToken);
        }

        if (days.Count > 0)
        {
            await members.ForgetAuthorsWithoutPostsAsync(cancellationToken);
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

    public async Task<CubeSlice> GetSliceAsync(string clientId, BucketInterval interval, DateOnly from, DateOnly to, SegmentBy segment, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await new CubeSliceReader(connection, BucketInterval.Month).ReadAsync(clientId, interval, from, to, segment, cancellationToken);
    }

    /// <summary>
    /// The same slice recounted from day rows only, ignoring the week and month rows: the reference those rows are
    /// tested against, and the "recount from days" peer of the heat-map benchmark.
    /// </summary>
    public async Task<CubeSlice> GetSliceFromDaysAsync(string clientId, BucketInterval interval, DateOnly from, DateOnly to, SegmentBy segment, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await new CubeSliceReader(connection, BucketInterval.Day).ReadAsync(clientId, interval, from, to, segment, cancellationToken);
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

    private static async Task<List<TaggedPost>> ReadPostsAsync(SqliteConnection connection, SqliteTransaction tx, string day, CancellationToken ct)
    {
        await using var command = CubeSql.Command(connection, tx, """
            SELECT post_id, source, author_key, created_at, specialty, state, text, redactions, sentiment, sentiment_score, entities_json, adverse_json
            FROM posts WHERE day = $day
            """);
        command.Parameters.AddWithValue("$day", day);
        var posts = new List<TaggedPost>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            posts.Add(new TaggedPost(
                reader.GetString(0), reader.GetString(1), reader.GetString(2),
                DateTimeOffset.Parse(reader.GetString(3), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal),
                reader.IsDBNull(4) ? null : reader.GetString(4),
                reader.IsDBNull(5) ? null : reader.GetString(5),
                reader.GetString(6), reader.GetInt32(7),
                PostJson.Entities(reader.GetString(10)),
                PostJson.AdverseEvents(reader.GetString(11)),
                (Sentiment)reader.GetInt32(8), reader.GetDouble(9)));
        }

        return posts;
    }
}
