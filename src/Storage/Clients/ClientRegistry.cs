using System.Text.Json;
using Sermo.Analytics.Watchlists;
using Sermo.Storage.Ingestion;

namespace Sermo.Storage.Clients;

/// <summary>The client registry on either backend.</summary>
public sealed class ClientRegistry(StoreDatabase database) : IClientRegistry
{
    public const int MinimumK = 5;

    public async Task UpsertAsync(ClientRecord client, CancellationToken cancellationToken)
    {
        if (client.K < MinimumK)
        {
            throw new ArgumentOutOfRangeException(nameof(client), $"Client '{client.ClientId}': k = {client.K} is below the minimum of {MinimumK}; k may only be raised.");
        }

        var watchlistJson = JsonSerializer.Serialize(client.Watchlist, PostJson.Options);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        // Serialised per client, so two hosts loading the same definition compare against each other's result.
        await using var tx = await database.BeginWriteAsync(connection, "client:" + client.ClientId, cancellationToken);
        var previous = (await connection.QueryAsync(tx, "SELECT watchlist_json FROM clients WHERE client_id = @id",
            reader => reader.GetString(0), cancellationToken, ("@id", client.ClientId))).SingleOrDefault();

        await connection.ExecuteAsync(tx, """
            INSERT INTO clients (client_id, name, kind, k, watchlist_json, reports_json)
            VALUES (@id, @name, @kind, @k, @watchlist, @reports)
            ON CONFLICT (client_id) DO UPDATE SET name = excluded.name, kind = excluded.kind, k = excluded.k,
                watchlist_json = excluded.watchlist_json, reports_json = excluded.reports_json
            """, cancellationToken,
            ("@id", client.ClientId), ("@name", client.Name), ("@kind", client.Kind), ("@k", client.K),
            ("@watchlist", watchlistJson), ("@reports", client.ReportsJson));

        if (previous != watchlistJson)
        {
            await connection.ExecuteAsync(tx, database.MarkAllPostDaysDirtySql, cancellationToken);
        }

        await tx.CommitAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<ClientRecord>> ListAsync(CancellationToken cancellationToken) =>
        await QueryAsync(null, cancellationToken);

    public async Task<ClientRecord?> GetAsync(string clientId, CancellationToken cancellationToken) =>
        (await QueryAsync(clientId, cancellationToken)).SingleOrDefault();

    private async Task<List<ClientRecord>> QueryAsync(string? clientId, CancellationToken ct)
    {
        await using var connection = await database.OpenConnectionAsync(ct);
        return await connection.QueryAsync(null,
            "SELECT client_id, name, kind, k, watchlist_json, reports_json FROM clients WHERE @id IS NULL OR client_id = @id ORDER BY client_id",
            reader =>
            {
                var watchlist = JsonSerializer.Deserialize<Watchlist>(reader.GetString(4), PostJson.Options)
                    ?? throw new InvalidDataException($"Client '{reader.GetString(0)}' has an empty watchlist row.");
                return new ClientRecord(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetInt32(3), watchlist, reader.GetString(5));
            },
            ct, ("@id", clientId));
    }
}
