using System.Globalization;
using Sermo.Forum.Storage;

namespace Sermo.Forum.Engine;

/// <summary>
/// Bulk and system writes: importing a forum, publishing, deleting and opting out by id. Every write that analytics
/// must see appends to <c>forum_changes</c> in the same transaction, which is what makes the change feed complete.
/// </summary>
public sealed class ForumEngine(ForumDatabase database, TimeProvider time)
{
    public async Task<ImportCounts> ImportAsync(ForumSnapshot snapshot, CancellationToken cancellationToken)
    {
        await using var write = await database.BeginWriteAsync(cancellationToken);
        int members = 0, threads = 0, posts = 0;

        foreach (var member in snapshot.Members)
        {
            var added = await write.ExecuteAsync("""
                INSERT INTO forum_members (member_id, handle, pseudonym, specialty, state, verified, opted_out, joined_at)
                VALUES (@id, @handle, @pseudonym, @specialty, @state, @verified, FALSE, @joined)
                ON CONFLICT DO NOTHING
                """, cancellationToken,
                ("@id", member.MemberId), ("@handle", member.Handle), ("@pseudonym", member.Pseudonym),
                ("@specialty", member.Specialty), ("@state", member.State), ("@verified", member.Verified),
                ("@joined", member.JoinedAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
            members += added;
            if (added > 0)
            {
                await ReserveNameAsync(write, member.MemberId, member.Handle, cancellationToken);
                await ReserveNameAsync(write, member.MemberId, member.Pseudonym, cancellationToken);
            }
        }

        foreach (var thread in snapshot.Threads)
        {
            threads += await write.ExecuteAsync("""
                INSERT INTO forum_threads (thread_id, title, specialty, member_id, created_at, category)
                VALUES (@id, @title, @specialty, @member, @at, @category)
                ON CONFLICT DO NOTHING
                """, cancellationToken,
                ("@id", thread.ThreadId), ("@title", thread.Title), ("@specialty", thread.Specialty),
                ("@member", thread.MemberId), ("@at", database.Time(thread.CreatedAt)), ("@category", thread.Category));
        }

        foreach (var post in snapshot.Posts.OrderBy(p => p.CreatedAt))
        {
            if (await InsertPostAsync(write, post, cancellationToken))
            {
                posts++;
                if (post.Deleted)
                {
                    await MarkDeletedAsync(write, post.PostId, cancellationToken);
                }
            }
        }

        foreach (var member in snapshot.Members.Where(m => m.OptedOut))
        {
            await OptOutAsync(write, member.MemberId, cancellationToken);
        }

        var changes = write.ChangeCount;
        await write.CommitAsync(time.GetUtcNow(), cancellationToken);
        return new ImportCounts(members, threads, posts, changes);
    }

    public async Task<bool> PublishAsync(ForumPost post, CancellationToken cancellationToken)
    {
        await using var write = await database.BeginWriteAsync(cancellationToken);
        var inserted = await InsertPostAsync(write, post, cancellationToken);
        await write.CommitAsync(time.GetUtcNow(), cancellationToken);
        return inserted;
    }

    public async Task<bool> DeletePostAsync(string postId, CancellationToken cancellationToken)
    {
        await using var write = await database.BeginWriteAsync(cancellationToken);
        var changed = await MarkDeletedAsync(write, postId, cancellationToken);
        await write.CommitAsync(time.GetUtcNow(), cancellationToken);
        return changed > 0;
    }

    public async Task<bool> OptOutAsync(string memberId, CancellationToken cancellationToken)
    {
        await using var write = await database.BeginWriteAsync(cancellationToken);
        var changed = await OptOutAsync(write, memberId, cancellationToken);
        await write.CommitAsync(time.GetUtcNow(), cancellationToken);
        return changed > 0;
    }

    internal static async Task<bool> InsertPostAsync(ForumWrite write, ForumPost post, CancellationToken ct)
    {
        var inserted = await write.ExecuteAsync("""
            INSERT INTO forum_posts (post_id, thread_id, parent_id, member_id, created_at, body, deleted)
            VALUES (@id, @thread, @parent, @member, @at, @body, FALSE)
            ON CONFLICT DO NOTHING
            """, ct,
            ("@id", post.PostId), ("@thread", post.ThreadId), ("@parent", post.ParentId),
            ("@member", post.MemberId), ("@at", write.Database.Time(post.CreatedAt)), ("@body", post.Body));
        if (inserted == 0)
        {
            return false;
        }

        write.Change(ChangeKinds.PostPublished, post.PostId, post.MemberId);
        return true;
    }

    /// <summary>Marks a post deleted and empties its text (the forum shows "[deleted]"); the feed removes it downstream.</summary>
    internal static async Task<int> MarkDeletedAsync(ForumWrite write, string postId, CancellationToken ct)
    {
        var changed = await write.ExecuteAsync(
            "UPDATE forum_posts SET deleted = TRUE, body = '' WHERE post_id = @id AND NOT deleted", ct, ("@id", postId));
        if (changed > 0)
        {
            write.Change(ChangeKinds.PostDeleted, postId, null);
        }

        return changed;
    }

    internal static async Task<int> OptOutAsync(ForumWrite write, string memberId, CancellationToken ct)
    {
        var changed = await write.ExecuteAsync(
            "UPDATE forum_members SET opted_out = TRUE WHERE member_id = @id AND NOT opted_out", ct, ("@id", memberId));
        if (changed > 0)
        {
            write.Change(ChangeKinds.MemberOptedOut, null, memberId);
        }

        return changed;
    }

    /// <summary>Reserves a name's lower-case key for a member; false when someone holds or held it.</summary>
    internal static async Task<bool> ReserveNameAsync(ForumWrite write, string memberId, string name, CancellationToken ct) =>
        await write.ExecuteAsync(
            "INSERT INTO forum_pseudonyms (name_key, member_id, name) VALUES (@key, @member, @name) ON CONFLICT DO NOTHING", ct,
            ("@key", NameKey(name)), ("@member", memberId), ("@name", name)) > 0;

    internal static string NameKey(string name) => name.Trim().ToLowerInvariant();
}
