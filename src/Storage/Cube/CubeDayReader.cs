using System.Data.Common;
using Sermo.Analytics.Mnpi;
using Sermo.Analytics.Posts;
using Sermo.Analytics.Tagging;
using Sermo.Analytics.Watchlists;
using Sermo.Storage.Ingestion;

namespace Sermo.Storage.Cube;

/// <summary>
/// Turns one day's posts into that day's cube rows. Thread-safe: the rollup runs one per core, each on its own
/// read connection, while a single writer stores the results (on SQLite the writer's lock keeps the posts still meanwhile; on PostgreSQL a day changed meanwhile
/// has a new dirty mark, so the next rollup reads it again).
/// </summary>
/// <param name="checkDisclosure">The MNPI guard, asked only about posts that mention a finance client's term.</param>
internal sealed class CubeDayReader(IReadOnlyList<WatchlistMatcher> matchers, CubeMembers members, Func<string, TrialDisclosureVerdict> checkDisclosure)
{
    private const string Unknown = "";

    public async Task<(CubeRowSet Rows, int Posts)> ReadAsync(DbConnection connection, StoreDatabase database, DateOnly day, CancellationToken ct)
    {
        var rows = new CubeRowSet();
        var posts = 0;
        // The day is the bucket; created_at is not needed, so each post keeps the day's midnight instead of a parse.
        var midnight = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        await using var command = connection.Command(null, """
            SELECT post_id, source, author_key, specialty, state, text, sentiment, entities_json, adverse_json
            FROM posts WHERE day = @day
            """, ("@day", database.Day(day)));
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
            TrialDisclosureVerdict? verdict = null;
            CueCache? cues = null;
            foreach (var matcher in matchers)
            {
                var mentions = matcher.Match(post);
                if (mentions.Count > 0 && matcher.Watchlist.Kind == ClientKinds.Finance && (verdict ??= checkDisclosure(post.Text)).Flagged)
                {
                    rows.Held.Add(new Mnpi.TrialDisclosureHold(post.PostId, matcher.Watchlist.ClientId, day, verdict.Score, verdict.ByRules, string.Join(",", verdict.Cues)));
                    continue;
                }

                foreach (var mention in mentions)
                {
                    var cue = mention.Aspect is null ? null : (cues ??= new CueCache(post)).Of(mention.Entity);
                    rows.AddMention(matcher.Watchlist.ClientId, matcher.Watchlist.Terms[mention.TermIndex].Label, specialty, state, member, mention, cue);
                }
            }
        }

        return (rows, posts);
    }

    /// <summary>Each matched drug mention's cue, found once per post however many clients' terms matched it.</summary>
    private sealed class CueCache(TaggedPost post)
    {
        private readonly Dictionary<int, string?> _found = [];

        public string? Of(int entity)
        {
            if (!_found.TryGetValue(entity, out var cue))
            {
                _found[entity] = cue = Analytics.Aspects.AspectCueLexicon.ForMention(post.Text, post.Entities, entity);
            }

            return cue;
        }
    }
}
