using Sermo.Forum.Conversation;
using Sermo.Forum.Engine;
using Sermo.Forum.Storage;

namespace Sermo.Forum.Moderation;

public sealed record ReportedPost(string PostId, string ThreadId, string ThreadTitle, string AuthorName, string Body, int Reports, IReadOnlyList<string> Reasons, DateTimeOffset FirstReportedAt);

public sealed record HiddenPost(string PostId, string ThreadId, string ThreadTitle, string AuthorName, string Body);

/// <summary>Members report posts; moderators hide them (they leave analytics like a deletion) or dismiss the reports.</summary>
public sealed class ModerationQueue(ForumDatabase database, TimeProvider time)
{
    public async Task ReportAsync(string memberId, string postId, string reason, CancellationToken cancellationToken)
    {
        var text = Posting.Text(reason, "Reason", 3, 500);
        var now = time.GetUtcNow();
        await using var write = await database.BeginWriteAsync(cancellationToken);
        await Posting.RequireVerifiedAsync(write, memberId, cancellationToken);
        if (await write.ScalarAsync("SELECT 1 FROM forum_posts WHERE post_id = @id AND NOT deleted", cancellationToken, ("@id", postId)) is null)
        {
            throw new ForumRuleException("", "No such post.");
        }

        await write.ExecuteAsync("INSERT INTO forum_reports (post_id, member_id, reason, created_at) VALUES (@post, @member, @reason, @now)", cancellationToken,
            ("@post", postId), ("@member", memberId), ("@reason", text), ("@now", database.Time(now)));
        await write.CommitAsync(now, cancellationToken);
    }

    public async Task<IReadOnlyList<ReportedPost>> ListOpenAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var reports = await connection.QueryAsync(null, """
            SELECT r.post_id, p.thread_id, t.title, CASE WHEN m.deleted_at IS NULL THEN m.pseudonym ELSE '[deleted]' END, p.body, r.reason, r.created_at
            FROM forum_reports r JOIN forum_posts p ON p.post_id = r.post_id JOIN forum_threads t ON t.thread_id = p.thread_id
            JOIN forum_members m ON m.member_id = p.member_id
            WHERE r.resolved_at IS NULL
            ORDER BY r.created_at, r.report_id
            """, r => (Post: r.GetString(0), Thread: r.GetString(1), Title: r.GetString(2), Author: r.GetString(3), Body: r.GetString(4), Reason: r.GetString(5), At: database.ReadTime(r, 6)),
            cancellationToken);
        return reports.GroupBy(r => r.Post)
            .Select(g => new ReportedPost(g.Key, g.First().Thread, g.First().Title, g.First().Author, g.First().Body, g.Count(), g.Select(r => r.Reason).ToList(), g.First().At))
            .ToList();
    }

    public async Task<IReadOnlyList<HiddenPost>> ListHiddenAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.QueryAsync(null, """
            SELECT p.post_id, p.thread_id, t.title, CASE WHEN m.deleted_at IS NULL THEN m.pseudonym ELSE '[deleted]' END, p.body
            FROM forum_posts p JOIN forum_threads t ON t.thread_id = p.thread_id JOIN forum_members m ON m.member_id = p.member_id
            WHERE p.hidden AND NOT p.deleted ORDER BY p.created_at DESC
            """, r => new HiddenPost(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4)), cancellationToken);
    }

    /// <summary>Hides a post and resolves its reports; the feed removes it from analytics.</summary>
    public async Task<bool> HideAsync(string postId, CancellationToken cancellationToken) =>
        await SetHiddenAsync(postId, hidden: true, "hidden", cancellationToken);

    /// <summary>Shows a hidden post again; the feed hands it to analytics again.</summary>
    public async Task<bool> UnhideAsync(string postId, CancellationToken cancellationToken) =>
        await SetHiddenAsync(postId, hidden: false, null, cancellationToken);

    public async Task DismissAsync(string postId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var write = await database.BeginWriteAsync(cancellationToken);
        await ResolveAsync(write, postId, "dismissed", now, cancellationToken);
        await write.CommitAsync(now, cancellationToken);
    }

    private async Task<bool> SetHiddenAsync(string postId, bool hidden, string? resolution, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        await using var write = await database.BeginWriteAsync(ct);
        var changed = await write.ExecuteAsync("UPDATE forum_posts SET hidden = @hidden WHERE post_id = @id AND hidden <> @hidden AND NOT deleted", ct,
            ("@hidden", hidden), ("@id", postId));
        if (changed > 0)
        {
            write.Change(hidden ? ChangeKinds.PostHidden : ChangeKinds.PostRestored, postId, null);
        }

        if (resolution is not null)
        {
            await ResolveAsync(write, postId, resolution, now, ct);
        }

        await write.CommitAsync(now, ct);
        return changed > 0;
    }

    private Task<int> ResolveAsync(ForumWrite write, string postId, string resolution, DateTimeOffset now, CancellationToken ct) =>
        write.ExecuteAsync("UPDATE forum_reports SET resolved_at = @now, resolution = @resolution WHERE post_id = @id AND resolved_at IS NULL", ct,
            ("@now", database.Time(now)), ("@resolution", resolution), ("@id", postId));
}
