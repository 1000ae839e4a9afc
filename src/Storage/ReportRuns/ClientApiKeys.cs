using System.Security.Cryptography;
using System.Text;

namespace Sermo.Storage.ReportRuns;

/// <summary>Client API keys on either backend; only a hash of each key is stored.</summary>
public sealed class ClientApiKeys(StoreDatabase database) : IClientApiKeys
{
    private const string Prefix = "sermo_";

    public async Task<string> IssueAsync(string clientId, DateTimeOffset issuedAt, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(clientId);
        var key = Prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(null, "INSERT INTO client_api_keys(key_hash, client_id, created_at) VALUES (@hash, @client, @at)",
            cancellationToken, ("@hash", Hash(key)), ("@client", clientId), ("@at", database.Time(issuedAt)));
        return key;
    }

    public async Task<string?> FindClientAsync(string key, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(key) || !key.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return null;
        }

        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        var clients = await connection.QueryAsync(null, "SELECT client_id FROM client_api_keys WHERE key_hash = @hash AND revoked_at IS NULL",
            reader => reader.GetString(0), cancellationToken, ("@hash", Hash(key)));
        return clients.SingleOrDefault();
    }

    public async Task<int> RevokeAsync(string clientId, DateTimeOffset revokedAt, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteAsync(null, "UPDATE client_api_keys SET revoked_at = @at WHERE client_id = @client AND revoked_at IS NULL",
            cancellationToken, ("@client", clientId), ("@at", database.Time(revokedAt)));
    }

    /// <summary>A key is 256 random bits, so a plain SHA-256 (no salt, no stretching) is enough to keep it unrecoverable.</summary>
    private static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
}
