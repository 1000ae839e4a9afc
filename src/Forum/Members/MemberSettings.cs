using Sermo.Forum.Engine;
using Sermo.Forum.Storage;

namespace Sermo.Forum.Members;

/// <summary>What members change about themselves: pseudonym, analytics opt-out, their data, their account.</summary>
public sealed class MemberSettings(ForumDatabase database, TimeProvider time)
{
    /// <summary>The reason the new pseudonym is refused, or null when it is now the member's. The old one stays reserved.</summary>
    public async Task<string?> ChangePseudonymAsync(string memberId, string pseudonym, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var write = await database.BeginWriteAsync(cancellationToken);
        var account = await write.QueryAsync("SELECT npi, email FROM forum_accounts WHERE member_id = @id",
            r => (Npi: r.GetString(0), Email: r.GetString(1)), cancellationToken, ("@id", memberId));
        if (account.Count == 0)
        {
            return "No such account.";
        }

        if (PseudonymRules.Check(pseudonym, account[0].Npi, account[0].Email) is { } refused)
        {
            return refused;
        }

        if (!await ForumEngine.ReserveNameAsync(write, memberId, pseudonym, cancellationToken))
        {
            return "That pseudonym is taken (or was someone's before).";
        }

        await write.ExecuteAsync("UPDATE forum_members SET pseudonym = @name WHERE member_id = @id", cancellationToken, ("@name", pseudonym), ("@id", memberId));
        await write.CommitAsync(now, cancellationToken);
        return null;
    }

    /// <summary>Past and future posts leave client analytics (the feed's opt-out change). One-way here: no opt back in yet.</summary>
    public async Task<bool> OptOutAsync(string memberId, CancellationToken cancellationToken)
    {
        await using var write = await database.BeginWriteAsync(cancellationToken);
        var changed = await ForumEngine.OptOutAsync(write, memberId, cancellationToken);
        await write.CommitAsync(time.GetUtcNow(), cancellationToken);
        return changed > 0;
    }

    /// <summary>
    /// Deletes the account: e-mail, NPI and password go; every post is emptied and shows "[deleted]", and leaves the
    /// index through the feed. Votes stay as anonymous counts. The pseudonyms stay reserved (and known to the
    /// anonymizer), so no one else can take them and mentions of them are still scrubbed.
    /// </summary>
    public async Task<int> DeleteAccountAsync(string memberId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var write = await database.BeginWriteAsync(cancellationToken);
        var posts = await write.QueryAsync("SELECT post_id FROM forum_posts WHERE member_id = @id AND NOT deleted ORDER BY created_at, post_id",
            r => r.GetString(0), cancellationToken, ("@id", memberId));
        foreach (var post in posts)
        {
            await ForumEngine.MarkDeletedAsync(write, post, cancellationToken);
        }

        await write.ExecuteAsync("DELETE FROM forum_accounts WHERE member_id = @id", cancellationToken, ("@id", memberId));
        await write.ExecuteAsync("UPDATE forum_members SET deleted_at = @now, verified = FALSE, state = NULL WHERE member_id = @id", cancellationToken,
            ("@now", database.Time(now)), ("@id", memberId));
        await write.CommitAsync(now, cancellationToken);
        return posts.Count;
    }

    public async Task<MemberExport?> ExportAsync(string memberId, CancellationToken cancellationToken)
    {
        await using var c = await database.OpenAsync(cancellationToken);
        var db = database;
        var profiles = await c.QueryAsync(null, """
            SELECT m.member_id, m.pseudonym, a.email, a.npi, m.specialty, m.state, a.review, a.roles, m.opted_out, m.joined_at
            FROM forum_members m JOIN forum_accounts a ON a.member_id = m.member_id WHERE m.member_id = @id
            """, r => new MemberExport.Profile(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), r.StringOrNull(5),
                r.GetString(6), r.GetString(7).Split(',', StringSplitOptions.RemoveEmptyEntries), r.GetBoolean(8), r.GetString(9)),
            cancellationToken, ("@id", memberId));
        if (profiles.Count == 0)
        {
            return null;
        }

        var id = ("@id", (object?)memberId);
        return new MemberExport(
            time.GetUtcNow(),
            profiles[0],
            await c.QueryAsync(null, "SELECT name FROM forum_pseudonyms WHERE member_id = @id AND name <> @current ORDER BY name",
                r => r.GetString(0), cancellationToken, id, ("@current", profiles[0].Pseudonym)),
            await c.QueryAsync(null, "SELECT thread_id, title, category, created_at FROM forum_threads WHERE member_id = @id ORDER BY created_at",
                r => new MemberExport.Thread(r.GetString(0), r.GetString(1), r.GetString(2), db.ReadTime(r, 3)), cancellationToken, id),
            await c.QueryAsync(null, "SELECT post_id, thread_id, created_at, edited_at, deleted, hidden, body FROM forum_posts WHERE member_id = @id ORDER BY created_at, post_id",
                r => new MemberExport.Post(r.GetString(0), r.GetString(1), db.ReadTime(r, 2), db.ReadTimeOrNull(r, 3), r.GetBoolean(4), r.GetBoolean(5), r.GetString(6)),
                cancellationToken, id),
            await c.QueryAsync(null, "SELECT post_id, value FROM forum_votes WHERE member_id = @id ORDER BY post_id",
                r => new MemberExport.Vote(r.GetString(0), r.GetInt32(1)), cancellationToken, id),
            await c.QueryAsync(null, """
                SELECT v.thread_id, o.label FROM forum_poll_votes v
                JOIN forum_poll_options o ON o.thread_id = v.thread_id AND o.option_no = v.option_no
                WHERE v.member_id = @id ORDER BY v.thread_id
                """, r => new MemberExport.PollVote(r.GetString(0), r.GetString(1)), cancellationToken, id),
            await c.QueryAsync(null, "SELECT post_id, reason, created_at FROM forum_reports WHERE member_id = @id ORDER BY created_at",
                r => new MemberExport.Report(r.GetString(0), r.GetString(1), db.ReadTime(r, 2)), cancellationToken, id));
    }
}
