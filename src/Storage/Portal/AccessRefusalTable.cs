namespace Sermo.Storage.Portal;

/// <summary>The audit of refused portal requests on the store's backend (the portal decides what is refused).</summary>
public sealed class AccessRefusalTable(StoreDatabase database)
{
    public async Task RecordAsync(DateTimeOffset at, string method, string path, string? caller, string reason, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(null, "INSERT INTO portal_refusals(at, method, path, caller, reason) VALUES (@at, @method, @path, @caller, @reason)",
            cancellationToken, ("@at", database.Time(at)), ("@method", method), ("@path", path), ("@caller", caller), ("@reason", reason));
    }

    /// <summary>Newest first.</summary>
    public async Task<IReadOnlyList<AccessRefusal>> ListAsync(int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        return await connection.QueryAsync(null, "SELECT id, at, method, path, caller, reason FROM portal_refusals ORDER BY id DESC LIMIT @limit",
            r => new AccessRefusal(r.GetInt64(0), database.ReadTime(r, 1), r.GetString(2), r.GetString(3), r.StringOrNull(4), r.GetString(5)),
            cancellationToken, ("@limit", limit));
    }
}
