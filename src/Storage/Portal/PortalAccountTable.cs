using System.Data.Common;

namespace Sermo.Storage.Portal;

/// <summary>
/// The portal's accounts on the store's backend. The portal decides (password hashing, lockout policy, who may do
/// what); this table keeps the rows, and each change that needs two rows (a password set and its audit line) commits
/// them together. Account e-mails are matched by a key the caller normalises.
/// </summary>
public sealed class PortalAccountTable(StoreDatabase database)
{
    /// <summary>A password set by an admin (the admin page or <c>portal user password</c>): the account's sessions end.</summary>
    public const string PasswordSet = "password-set";

    /// <summary>A signed-in user changed their own password.</summary>
    public const string PasswordChanged = "password-changed";

    /// <summary>A lockout reset: failures forgotten, the account may sign in again at once.</summary>
    public const string Unlocked = "unlocked";

    private const string Columns = "account_id, email, role, client_id, security_stamp, created_at, disabled_at, locked_until";

    /// <summary>Adds an account; false (nothing written) when its e-mail key is taken.</summary>
    public async Task<bool> InsertAsync(PortalAccount account, string emailKey, string? passwordHash, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteAsync(null, """
            INSERT INTO portal_accounts(account_id, email_key, email, role, client_id, password_hash, security_stamp, created_at)
            VALUES (@id, @key, @email, @role, @client, @hash, @stamp, @at) ON CONFLICT (email_key) DO NOTHING
            """, cancellationToken,
            ("@id", account.AccountId), ("@key", emailKey), ("@email", account.Email), ("@role", account.Role), ("@client", account.ClientId),
            ("@hash", passwordHash), ("@stamp", account.SecurityStamp), ("@at", database.Time(account.CreatedAt))) == 1;
    }

    public Task<PortalAccount?> GetAsync(string accountId, CancellationToken cancellationToken) => SingleAsync("account_id = @value", accountId, cancellationToken);

    public Task<PortalAccount?> FindByEmailKeyAsync(string emailKey, CancellationToken cancellationToken) => SingleAsync("email_key = @value", emailKey, cancellationToken);

