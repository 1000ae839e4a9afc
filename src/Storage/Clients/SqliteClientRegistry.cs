using System.Text.Json;
using Microsoft.Data.Sqlite;
using Sermo.Analytics.Watchlists;
using Sermo.Storage.Ingestion;
using Sermo.Storage.Sqlite;

namespace Sermo.Storage.Clients;

public sealed class SqliteClientRegistry(SqliteDatabase database) : IClientRegistry
{
    public const int MinimumK = 5;

    public async Task UpsertAsync(ClientRecord client, CancellationToken cancellationToken)
    {
        if (client.K < MinimumK)
        {
            throw new ArgumentOutOfRangeException(nameof(client), $"Client '{client.ClientId}': k = {client.K} is below the minimum of {MinimumK}; k may only be raised.");
        }

        var watchlistJson = JsonSerializer.Serialize(client.Watchlist, PostJson.Options);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var tx = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);

        await using var select = connection.CreateCommand();
        select.Transaction = tx;
        select.CommandText = "SELECT watchlist_json FROM clients WHERE client_id = $id";
        select.Parameters.AddWithValue("$id", client.ClientId);
        var previous = (string?)await select.ExecuteScalarAsync(cancellationToken);

        await using var upsert = connection.CreateCommand();
        upsert.Transaction = tx;
        upsert.CommandText = """
            INSERT INTO clients (client_id, name, kind, k, watchlist_json, reports_json)
            VALUES ($id, $name, $kind, $k, $watchlist, $reports)
            ON CONFLICT (client_id) DO UPDATE SET name = excluded.name, kind = excluded.kind, k = excluded.k,
                watchlist_json = excluded.watchlist_json, reports_json = excluded.reports_json
            """;
        upsert.Parameters.AddWithValue("$id", client.ClientId);
        upsert.Parameters.AddWithValue("$name", client.Name);
        upsert.Parameters.AddWithValue("$kind", client.Kind);
        upsert.Parameters.AddWithValue("$k", client.K);
        upsert.Parameters.AddWithValue("$watchlist", watchlistJson);
        upsert.Parameters.AddWithValue("$reports", client.ReportsJson);
        await upsert.ExecuteNonQueryAsync(cancellationToken);

        if (previous != watchlistJson)
        {
            await using var dirty = connection.CreateCommand();
            dirty.Transaction = tx;
            dirty.CommandText = "INSERT OR IGNORE INTO cube_dirty_days(day) SELECT DISTINCT day FROM posts";
            await dirty.ExecuteNonQueryAsync(cancellationToken);
        }

        await tx.CommitAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<ClientRecord>> ListAsync(CancellationToken cancellationToken) =>
        await QueryAsync(null, cancellationToken);

    public async Task<ClientRecord?> GetAsync(string clientId, CancellationToken cancellationToken) =>
        (await QueryAsync(clientId, cancellationToken)).SingleOrDefault();

    private async Task<List<ClientRecord>> QueryAsync(string? clientId, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT client_id, name, kind, k, watchlist_json, reports_json FROM clients WHERE $id IS NULL OR client_id = $id ORDER BY client_id";
        command.Parameters.AddWithValue("$id", (object?)clientId ?? DBNull.Value);
        var clients = new List<ClientRecord>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var watchlist = JsonSerializer.Deserialize<Watchlist>(reader.GetString(4), PostJson.Options)
                ?? throw new InvalidDataException($"Client '{reader.GetString(0)}' has an empty watchlist row.");
            clients.Add(new ClientRecord(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetInt32(3), watchlist, reader.GetString(5)));
        }

        return clients;
    }
}
