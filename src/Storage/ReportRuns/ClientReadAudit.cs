namespace Sermo.Storage.ReportRuns;

/// <summary>The client read audit on either backend.</summary>
public sealed class ClientReadAudit(StoreDatabase database) : IClientReadAudit
{
    public async Task RecordAsync(string clientId, string resource, string outcome, DateTimeOffset readAt, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(null, "INSERT INTO client_reads(client_id, resource, outcome, read_at) VALUES (@client, @resource, @outcome, @at)",
            cancellationToken, ("@client", clientId), ("@resource", resource), ("@outcome", outcome), ("@at", database.Time(readAt)));
    }

    public async Task<IReadOnlyList<ClientRead>> ListAsync(string? clientId, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        return await connection.QueryAsync(null, """
            SELECT id, client_id, resource, outcome, read_at FROM client_reads
            WHERE @client IS NULL OR client_id = @client ORDER BY id DESC LIMIT @limit
            """,
            reader => new ClientRead(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), database.ReadTime(reader, 4)),
            cancellationToken, ("@client", clientId), ("@limit", limit));
    }
}
