namespace Sermo.Storage.Portal;

/// <summary>API keys of portal accounts on the store's backend: only each key's hash is kept (the portal hashes).</summary>
public sealed class PortalApiKeyTable(StoreDatabase database)
{
    /// <summary>Adds a key to an enabled account; false (nothing written) when there is no such enabled account.</summary>
    public async Task<bool> InsertAsync(string keyId, string accountId, string name, string keyHash, DateTimeOffset createdAt, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteAsync(null, """
            INSERT INTO portal_api_keys(key_id, account_id, name, key_hash, created_at, expires_at)
            SELECT @id, account_id, @name, @hash, @at, @expires FROM portal_accounts WHERE account_id = @account AND disabled_at IS NULL
            """, cancellationToken,
            ("@id", keyId), ("@account", accountId), ("@name", name), ("@hash", keyHash), ("@at", database.Time(createdAt)), ("@expires", database.Time(expiresAt))) == 1;
    }

    /// <summary>The account a key hash acts for at <paramref name="now"/>, or null when unknown, revoked, expired or its account disabled.</summary>
    public async Task<(PortalAccount Account, string KeyId)?> AuthenticateAsync(string keyHash, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync(null, $"""
            SELECT k.key_id, {PortalAccountTable.AccountColumns("a")} FROM portal_api_keys k JOIN portal_accounts a ON a.account_id = k.account_id
            WHERE k.key_hash = @hash AND k.revoked_at IS NULL AND k.expires_at > @now AND a.disabled_at IS NULL
            """, r => (PortalAccountTable.Read(database, r, 1), r.GetString(0)), cancellationToken, ("@hash", keyHash), ("@now", database.Time(now)));
        return rows.Count == 1 ? rows[0] : null;
    }

    /// <summary>Revokes one key; false when there is no such live key.</summary>
    public async Task<bool> RevokeAsync(string keyId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteAsync(null, "UPDATE portal_api_keys SET revoked_at = @at WHERE key_id = @id AND revoked_at IS NULL",
            cancellationToken, ("@id", keyId), ("@at", database.Time(at))) == 1;
    }

    /// <summary>Revokes every live key of an account; returns how many.</summary>
    public async Task<int> RevokeAllAsync(string accountId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteAsync(null, "UPDATE portal_api_keys SET revoked_at = @at WHERE account_id = @account AND revoked_at IS NULL",
            cancellationToken, ("@account", accountId), ("@at", database.Time(at)));
    }

    /// <summary>Keys of one account, or of all when null; newest first.</summary>
    public async Task<IReadOnlyList<PortalApiKey>> ListAsync(string? accountId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        return await connection.QueryAsync(null, """
            SELECT key_id, account_id, name, created_at, expires_at, revoked_at FROM portal_api_keys
            WHERE @account IS NULL OR account_id = @account ORDER BY created_at DESC, key_id
            """, r => new PortalApiKey(r.GetString(0), r.GetString(1), r.GetString(2), database.ReadTime(r, 3), database.ReadTime(r, 4),
                PortalAccountTable.ReadTimeOrNull(database, r, 5)),
            cancellationToken, ("@account", accountId));
    }
}
