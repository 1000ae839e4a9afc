using System.Globalization;
using System.Security.Cryptography;
using System.Text;
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
/// The heat-map cube on SQLite: per-day cells per (client, term, specialty, state) plus the per-client author
/// hashes behind each cell. Rollup recomputes whole days, so late, re-tagged and deleted posts converge.
/// </summary>
public sealed class SqliteHeatMapCube(SqliteDatabase database, IClientRegistry clients) : IHeatMapCube
{
    private const string Unknown = "";

    public async Task<RollupOutcome> RollupAsync(CancellationToken cancellationToken)
    {
        var matchers = (await clients.ListAsync(cancellationToken))
            .Select(c => new WatchlistMatcher(c.Watchlist))
            .ToList();

        await using var connection = await database.OpenAsync(cancellationToken);
        await using var tx = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        var salts = await SqliteClientRegistry.ReadSaltsAsync(connection, tx, cancellationToken);

        var days = new List<string>();
        await using (var dirty = Command(connection, tx, "SELECT day FROM cube_dirty_days ORDER BY day"))
        await using (var reader = await dirty.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                days.Add(reader.GetString(0));
            }
        }

        int posts = 0, cells = 0;
        foreach (var day in days)
        {
            await using (var clear = Command(connection, tx, """
                DELETE FROM cube_cells WHERE day = $day;
                DELETE FROM cube_authors WHERE day = $day;
                DELETE FROM cube_activity WHERE day = $day;
                DELETE FROM cube_dirty_days WHERE day = $day;
                """))
            {
                clear.Parameters.AddWithValue("$day", day);
                await clear.ExecuteNonQueryAsync(cancellationToken);
            }

            var dayCells = new Dictionary<(string Client, string Term, string Specialty, string State), CellCounts>();
            var dayAuthors = new HashSet<(string Client, string Term, string Specialty, string State, string Hash)>();
            var activity = new HashSet<(string Specialty, string State, string Author)>();
            foreach (var post in await ReadPostsAsync(connection, tx, day, cancellationToken))
            {
                posts++;
                var specialty = post.Specialty ?? Unknown;
                var state = post.State ?? Unknown;
                activity.Add((specialty, state, post.AuthorKey));
                foreach (var matcher in matchers)
                {
                    var client = matcher.Watchlist.ClientId;
                    var hash = AuthorHash(salts[client], post.AuthorKey);
                    foreach (var mention in matcher.Match(post))
                    {
                        var term = matcher.Watchlist.Terms[mention.TermIndex].Label;
                        var key = (client, term, specialty, state);
                        dayCells[key] = dayCells.GetValueOrDefault(key).Add(mention);
                        dayAuthors.Add((client, term, specialty, state, hash));
                    }
                }
            }

            cells += dayCells.Count;
            await WriteDayAsync(connection, tx, day, dayCells, dayAuthors, activity, cancellationToken);
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
                UNION SELECT DISTINCT day FROM cube_activity WHERE day BETWEEN $from AND $to
                """;
            mark.Parameters.AddWithValue("$from", Day(from));
            mark.Parameters.AddWithValue("$to", Day(to));
            await mark.ExecuteNonQueryAsync(cancellationToken);
        }

        return await RollupAsync(cancellationToken);
    }

    public async Task<CubeSlice> GetSliceAsync(string clientId, BucketInterval interval, DateOnly from, DateOnly to, SegmentBy segment, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var bucket = BucketSql(interval);
        var seg = segment switch
        {
            SegmentBy.Specialty => "specialty",
            SegmentBy.State => "state",
            _ => "NULL",
        };
        var range = "client_id = $client AND day BETWEEN $from AND $to";

        var cells = await ReadAggregatesAsync(connection, clientId, from, to, bucket, seg, range, cancellationToken);
        var totals = await ReadAggregatesAsync(connection, clientId, from, to, "$from", seg, range, cancellationToken);

        var activity = new List<SegmentActivity>();
        await using (var command = Command(connection, null, $"""
            SELECT {bucket} AS bucket, {seg} AS seg, COUNT(DISTINCT author_key)
            FROM cube_activity WHERE day BETWEEN $from AND $to
            GROUP BY bucket, seg
            """))
        {
            command.Parameters.AddWithValue("$from", Day(from));
            command.Parameters.AddWithValue("$to", Day(to));
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                activity.Add(new SegmentActivity(ParseDay(reader.GetString(0)), NullIfEmpty(reader, 1), reader.GetInt32(2)));
            }
        }

        return new CubeSlice(clientId, interval, from, to, cells, totals, activity);
    }

    public async Task<(DateOnly First, DateOnly Last)?> GetPostRangeAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = Command(connection, null, "SELECT MIN(day), MAX(day) FROM posts");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken) || reader.IsDBNull(0))
        {
            return null;
        }

        return (ParseDay(reader.GetString(0)), ParseDay(reader.GetString(1)));
    }

    private static async Task<List<CubeAggregate>> ReadAggregatesAsync(SqliteConnection connection, string clientId, DateOnly from, DateOnly to, string bucket, string seg, string range, CancellationToken ct)
    {
        var authors = new Dictionary<(string, string, string?), int>();
        await using (var command = Command(connection, null, $"""
            SELECT term, {bucket} AS bucket, {seg} AS seg, COUNT(DISTINCT author_hash)
            FROM cube_authors WHERE {range}
            GROUP BY term, bucket, seg
            """))
        {
            BindRange(command, clientId, from, to);
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                authors[(reader.GetString(0), reader.GetString(1), NullIfEmpty(reader, 2))] = reader.GetInt32(3);
            }
        }

        var aggregates = new List<CubeAggregate>();
        await using (var command = Command(connection, null, $"""
            SELECT term, {bucket} AS bucket, {seg} AS seg, SUM(mentions), SUM(positive), SUM(neutral), SUM(negative), SUM(adverse_events)
            FROM cube_cells WHERE {range}
            GROUP BY term, bucket, seg
            ORDER BY term, bucket, seg
            """))
        {
            BindRange(command, clientId, from, to);
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                var term = reader.GetString(0);
                var bucketStart = reader.GetString(1);
                var segment = NullIfEmpty(reader, 2);
                aggregates.Add(new CubeAggregate(
                    term, ParseDay(bucketStart), segment,
                    Mentions: reader.GetInt32(3),
                    DistinctAuthors: authors.GetValueOrDefault((term, bucketStart, segment)),
                    Positive: reader.GetInt32(4),
                    Neutral: reader.GetInt32(5),
                    Negative: reader.GetInt32(6),
                    AdverseEvents: reader.GetInt32(7)));
            }
        }

        return aggregates;
    }

    private static async Task WriteDayAsync(
        SqliteConnection connection, SqliteTransaction tx, string day,
        Dictionary<(string Client, string Term, string Specialty, string State), CellCounts> cells,
        HashSet<(string Client, string Term, string Specialty, string State, string Hash)> authors,
        HashSet<(string Specialty, string State, string Author)> activity,
        CancellationToken ct)
    {
        await using var cell = Command(connection, tx, """
            INSERT INTO cube_cells (client_id, term, day, specialty, state, mentions, positive, neutral, negative, adverse_events)
            VALUES ($client, $term, $day, $specialty, $state, $mentions, $positive, $neutral, $negative, $ae)
            """);
        foreach (var ((client, term, specialty, state), counts) in cells)
        {
            cell.Parameters.Clear();
            cell.Parameters.AddWithValue("$client", client);
            cell.Parameters.AddWithValue("$term", term);
            cell.Parameters.AddWithValue("$day", day);
            cell.Parameters.AddWithValue("$specialty", specialty);
            cell.Parameters.AddWithValue("$state", state);
            cell.Parameters.AddWithValue("$mentions", counts.Mentions);
            cell.Parameters.AddWithValue("$positive", counts.Positive);
            cell.Parameters.AddWithValue("$neutral", counts.Neutral);
            cell.Parameters.AddWithValue("$negative", counts.Negative);
            cell.Parameters.AddWithValue("$ae", counts.AdverseEvents);
            await cell.ExecuteNonQueryAsync(ct);
        }

        await using var author = Command(connection, tx, """
            INSERT INTO cube_authors (client_id, term, day, specialty, state, author_hash)
            VALUES ($client, $term, $day, $specialty, $state, $hash)
            """);
        foreach (var (client, term, specialty, state, hash) in authors)
        {
            author.Parameters.Clear();
            author.Parameters.AddWithValue("$client", client);
            author.Parameters.AddWithValue("$term", term);
            author.Parameters.AddWithValue("$day", day);
            author.Parameters.AddWithValue("$specialty", specialty);
            author.Parameters.AddWithValue("$state", state);
            author.Parameters.AddWithValue("$hash", hash);
            await author.ExecuteNonQueryAsync(ct);
        }

        await using var active = Command(connection, tx, "INSERT INTO cube_activity (day, specialty, state, author_key) VALUES ($day, $specialty, $state, $author)");
        foreach (var (specialty, state, authorKey) in activity)
        {
            active.Parameters.Clear();
            active.Parameters.AddWithValue("$day", day);
            active.Parameters.AddWithValue("$specialty", specialty);
            active.Parameters.AddWithValue("$state", state);
            active.Parameters.AddWithValue("$author", authorKey);
            await active.ExecuteNonQueryAsync(ct);
        }
    }

    private static async Task<List<TaggedPost>> ReadPostsAsync(SqliteConnection connection, SqliteTransaction tx, string day, CancellationToken ct)
    {
        await using var command = Command(connection, tx, """
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

    // Week buckets start on Monday (ISO 8601); strftime('%w') is 0 for Sunday.
    private static string BucketSql(BucketInterval interval) => interval switch
    {
        BucketInterval.Day => "day",
        BucketInterval.Week => "date(day, '-' || ((CAST(strftime('%w', day) AS INTEGER) + 6) % 7) || ' days')",
        BucketInterval.Month => "strftime('%Y-%m-01', day)",
        _ => throw new ArgumentOutOfRangeException(nameof(interval), interval, null),
    };

    private static string AuthorHash(byte[] salt, string authorKey) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(salt, Encoding.UTF8.GetBytes(authorKey)).AsSpan(0, 16));

    private static void BindRange(SqliteCommand command, string clientId, DateOnly from, DateOnly to)
    {
        command.Parameters.AddWithValue("$client", clientId);
        command.Parameters.AddWithValue("$from", Day(from));
        command.Parameters.AddWithValue("$to", Day(to));
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction? tx, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        return command;
    }

    private static string? NullIfEmpty(SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) || reader.GetString(ordinal).Length == 0 ? null : reader.GetString(ordinal);

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly ParseDay(string day) => DateOnly.ParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private readonly record struct CellCounts(int Mentions, int Positive, int Neutral, int Negative, int AdverseEvents)
    {
        public CellCounts Add(TermMention mention) => new(
            Mentions + 1,
            Positive + (mention.Sentiment == Sentiment.Positive ? 1 : 0),
            Neutral + (mention.Sentiment == Sentiment.Neutral ? 1 : 0),
            Negative + (mention.Sentiment == Sentiment.Negative ? 1 : 0),
            AdverseEvents + (mention.AdverseEvent ? 1 : 0));
    }
}
