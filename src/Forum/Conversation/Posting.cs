using Sermo.Forum.Engine;
using Sermo.Forum.Members;
using Sermo.Forum.Storage;

namespace Sermo.Forum.Conversation;

/// <summary>Threads, replies, edits and deletes by verified members; each appends its feed change in its transaction.</summary>
public sealed class Posting(ForumDatabase database, TimeProvider time)
{
    public const int MaxTitle = 200;
    public const int MaxBody = 20_000;

    public async Task<string> CreateThreadAsync(string memberId, NewThread thread, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(thread);
        if (!ForumCategories.Contains(thread.Category))
        {
            throw new ForumRuleException(nameof(thread.Category), "Choose a category.");
        }

        var title = Text(thread.Title, nameof(thread.Title), 5, MaxTitle);
        var body = Text(thread.Body, nameof(thread.Body), 1, MaxBody);
        var poll = thread.Poll is null ? null : Polls.PollBallot.Validate(thread.Poll);
        var now = time.GetUtcNow();
        await using var write = await database.BeginWriteAsync(cancellationToken);
        var author = await RequireVerifiedAsync(write, memberId, cancellationToken);
        var threadId = "t-" + MemberRegistration.NewId();
        await write.ExecuteAsync("""
            INSERT INTO forum_threads (thread_id, title, specialty, member_id, created_at, category)
            VALUES (@id, @title, @specialty, @member, @at, @category)
            """, cancellationToken, ("@id", threadId), ("@title", title), ("@specialty", author.Specialty), ("@member", memberId),
            ("@at", database.Time(now)), ("@category", thread.Category));
        await ForumEngine.InsertPostAsync(write, new ForumPost(ForumPostIds.Draw(), threadId, null, memberId, now, body), cancellationToken);
        if (poll is not null)
        {
            await Polls.PollBallot.InsertAsync(write, threadId, poll, cancellationToken);
        }

        await write.CommitAsync(now, cancellationToken);
        return threadId;
    }

    public async Task<string> ReplyAsync(string memberId, string threadId, string body, CancellationToken cancellationToken)
    {
        var text = Text(body, "Body", 1, MaxBody);
        var now = time.GetUtcNow();
        await using var write = await database.BeginWriteAsync(cancellationToken);
        await RequireVerifiedAsync(write, memberId, cancellationToken);
        var opening = await write.ScalarAsync(
            "SELECT post_id FROM forum_posts WHERE thread_id = @thread AND parent_id IS NULL ORDER BY created_at, post_id LIMIT 1", cancellationToken, ("@thread", threadId))
            ?? throw new ForumRuleException("", "No such thread.");
        var postId = ForumPostIds.Draw();
        await ForumEngine.InsertPostAsync(write, new ForumPost(postId, threadId, (string)opening, memberId, now, text), cancellationToken);
        await write.CommitAsync(now, cancellationToken);
        return postId;
    }

    /// <summary>Edits the member's own visible post (and the thread's title when it is the opening post); the feed re-ingests it.</summary>
    public async Task EditAsync(string memberId, string postId, string body, string? title, CancellationToken cancellationToken)
    {
        var text = Text(body, "Body", 1, MaxBody);
        var now = time.GetUtcNow();
        await using var write = await database.BeginWriteAsync(cancellationToken);
        var post = await OwnVisiblePostAsync(write, memberId, postId, cancellationToken);
        await write.ExecuteAsync("UPDATE forum_posts SET body = @body, edited_at = @now WHERE post_id = @id", cancellationToken,
            ("@body", text), ("@now", database.Time(now)), ("@id", postId));
        if (post.IsOpening && title is not null)
        {
            await write.ExecuteAsync("UPDATE forum_threads SET title = @title WHERE thread_id = @thread", cancellationToken,
                ("@title", Text(title, "Title", 5, MaxTitle)), ("@thread", post.ThreadId));
        }

        write.Change(ChangeKinds.PostEdited, postId, memberId);
        await write.CommitAsync(now, cancellationToken);
    }

    /// <summary>Deletes the member's own post: its text is gone, the thread shows "[deleted]", the feed removes it.</summary>
    public async Task DeleteAsync(string memberId, string postId, CancellationToken cancellationToken)
    {
        await using var write = await database.BeginWriteAsync(cancellationToken);
        await OwnVisiblePostAsync(write, memberId, postId, cancellationToken);
        await ForumEngine.MarkDeletedAsync(write, postId, cancellationToken);
        await write.CommitAsync(time.GetUtcNow(), cancellationToken);
    }

    /// <summary>The post for editing: the member's own and still visible.</summary>
    public async Task<(string ThreadId, string Title, string Body, bool IsOpening)> GetOwnPostAsync(string memberId, string postId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync(null, """
            SELECT p.thread_id, t.title, p.body, CASE WHEN p.parent_id IS NULL THEN 1 ELSE 0 END FROM forum_posts p JOIN forum_threads t ON t.thread_id = p.thread_id
            WHERE p.post_id = @id AND p.member_id = @member AND NOT p.deleted AND NOT p.hidden
            """, r => (r.GetString(0), r.GetString(1), r.GetString(2), Convert.ToInt64(r.GetValue(3), System.Globalization.CultureInfo.InvariantCulture) == 1),
            cancellationToken, ("@id", postId), ("@member", memberId));
        return rows.Count == 0 ? throw new ForumRuleException("", "You can only change your own posts.") : rows[0];
    }

    internal static async Task<(string Specialty, bool Verified)> RequireVerifiedAsync(ForumWrite write, string memberId, CancellationToken ct)
    {
        var rows = await write.QueryAsync("SELECT specialty, verified FROM forum_members WHERE member_id = @id AND deleted_at IS NULL",
            r => (r.GetString(0), r.GetBoolean(1)), ct, ("@id", memberId));
        return rows.Count == 1 && rows[0].Item2 ? rows[0] : throw new ForumRuleException("", "Only verified members can post.");
    }

    private static async Task<(string ThreadId, bool IsOpening)> OwnVisiblePostAsync(ForumWrite write, string memberId, string postId, CancellationToken ct)
    {
        var rows = await write.QueryAsync("""
            SELECT thread_id, CASE WHEN parent_id IS NULL THEN 1 ELSE 0 END FROM forum_posts
            WHERE post_id = @id AND member_id = @member AND NOT deleted AND NOT hidden
            """, r => (r.GetString(0), Convert.ToInt64(r.GetValue(1), System.Globalization.CultureInfo.InvariantCulture) == 1), ct, ("@id", postId), ("@member", memberId));
        return rows.Count == 0 ? throw new ForumRuleException("", "You can only change your own posts.") : rows[0];
    }

    internal static string Text(string? value, string field, int min, int max)
    {
        var text = (value ?? "").Trim();
        return text.Length < min || text.Length > max
            ? throw new ForumRuleException(field, $"Write {min} to {max:N0} characters.")
            : text;
    }
}
