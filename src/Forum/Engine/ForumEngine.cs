using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Sermo.Forum.Engine;

/// <summary>
/// Members, threads and posts. Every write that analytics must see appends to <c>forum_changes</c> in the
/// same transaction, which is what makes the change feed complete.
/// </summary>
public sealed class ForumEngine(ForumDatabase database, TimeProvider time)
{
    public async Task<ImportCounts> ImportAsync(ForumSnapshot snapshot, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var tx = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        int members = 0, threads = 0, posts = 0, changes = 0;

        foreach (var member in snapshot.Members)
        {
            members += await ExecuteAsync(connection, tx, """
                INSERT OR IGNORE INTO forum_members (member_id, handle, pseudonym, specialty, state, verified, opted_out, joined_at)
                VALUES ($id, $handle, $pseudonym, $specialty, $state, $verified, 0, $joined)
                """, cancellationToken,
                ("$id", member.MemberId), ("$handle", member.Handle), ("$pseudonym", member.Pseudonym),
                ("$specialty", member.Specialty), ("$state", member.State), ("$verified", member.Verified ? 1 : 0),
                ("$joined", member.JoinedAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        }

        foreach (var thread in snapshot.Threads)
        {
            threads += await ExecuteAsync(connection, tx, """
                INSERT OR IGNORE INTO forum_threads (thread_id, title, specialty, member_id, created_at)
                VALUES ($id, $title, $specialty, $member, $at)
                """, cancellationToken,
                ("$id", thread.ThreadId), ("$title", thread.Title), ("$specialty", thread.Specialty),
                ("$member", thread.MemberId), ("$at", Iso(thread.CreatedAt)));
        }

        foreach (var post in snapshot.Posts.OrderBy(p => p.CreatedAt))
        {
            if (await InsertPostAsync(connection, tx, post, cancellationToken))
            {
                posts++;
                changes++;
                if (post.Deleted)
                {
                    changes += await MarkDeletedAsync(connection, tx, post.PostId, cancellationToken);
                }
            }
        }

        foreach (var member in snapshot.Members.Where(m => m.OptedOut))
        {
            changes += await OptOutAsync(connection, tx, member.MemberId, cancellationToken);
        }

        await tx.CommitAsync(cancellationToken);
        return new ImportCounts(members, threads, posts, changes);
    }

    public async Task<bool> PublishAsync(ForumPost post, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var tx = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        var inserted = await InsertPostAsync(connection, tx, post, cancellationToken);
        await tx.CommitAsync(cancellationToken);
        return inserted;
    }

    public async Task<bool> DeletePostAsync(string postId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var tx = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        var changed = await MarkDeletedAsync(connection, tx, postId, cancellationToken);
        await tx.CommitAsync(cancellationToken);
        return changed > 0;
    }

    public async Task<bool> OptOutAsync(string memberId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var tx = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        var changed = await OptOutAsync(connection, tx, memberId, cancellationToken);
        await tx.CommitAsync(cancellationToken);
        return changed > 0;
    }

    private async Task<bool> InsertPostAsync(SqliteConnection connection, SqliteTransaction tx, ForumPost post, CancellationToken ct)
    {
        var inserted = await ExecuteAsync(connection, tx, """
            INSERT OR IGNORE INTO forum_posts (post_id, thread_id, parent_id, member_id, created_at, body, deleted)
            VALUES ($id, $thread, $parent, $member, $at, $body, 0)
            """, ct,
            ("$id", post.PostId), ("$thread", post.ThreadId), ("$parent", post.ParentId),
            ("$member", post.MemberId), ("$at", Iso(post.CreatedAt)), ("$body", post.Body));
        if (inserted == 0)
        {
            return false;
        }

        await AppendChangeAsync(connection, tx, ChangeKinds.PostPublished, post.PostId, post.MemberId, ct);
        return true;
    }

    private async Task<int> MarkDeletedAsync(SqliteConnection connection, SqliteTransaction tx, string postId, CancellationToken ct)
    {
        var changed = await ExecuteAsync(connection, tx,
            "UPDATE forum_posts SET deleted = 1 WHERE post_id = $id AND deleted = 0", ct, ("$id", postId));
        if (changed > 0)
        {
            await AppendChangeAsync(connection, tx, ChangeKinds.PostDeleted, postId, null, ct);
        }

        return changed;
    }

    private async Task<int> OptOutAsync(SqliteConnection connection, SqliteTransaction tx, string memberId, CancellationToken ct)
    {
        var changed = await ExecuteAsync(connection, tx,
            "UPDATE forum_members SET opted_out = 1 WHERE member_id = $id AND opted_out = 0", ct, ("$id", memberId));
        if (changed > 0)
        {
            await AppendChangeAsync(connection, tx, ChangeKinds.MemberOptedOut, null, memberId, ct);
        }

        return changed;
    }

    private Task<int> AppendChangeAsync(SqliteConnection connection, SqliteTransaction tx, string kind, string? postId, string? memberId, CancellationToken ct) =>
        ExecuteAsync(connection, tx,
            "INSERT INTO forum_changes (kind, post_id, member_id, at) VALUES ($kind, $post, $member, $at)", ct,
            ("$kind", kind), ("$post", postId), ("$member", memberId), ("$at", Iso(time.GetUtcNow())));

    private static async Task<int> ExecuteAsync(SqliteConnection connection, SqliteTransaction tx, string sql, CancellationToken ct, params (string Name, object? Value)[] parameters)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return await command.ExecuteNonQueryAsync(ct);
    }

    internal static string Iso(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