    public async Task<IReadOnlyList<PortalAccount>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        return await connection.QueryAsync(null, $"SELECT {Columns} FROM portal_accounts ORDER BY email_key", r => Read(database, r, 0), cancellationToken);
    }

    public Task<PortalCredentials?> CredentialsByEmailKeyAsync(string emailKey, CancellationToken cancellationToken) =>
        CredentialsAsync("email_key = @value", emailKey, cancellationToken);

    public Task<PortalCredentials?> CredentialsAsync(string accountId, CancellationToken cancellationToken) =>
        CredentialsAsync("account_id = @value", accountId, cancellationToken);

    /// <summary>
    /// Counts one failed password in one statement (two failures at once both count); the failure that reaches
    /// <paramref name="maxFailures"/> locks the account until <paramref name="lockUntil"/> and starts the count again.
    /// Returns the end of the lockout when this failure locked the account.
    /// </summary>
    public async Task<DateTimeOffset?> RecordFailedSignInAsync(string accountId, int maxFailures, DateTimeOffset lockUntil, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        var locked = await connection.QueryAsync(null, """
            UPDATE portal_accounts SET
                locked_until = CASE WHEN failed_sign_ins + 1 >= @max THEN @until ELSE NULL END,
                failed_sign_ins = CASE WHEN failed_sign_ins + 1 >= @max THEN 0 ELSE failed_sign_ins + 1 END
            WHERE account_id = @id RETURNING locked_until
            """, r => r.IsDBNull(0) ? (DateTimeOffset?)null : database.ReadTime(r, 0), cancellationToken,
            ("@id", accountId), ("@max", maxFailures), ("@until", database.Time(lockUntil)));
        return locked.FirstOrDefault();
    }

    /// <summary>
    /// A good password: failures forgotten and the hash replaced by <paramref name="newHash"/> (a re-hash, or the same).
    /// False when the account changed since its hash was read (password changed, locked, disabled): the sign-in fails.
    /// </summary>
    public async Task<bool> RecordSignInAsync(string accountId, string readHash, string newHash, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteAsync(null, """
            UPDATE portal_accounts SET failed_sign_ins = 0, locked_until = NULL, password_hash = @new
            WHERE account_id = @id AND password_hash = @read AND disabled_at IS NULL AND (locked_until IS NULL OR locked_until <= @now)
            """, cancellationToken, ("@id", accountId), ("@read", readHash), ("@new", newHash), ("@now", database.Time(now))) == 1;
    }

    /// <summary>Disables an account with a new security stamp (its sessions end); false when there is no active account.</summary>
    public async Task<bool> DisableAsync(string emailKey, DateTimeOffset at, string newStamp, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteAsync(null,
            "UPDATE portal_accounts SET disabled_at = @at, security_stamp = @stamp WHERE email_key = @key AND disabled_at IS NULL",
            cancellationToken, ("@at", database.Time(at)), ("@stamp", newStamp), ("@key", emailKey)) > 0;
    }

    /// <summary>Resets an account's lockout and failure count, audited as <see cref="Unlocked"/> by <paramref name="actor"/>; the account, or null when none.</summary>
    public async Task<PortalAccount?> UnlockAsync(string emailKey, string actor, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var tx = await database.BeginWriteAsync(connection, null, cancellationToken);
        var ids = await connection.QueryAsync(tx,
            "UPDATE portal_accounts SET failed_sign_ins = 0, locked_until = NULL WHERE email_key = @key RETURNING account_id",
            r => r.GetString(0), cancellationToken, ("@key", emailKey));
        if (ids.Count == 0)
        {
            return null;
        }

        await AuditAsync(connection, tx, ids[0], Unlocked, actor, at, cancellationToken);
        await tx.CommitAsync(cancellationToken);
        return await GetAsync(ids[0], cancellationToken);
    }

    /// <summary>
    /// Sets a new password hash and security stamp (every session of the account ends), forgets failures and lockout,
    /// and audits <paramref name="change"/> by <paramref name="actor"/>, in one transaction. With
    /// <paramref name="readHash"/> only when the hash is still the one read (a concurrent change wins, this one fails).
    /// False when there is no active account with a password (machine accounts have none) or the hash moved on.
    /// </summary>
    public async Task<bool> SetPasswordAsync(
        string accountId, string? readHash, string newHash, string newStamp, string change, string actor, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var tx = await database.BeginWriteAsync(connection, null, cancellationToken);
        var changed = await connection.ExecuteAsync(tx, """
            UPDATE portal_accounts SET password_hash = @new, security_stamp = @stamp, failed_sign_ins = 0, locked_until = NULL
            WHERE account_id = @id AND disabled_at IS NULL AND password_hash IS NOT NULL AND (@read IS NULL OR password_hash = @read)
            """, cancellationToken, ("@id", accountId), ("@new", newHash), ("@stamp", newStamp), ("@read", readHash));
        if (changed != 1)
        {
            return false;
        }

        await AuditAsync(connection, tx, accountId, change, actor, at, cancellationToken);
        await tx.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>Audited account changes, newest first.</summary>
    public async Task<IReadOnlyList<PortalAccountChange>> ChangesAsync(int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        return await connection.QueryAsync(null, """
            SELECT c.id, c.at, c.account_id, a.email, c.change, c.actor FROM portal_account_changes c JOIN portal_accounts a ON a.account_id = c.account_id
            ORDER BY c.id DESC LIMIT @limit
            """, r => new PortalAccountChange(r.GetInt64(0), database.ReadTime(r, 1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetString(5)),
            cancellationToken, ("@limit", limit));
    }

    /// <summary>The account columns, qualified by <paramref name="alias"/>, in the order <see cref="Read"/> reads them.</summary>
    internal static string AccountColumns(string alias) => string.Join(", ", Columns.Split(", ").Select(c => alias + "." + c));

    internal static PortalAccount Read(StoreDatabase database, DbDataReader reader, int offset) => new(
        reader.GetString(offset), reader.GetString(offset + 1), reader.GetString(offset + 2), reader.StringOrNull(offset + 3),
        reader.GetString(offset + 4), database.ReadTime(reader, offset + 5), ReadTimeOrNull(database, reader, offset + 6), ReadTimeOrNull(database, reader, offset + 7));

    internal static DateTimeOffset? ReadTimeOrNull(StoreDatabase database, DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : database.ReadTime(reader, ordinal);

    private async Task AuditAsync(DbConnection connection, DbTransaction tx, string accountId, string change, string actor, DateTimeOffset at, CancellationToken cancellationToken) =>
        await connection.ExecuteAsync(tx, "INSERT INTO portal_account_changes(at, account_id, change, actor) VALUES (@at, @id, @change, @actor)",
            cancellationToken, ("@at", database.Time(at)), ("@id", accountId), ("@change", change), ("@actor", actor));

    private async Task<PortalAccount?> SingleAsync(string where, string value, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync(null, $"SELECT {Columns} FROM portal_accounts WHERE {where}", r => Read(database, r, 0), cancellationToken, ("@value", value));
        return rows.SingleOrDefault();
    }

    private async Task<PortalCredentials?> CredentialsAsync(string where, string value, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync(null,
            $"SELECT account_id, password_hash, failed_sign_ins, locked_until, disabled_at FROM portal_accounts WHERE {where}",
            r => new PortalCredentials(r.GetString(0), r.StringOrNull(1), r.GetInt32(2), ReadTimeOrNull(database, r, 3), !r.IsDBNull(4)),
            cancellationToken, ("@value", value));
        return rows.SingleOrDefault();
    }
}
