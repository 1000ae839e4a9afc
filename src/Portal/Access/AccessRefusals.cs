namespace Sermo.Portal.Access;

/// <summary>One refused request to a portal endpoint: when, what, whose credentials (null: none or invalid), why.</summary>
public sealed record AccessRefusal(long Id, DateTimeOffset At, string Method, string Path, string? Caller, string Reason);

/// <summary>
/// The audit of refused portal requests: every request an access policy turns away (no or bad credentials, wrong role,
/// another client's id) is recorded before the refusal is sent.
/// </summary>
public sealed class AccessRefusals(PortalDatabase database, TimeProvider time)
{
    public const string NoCredentials = "no-credentials";
    public const string Forbidden = "forbidden";
    public const string OtherClient = "other-client";

    public async Task RecordAsync(string method, string path, string? caller, string reason, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO portal_refusals(at, method, path, caller, reason) VALUES ($at, $method, $path, $caller, $reason)";
        command.Parameters.AddWithValue("$at", PortalDatabase.Time(time.GetUtcNow()));
        command.Parameters.AddWithValue("$method", method);
        command.Parameters.AddWithValue("$path", path.Length > 1000 ? path[..1000] : path);
        command.Parameters.AddWithValue("$caller", (object?)caller ?? DBNull.Value);
        command.Parameters.AddWithValue("$reason", reason);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Newest first.</summary>
    public async Task<IReadOnlyList<AccessRefusal>> ListAsync(int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, at, method, path, caller, reason FROM portal_refusals ORDER BY id DESC LIMIT $limit";
        command.Parameters.AddWithValue("$limit", limit);
        var refusals = new List<AccessRefusal>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            refusals.Add(new AccessRefusal(reader.GetInt64(0), PortalDatabase.ReadTime(reader, 1), reader.GetString(2), reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetString(4), reader.GetString(5)));
        }

        return refusals;
    }
}
