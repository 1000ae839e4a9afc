using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Sermo.Storage.Portal;

namespace Sermo.Portal.Access;

/// <summary>A key as the issuer sees it once: the key itself is never stored or shown again.</summary>
public sealed record IssuedApiKey(string KeyId, string Key, DateTimeOffset ExpiresAt);

/// <summary>
/// API keys for machines (<c>Authorization: Bearer sermo_pk_…</c>). A key acts as the account it was issued to, with that
/// account's role and client; it expires, can be revoked, and stops working when its account is disabled. Only a SHA-256
/// of the key is stored: it is 256 random bits, so no salt or stretching is needed to keep it unrecoverable.
/// </summary>
public sealed class PortalApiKeys(PortalApiKeyTable table, TimeProvider time, IOptions<PortalAccessOptions> options)
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
        return await table.InsertAsync(issued.KeyId, accountId, string.IsNullOrWhiteSpace(name) ? "api" : name.Trim(), Hash(issued.Key), now, issued.ExpiresAt, cancellationToken)
            ? issued
            : throw new PortalAccountException($"No enabled account '{accountId}' to issue a key to.");
    }

    /// <summary>The account a presented key acts for, or null when it is unknown, revoked, expired or its account disabled.</summary>
    public async Task<(PortalAccount Account, string KeyId)?> AuthenticateAsync(string? key, CancellationToken cancellationToken) =>
        string.IsNullOrEmpty(key) || !key.StartsWith(Prefix, StringComparison.Ordinal) || key.Length > 128
            ? null
            : await table.AuthenticateAsync(Hash(key), time.GetUtcNow(), cancellationToken);

    /// <summary>Revokes one key; false when there is no such live key.</summary>
    public Task<bool> RevokeAsync(string keyId, CancellationToken cancellationToken) => table.RevokeAsync(keyId, time.GetUtcNow(), cancellationToken);

    /// <summary>Revokes every live key of an account; returns how many.</summary>
    public Task<int> RevokeAllAsync(string accountId, CancellationToken cancellationToken) => table.RevokeAllAsync(accountId, time.GetUtcNow(), cancellationToken);

    /// <summary>Keys of one account, or of all when null; newest first.</summary>
    public Task<IReadOnlyList<PortalApiKey>> ListAsync(string? accountId, CancellationToken cancellationToken) => table.ListAsync(accountId, cancellationToken);

    private static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
