using System.Data.Common;
using System.Globalization;
using Sermo.Forum.Storage;

namespace Sermo.Forum.Conversation;

/// <summary>What verified members read: the thread list, one thread with its votes and poll, and the forum's own search.</summary>
public sealed class ThreadReader(ForumDatabase database, Polls.PollBallot polls)
{
    public const string DeletedAuthor = "[deleted]";

    private const string AuthorName = "CASE WHEN m.deleted_at IS NULL THEN m.pseudonym ELSE '[deleted]' END";

    public async Task<IReadOnlyList<ThreadSummary>> ListAsync(string? category, int page, int pageSize, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.QueryAsync(null, $"""
            SELECT t.thread_id, t.title, t.category, {AuthorName}, t.created_at,
                   (SELECT COUNT(*) FROM forum_posts r WHERE r.thread_id = t.thread_id AND r.parent_id IS NOT NULL AND NOT r.deleted AND NOT r.hidden),
                   COALESCE((SELECT MAX(r.created_at) FROM forum_posts r WHERE r.thread_id = t.thread_id), t.created_at),
                   CASE WHEN t.accepted_post_id IS NULL THEN 0 ELSE 1 END,
                   CASE WHEN EXISTS (SELECT 1 FROM forum_polls p WHERE p.thread_id = t.thread_id) THEN 1 ELSE 0 END
            FROM forum_threads t JOIN forum_members m ON m.member_id = t.member_id
            WHERE (CAST(@category AS TEXT) IS NULL OR t.category = CAST(@category AS TEXT))
            ORDER BY 7 DESC, t.thread_id
            LIMIT @limit OFFSET @offset
            """, r => new ThreadSummary(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), database.ReadTime(r, 4),
                (int)Long(r, 5), database.ReadTime(r, 6), Long(r, 7) == 1, Long(r, 8) == 1),
            cancellationToken, ("@category", category), ("@limit", pageSize), ("@offset", Math.Max(0, page) * pageSize));
    }

    public async Task<ThreadPage?> GetAsync(string threadId, string viewerId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var threads = await connection.QueryAsync(null, "SELECT title, category, member_id, accepted_post_id FROM forum_threads WHERE thread_id = @id",
            r => (Title: r.GetString(0), Category: r.GetString(1), Asker: r.GetString(2), Accepted: r.StringOrNull(3)), cancellationToken, ("@id", threadId));
        if (threads.Count == 0)
        {
            return null;
        }

        var thread = threads[0];
        var posts = await connection.QueryAsync(null, $"""
            SELECT p.post_id, {AuthorName}, p.member_id, p.parent_id, p.created_at, p.edited_at, p.deleted, p.hidden, p.body,
                   COALESCE((SELECT SUM(v.value) FROM forum_votes v WHERE v.post_id = p.post_id), 0),
                   COALESCE((SELECT v.value FROM forum_votes v WHERE v.post_id = p.post_id AND v.member_id = @viewer), 0)
            FROM forum_posts p JOIN forum_members m ON m.member_id = p.member_id
            WHERE p.thread_id = @id
            ORDER BY CASE WHEN p.parent_id IS NULL THEN 0 ELSE 1 END, p.created_at, p.post_id
            """, r => ReadPost(r, viewerId, thread.Accepted), cancellationToken, ("@id", threadId), ("@viewer", viewerId));
        var poll = await polls.GetAsync(connection, threadId, viewerId, cancellationToken);
        return new ThreadPage(threadId, thread.Title, thread.Category, thread.Asker == viewerId, thread.Accepted, posts, poll);
    }

    /// <summary>Visible posts whose text or thread title holds every word of the query, newest first (a scan: see docs/forum.md).</summary>
    public async Task<IReadOnlyList<SearchHit>> SearchAsync(string query, int limit, CancellationToken cancellationToken)
    {
        var words = query.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Take(6).ToList();
        if (words.Count == 0)
        {
            return [];
        }

        var conditions = string.Join(" AND ", words.Select((_, i) => $"(lower(p.body) LIKE @w{i} ESCAPE '\\' OR lower(t.title) LIKE @w{i} ESCAPE '\\')"));
        var parameters = words.Select((w, i) => ($"@w{i}", (object?)ForumSql.LikePattern(w.ToLowerInvariant())))
            .Append(("@limit", limit)).ToArray();
        await using var connection = await database.OpenAsync(cancellationToken);
        var hits = await connection.QueryAsync(null, $"""
            SELECT p.post_id, t.thread_id, t.title, {AuthorName}, p.created_at, p.body
            FROM forum_posts p JOIN forum_threads t ON t.thread_id = p.thread_id JOIN forum_members m ON m.member_id = p.member_id
            WHERE NOT p.deleted AND NOT p.hidden AND {conditions}
            ORDER BY p.created_at DESC, p.post_id
            LIMIT @limit
            """, r => new SearchHit(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), database.ReadTime(r, 4), Snippet(r.GetString(5), words[0])),
            cancellationToken, parameters);
        return hits;
    }

    private PostView ReadPost(DbDataReader r, string viewerId, string? accepted)
    {
        var postId = r.GetString(0);
        var state = r.GetBoolean(6) ? PostState.Deleted : r.GetBoolean(7) ? PostState.Hidden : PostState.Visible;
        var body = state switch
        {
            PostState.Deleted => DeletedAuthor,
            PostState.Hidden => "[hidden by a moderator]",
            _ => r.GetString(8),
        };
        return new PostView(postId, r.GetString(1), r.GetString(2) == viewerId, r.IsDBNull(3), database.ReadTime(r, 4), database.ReadTimeOrNull(r, 5),
            state, body, (int)Long(r, 9), (int)Long(r, 10), postId == accepted);
    }

    private static long Long(DbDataReader r, int ordinal) => Convert.ToInt64(r.GetValue(ordinal), CultureInfo.InvariantCulture);

    private static string Snippet(string body, string word)
    {
        var at = body.IndexOf(word, StringComparison.OrdinalIgnoreCase);
        var start = Math.Max(0, at - 80);
        var length = Math.Min(body.Length - start, 240);
        return (start > 0 ? "…" : "") + body.Substring(start, length) + (start + length < body.Length ? "…" : "");
    }
}
