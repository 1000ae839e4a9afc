using System.Globalization;
using Sermo.Storage.Sqlite;

namespace Sermo.Storage.ReportRuns;

public sealed class SqliteClientReadAudit(SqliteDatabase database) : IClientReadAudit
{
    public async Task<long> BeginAsync(string clientId, string resource, DateTimeOffset readAt, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO client_reads(client_id, resource, outcome, read_at) VALUES ($client, $resource, 'requested', $at) RETURNING id";
        command.Parameters.AddWithValue("$client", clientId);
        command.Parameters.AddWithValue("$resource", resource);
        command.Parameters.AddWithValue("$at", SqliteReportRunLog.Timestamp(readAt));
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    public async Task FinishAsync(long readId, string? caller, string outcome, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "UPDATE client_reads SET caller = $caller, outcome = $outcome WHERE id = $id";
        command.Parameters.AddWithValue("$id", readId);
        command.Parameters.AddWithValue("$caller", (object?)caller ?? DBNull.Value);
        command.Parameters.AddWithValue("$outcome", outcome);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<ClientRead>> ListAsync(string? clientId, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT id, client_id, caller, resource, outcome, read_at FROM client_reads
            WHERE $client IS NULL OR client_id = $client OR caller = $client ORDER BY id DESC LIMIT $limit
            """;
        command.Parameters.AddWithValue("$client", (object?)clientId ?? DBNull.Value);
        command.Parameters.AddWithValue("$limit", limit);
        var reads = new List<ClientRead>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            reads.Add(new ClientRead(reader.GetInt64(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2), reader.GetString(3), reader.GetString(4),
                DateTimeOffset.Parse(reader.GetString(5), CultureInfo.InvariantCulture)));
        }

        return reads;
    }
}
