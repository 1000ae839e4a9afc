using System.Globalization;

namespace Sermo.Storage.ReportRuns;

/// <summary>The client read audit on either backend.</summary>
public sealed class ClientReadAudit(StoreDatabase database) : IClientReadAudit
{
    public async Task<long> BeginAsync(string clientId, string resource, DateTimeOffset readAt, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = connection.Command(null,
            "INSERT INTO client_reads(client_id, resource, outcome, read_at) VALUES (@client, @resource, 'requested', @at) RETURNING id",
            ("@client", clientId), ("@resource", resource), ("@at", database.Time(readAt)));
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    public async Task FinishAsync(long readId, string? caller, string outcome, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(null, "UPDATE client_reads SET caller = @caller, outcome = @outcome WHERE id = @id",
            cancellationToken, ("@id", readId), ("@caller", caller), ("@outcome", outcome));
    }

    public async Task<IReadOnlyList<ClientRead>> ListAsync(string? clientId, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        return await connection.QueryAsync(null, """
            SELECT id, client_id, caller, resource, outcome, read_at FROM client_reads
            WHERE @client IS NULL OR client_id = @client OR caller = @client ORDER BY id DESC LIMIT @limit
            """,
            reader => new ClientRead(reader.GetInt64(0), reader.GetString(1), reader.StringOrNull(2), reader.GetString(3), reader.GetString(4),
                database.ReadTime(reader, 5)),
            cancellationToken, ("@client", clientId), ("@limit", limit));
    }
}
