using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Sermo.Portal.Access;

/// <summary>A key as the issuer sees it once: the key itself is never stored or shown again.</summary>
public sealed record IssuedApiKey(string KeyId, string Key, DateTimeOffset ExpiresAt);

/// <summary>A stored key, without its secret.</summary>
public sealed record PortalApiKey(string KeyId, string AccountId, string Name, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt, DateTimeOffset? RevokedAt);

/// <summary>
/// API keys for machines (<c>Authorization: Bearer sermo_pk_…</c>). A key acts as the account it was issued to, with that
/// account's role and client; it expires, can be revoked, and stops working when its account is disabled. Only a SHA-256
/// of the key is stored: it is 256 random bits, so no salt or stretching is needed to keep it unrecoverable.
/// </summary>
public sealed class PortalApiKeys(PortalDatabase database, TimeProvider time, IOptions<PortalAccessOptions> options)
{
    public const string Prefix = "sermo_pk_";

    public async Task<IssuedApiKey> IssueAsync(string accountId, string name, TimeSpan? lifetime, CancellationToken cancellationToken)
    {
        var life = lifetime ?? options.Value.KeyLifetime;
        if (life <= TimeSpan.Zero || life > options.Value.MaxKeyLifetime)
        {
            throw new PortalAccountException($"A key lives between a minute and {options.Value.MaxKeyLifetime.TotalDays:0} days (Portal:Access:MaxKeyLifetime); asked for {life}.");
        }

        var now = time.GetUtcNow();
        var issued = new IssuedApiKey("key_" + PortalAccounts.RandomId(), Prefix + Base64Url(RandomNumberGenerator.GetBytes(32)), now + life);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO portal_api_keys(key_id, account_id, name, key_hash, created_at, expires_at)
            SELECT $id, account_id, $name, $hash, $at, $expires FROM portal_accounts WHERE account_id = $account AND disabled_at IS NULL
            """;
        command.Parameters.AddWithValue("$id", issued.KeyId);
        command.Parameters.AddWithValue("$account", accountId);
        command.Parameters.AddWithValue("$name", string.IsNullOrWhiteSpace(name) ? "api" : name.Trim());
        command.Parameters.AddWithValue("$hash", Hash(issued.Key));
        command.Parameters.AddWithValue("$at", PortalDatabase.Time(now));
        command.Parameters.AddWithValue("$expires", PortalDatabase.Time(issued.ExpiresAt));
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1
            ? issued
            : throw new PortalAccountException($"No enabled account '{accountId}' to issue a key to.");
    }

    /// <summary>The account a presented key acts for, or null when it is unknown, revoked, expired or its account disabled.</summary>
    public async Task<(PortalAccount Account, string KeyId)?> AuthenticateAsync(string? key, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(key) || !key.StartsWith(Prefix, StringComparison.Ordinal) || key.Length > 128)
        {
            return null;
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT k.key_id, {PortalAccounts.AccountColumns("a")} FROM portal_api_keys k JOIN portal_accounts a ON a.account_id = k.account_id
            WHERE k.key_hash = $hash AND k.revoked_at IS NULL AND k.expires_at > $now AND a.disabled_at IS NULL
            """;
        command.Parameters.AddWithValue("$hash", Hash(key));
        command.Parameters.AddWithValue("$now", PortalDatabase.Time(time.GetUtcNow()));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? (PortalAccounts.Read(reader, 1), reader.GetString(0)) : null;
    }

    /// <summary>Revokes one key; false when there is no such live key.</summary>
    public async Task<bool> RevokeAsync(string keyId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "UPDATE portal_api_keys SET revoked_at = $at WHERE key_id = $id AND revoked_at IS NULL";
        command.Parameters.AddWithValue("$id", keyId);
        command.Parameters.AddWithValue("$at", PortalDatabase.Time(time.GetUtcNow()));
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    /// <summary>Revokes every live key of an account; returns how many.</summary>
    public async Task<int> RevokeAllAsync(string accountId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "UPDATE portal_api_keys SET revoked_at = $at WHERE account_id = $account AND revoked_at IS NULL";
        command.Parameters.AddWithValue("$account", accountId);
        command.Parameters.AddWithValue("$at", PortalDatabase.Time(time.GetUtcNow()));
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Keys of one account, or of all when null; newest first.</summary>
    public async Task<IReadOnlyList<PortalApiKey>> ListAsync(string? accountId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT key_id, account_id, name, created_at, expires_at, revoked_at FROM portal_api_keys
            WHERE $account IS NULL OR account_id = $account ORDER BY created_at DESC, key_id
            """;
        command.Parameters.AddWithValue("$account", (object?)accountId ?? DBNull.Value);
        var keys = new List<PortalApiKey>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            keys.Add(new PortalApiKey(reader.GetString(0), reader.GetString(1), reader.GetString(2), PortalDatabase.ReadTime(reader, 3),
                PortalDatabase.ReadTime(reader, 4), PortalDatabase.ReadTimeOrNull(reader, 5)));
        }

        return keys;
    }

    private static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
