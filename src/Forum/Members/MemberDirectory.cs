using Sermo.Forum.Storage;

namespace Sermo.Forum.Members;

/// <summary>Members as the pages and the admins see them: one member, the verification queue, reviews and roles.</summary>
public sealed class MemberDirectory(ForumDatabase database, TimeProvider time)
{
    public async Task<ForumMember?> GetAsync(string memberId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync(null, """
            SELECT m.member_id, m.pseudonym, m.specialty, m.state, m.verified, m.opted_out, a.review, a.roles, a.security_stamp
            FROM forum_members m LEFT JOIN forum_accounts a ON a.member_id = m.member_id
            WHERE m.member_id = @id AND m.deleted_at IS NULL
            """, r => new ForumMember(
                r.GetString(0), r.GetString(1), r.GetString(2), r.StringOrNull(3), r.GetBoolean(4), r.GetBoolean(5), r.StringOrNull(6),
                (r.StringOrNull(7) ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries), r.StringOrNull(8)),
            cancellationToken, ("@id", memberId));
        return rows.Count == 0 ? null : rows[0];
    }

    /// <summary>Accounts waiting for review, oldest first: what an admin checks against the NPI registry.</summary>
    public async Task<IReadOnlyList<PendingMember>> ListPendingAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.QueryAsync(null, """
            SELECT m.member_id, m.pseudonym, a.email, a.npi, m.specialty, m.state, a.created_at
            FROM forum_accounts a JOIN forum_members m ON m.member_id = a.member_id
            WHERE a.review = @pending
            ORDER BY a.created_at, m.member_id
            """, r => new PendingMember(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), r.StringOrNull(5), database.ReadTime(r, 6)),
            cancellationToken, ("@pending", ReviewStates.Pending));
    }

    /// <summary>Approves (the member is verified and can read and post) or rejects a pending account. False when it was not pending.</summary>
    public async Task<bool> ReviewAsync(string memberId, bool approve, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var write = await database.BeginWriteAsync(cancellationToken);
        var changed = await write.ExecuteAsync("""
            UPDATE forum_accounts SET review = @review, reviewed_at = @now WHERE member_id = @id AND review = @pending
            """, cancellationToken, ("@review", approve ? ReviewStates.Approved : ReviewStates.Rejected), ("@now", database.Time(now)),
            ("@id", memberId), ("@pending", ReviewStates.Pending));
        if (changed > 0 && approve)
        {
            await write.ExecuteAsync("UPDATE forum_members SET verified = TRUE WHERE member_id = @id", cancellationToken, ("@id", memberId));
        }

        await write.CommitAsync(now, cancellationToken);
        return changed > 0;
    }

    /// <summary>
    /// Grants or revokes admin or moderator by e-mail (the <c>forum role</c> verb). Granting also approves the account:
    /// the first admin has no one to approve them.
    /// </summary>
    public async Task<bool> SetRoleAsync(string email, string role, bool grant, CancellationToken cancellationToken)
    {
        if (!ForumRoles.IsKnown(role))
        {
            throw new ArgumentException($"Unknown role '{role}': use {ForumRoles.Admin} or {ForumRoles.Moderator}.", nameof(role));
        }

        var now = time.GetUtcNow();
        await using var write = await database.BeginWriteAsync(cancellationToken);
        var accounts = await write.QueryAsync("SELECT member_id, roles FROM forum_accounts WHERE email_key = @email",
            r => (Id: r.GetString(0), Roles: r.GetString(1).Split(',', StringSplitOptions.RemoveEmptyEntries).ToHashSet()),
            cancellationToken, ("@email", MemberRegistration.EmailKey(email)));
        if (accounts.Count == 0)
        {
            return false;
        }

        var (id, roles) = accounts[0];
        _ = grant ? roles.Add(role) : roles.Remove(role);
        await write.ExecuteAsync("UPDATE forum_accounts SET roles = @roles WHERE member_id = @id", cancellationToken,
            ("@roles", string.Join(',', roles.Order(StringComparer.Ordinal))), ("@id", id));
        if (grant)
        {
            await write.ExecuteAsync("UPDATE forum_accounts SET review = @approved, reviewed_at = @now WHERE member_id = @id AND review <> @approved", cancellationToken,
                ("@approved", ReviewStates.Approved), ("@now", database.Time(now)), ("@id", id));
            await write.ExecuteAsync("UPDATE forum_members SET verified = TRUE WHERE member_id = @id", cancellationToken, ("@id", id));
        }

        await write.CommitAsync(now, cancellationToken);
        return true;
    }
}
