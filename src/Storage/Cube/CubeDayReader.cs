using System.Globalization;
using Microsoft.Data.Sqlite;
using Sermo.Analytics.Posts;
using Sermo.Analytics.Tagging;
using Sermo.Analytics.Watchlists;
using Sermo.Storage.Ingestion;
using Sermo.Storage.Sqlite;

namespace Sermo.Storage.Cube;

/// <summary>
/// Turns one day's posts into that day's cube rows. Thread-safe: the rollup runs one per core, each on its own
/// read connection, while a single writer stores the results (the writer's lock keeps the posts still meanwhile).
/// </summary>
internal sealed class CubeDayReader(IReadOnlyList<WatchlistMatcher> matchers, CubeMembers members)
{
    private const string Unknown = "";

    public async Task<(CubeRowSet Rows, int Posts)> ReadAsync(SqliteConnection connection, string day, CancellationToken ct)
    {
        var rows = new CubeRowSet();
        var posts = 0;
        // The day is the bucket; created_at is not needed, so each post keeps the day's midnight instead of a parse.
        var midnight = new DateTimeOffset(CubeSql.ParseDay(day).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        await using var command = CubeSql.Command(connection, null, """
            SELECT post_id, source, author_key, specialty, state, text, sentiment, entities_json, adverse_json
            FROM posts WHERE day = $day
            """);
        command.Parameters.AddWithValue("$day", day);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            posts++;
            var post = new TaggedPost(
                reader.GetString(0), reader.GetString(1), reader.GetString(2), midnight,
                reader.IsDBNull(3) ? null : reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetString(4),
                reader.GetString(5), 0,
                PostJson.Entities(reader.GetString(7)),
                PostJson.AdverseEvents(reader.GetString(8)),
                (Sentiment)reader.GetInt32(6), 0);
            var member = members.Number(post.AuthorKey);
            var specialty = post.Specialty ?? Unknown;
            var state = post.State ?? Unknown;
            rows.AddActivity(specialty, state, member);
            foreach (var matcher in matchers)
            {
                foreach (var mention in matcher.Match(post))
                {
                    rows.AddMention(matcher.Watchlist.ClientId, matcher.Watchlist.Terms[mention.TermIndex].Label, specialty, state, member, mention);
                }
            }
        }

        return (rows, posts);
    }
}

/// <summary>
/// Dense member numbers for author keys, so author sets are small integer sets. Numbers are handed out in memory
/// (thread-safe) and stored by <see cref="SaveNewAsync"/> in the rollup's transaction; an author whose posts have
/// all left the store (opt-out, deletion) is forgotten once every set that held them has been rebuilt.
/// </summary>
internal sealed class CubeMembers
{
    private readonly Dictionary<string, int> _numbers;
    private readonly List<(string Key, int Number)> _new = [];
    private readonly Lock _gate = new();
    private int _next;

    private CubeMembers(Dictionary<string, int> numbers, int next)
    {
        _numbers = numbers;
        _next = next;
    }

    public static async Task<CubeMembers> LoadAsync(SqliteConnection connection, SqliteTransaction tx, CancellationToken ct)
    {
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        await using (var select = CubeSql.Command(connection, tx, "SELECT author_key, member_no FROM cube_members"))
        await using (var reader = await select.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                numbers[reader.GetString(0)] = reader.GetInt32(1);
            }
        }

        // Never reuse a forgotten author's number (AUTOINCREMENT keeps the high-water mark).
        await using var sequence = CubeSql.Command(connection, tx,
            "SELECT max(coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'cube_members'), 0), coalesce((SELECT max(member_no) FROM cube_members), 0))");
        var last = Convert.ToInt32(await sequence.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
        return new CubeMembers(numbers, last + 1);
    }

    public int Number(string authorKey)
    {
        lock (_gate)
        {
            if (!_numbers.TryGetValue(authorKey, out var number))
            {
                number = _next++;
                _numbers[authorKey] = number;
                _new.Add((authorKey, number));
            }

            return number;
        }
    }

    public async Task SaveNewAsync(SqliteConnection connection, SqliteTransaction tx, CancellationToken ct)
    {
        await using var insert = CubeSql.Command(connection, tx, "INSERT INTO cube_members (member_no, author_key) VALUES ($no, $key)");
        var no = insert.Parameters.Add("$no", SqliteType.Integer);
        var key = insert.Parameters.Add("$key", SqliteType.Text);
        foreach (var (authorKey, number) in _new)
        {
            no.Value = number;
            key.Value = authorKey;
            await insert.ExecuteNonQueryAsync(ct);
        }

        _new.Clear();
    }

    public static async Task ForgetAuthorsWithoutPostsAsync(SqliteConnection connection, SqliteTransaction tx, CancellationToken ct)
    {
        // Only authors who lost a post since the last rollup can be left without posts (cube_member_checks).
        await using var delete = CubeSql.Command(connection, tx, $"""
            DELETE FROM cube_members
             WHERE author_key IN (SELECT author_key FROM cube_member_checks)
               AND NOT EXISTS (SELECT 1 FROM posts_authors WHERE {SqliteAuthorPostingsMigration.MatchAuthor("cube_members.author_key")});
            DELETE FROM cube_member_checks;
            """);
        await delete.ExecuteNonQueryAsync(ct);
    }
}
