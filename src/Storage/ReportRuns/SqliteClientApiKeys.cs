using System.Security.Cryptography;
using System.Text;
using Sermo.Storage.Sqlite;

namespace Sermo.Storage.ReportRuns;

public sealed class SqliteClientApiKeys(SqliteDatabase database) : IClientApiKeys
{
    private const string Prefix = "sermo_";

    public async Task<string> IssueAsync(string clientId, DateTimeOffset issuedAt, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(clientId);
        var key = Prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO client_api_keys(key_hash, client_id, created_at) VALUES ($hash, $client, $at)";
        command.Parameters.AddWithValue("$hash", Hash(key));
        command.Parameters.AddWithValue("$client", clientId);
        command.Parameters.AddWithValue("$at", SqliteReportRunLog.Timestamp(issuedAt));
        await command.ExecuteNonQueryAsync(cancellationToken);
        return key;
    }

    public async Task<string?> FindClientAsync(string key, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(key) || !key.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return null;
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT client_id FROM client_api_keys WHERE key_hash = $hash AND revoked_at IS NULL";
        command.Parameters.AddWithValue("$hash", Hash(key));
        return (string?)await command.ExecuteScalarAsync(cancellationToken);
    }

    public async Task<int> RevokeAsync(string clientId, DateTimeOffset revokedAt, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "UPDATE client_api_keys SET revoked_at = $at WHERE client_id = $client AND revoked_at IS NULL";
        command.Parameters.AddWithValue("$client", clientId);
        command.Parameters.AddWithValue("$at", SqliteReportRunLog.Timestamp(revokedAt));
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>A key is 256 random bits, so a plain SHA-256 (no salt, no stretching) is enough to keep it unrecoverable.</summary>
    private static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
}
