using Sermo.Forum.Storage;

namespace Sermo.Forum.Conversation;

/// <summary>Up and down votes on answers, and the asker's accepted answer. Forum content only: not in the feed.</summary>
public sealed class Voting(ForumDatabase database, TimeProvider time)
{
    /// <summary>Sets the member's vote on an answer: +1, -1, or 0 to take it back. Not on questions, not on one's own posts.</summary>
    public async Task VoteAsync(string memberId, string postId, int value, CancellationToken cancellationToken)
    {
        if (value is < -1 or > 1)
        {
            throw new ForumRuleException("", "A vote is up, down or none.");
        }

        await using var write = await database.BeginWriteAsync(cancellationToken);
        await Posting.RequireVerifiedAsync(write, memberId, cancellationToken);
        var target = await write.QueryAsync("SELECT member_id, parent_id FROM forum_posts WHERE post_id = @id AND NOT deleted AND NOT hidden",
            r => (Author: r.GetString(0), IsAnswer: !r.IsDBNull(1)), cancellationToken, ("@id", postId));
        if (target.Count == 0 || !target[0].IsAnswer)
        {
            throw new ForumRuleException("", "Only answers can be voted on.");
        }

        if (target[0].Author == memberId)
        {
            throw new ForumRuleException("", "You cannot vote on your own answer.");
        }

        if (value == 0)
        {
            await write.ExecuteAsync("DELETE FROM forum_votes WHERE post_id = @post AND member_id = @member", cancellationToken, ("@post", postId), ("@member", memberId));
        }
        else
        {
            await write.ExecuteAsync("""
                INSERT INTO forum_votes (post_id, member_id, value) VALUES (@post, @member, @value)
                ON CONFLICT (post_id, member_id) DO UPDATE SET value = excluded.value
                """, cancellationToken, ("@post", postId), ("@member", memberId), ("@value", value));
        }

        await write.CommitAsync(time.GetUtcNow(), cancellationToken);
    }

    /// <summary>The asker marks one answer of their thread accepted, or clears it with a null post id.</summary>
    public async Task AcceptAsync(string memberId, string threadId, string? postId, CancellationToken cancellationToken)
    {
        await using var write = await database.BeginWriteAsync(cancellationToken);
        var asker = await write.ScalarAsync("SELECT member_id FROM forum_threads WHERE thread_id = @id", cancellationToken, ("@id", threadId));
        if (!Equals(asker, memberId))
        {
            throw new ForumRuleException("", "Only the member who asked can accept an answer.");
        }

        if (postId is not null && await write.ScalarAsync(
            "SELECT 1 FROM forum_posts WHERE post_id = @post AND thread_id = @thread AND parent_id IS NOT NULL AND NOT deleted AND NOT hidden",
            cancellationToken, ("@post", postId), ("@thread", threadId)) is null)
        {
            throw new ForumRuleException("", "Only a visible answer in this thread can be accepted.");
        }

        await write.ExecuteAsync("UPDATE forum_threads SET accepted_post_id = @post WHERE thread_id = @thread", cancellationToken, ("@post", postId), ("@thread", threadId));
        await write.CommitAsync(time.GetUtcNow(), cancellationToken);
    }
}
