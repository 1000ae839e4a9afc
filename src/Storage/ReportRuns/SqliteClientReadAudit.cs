using System.Globalization;
using Sermo.Storage.Sqlite;

namespace Sermo.Storage.ReportRuns;

public sealed class SqliteClientReadAudit(SqliteDatabase database) : IClientReadAudit
{
    public async Task RecordAsync(string clientId, string resource, string outcome, DateTimeOffset readAt, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO client_reads(client_id, resource, outcome, read_at) VALUES ($client, $resource, $outcome, $at)";
        command.Parameters.AddWithValue("$client", clientId);
        command.Parameters.AddWithValue("$resource", resource);
        command.Parameters.AddWithValue("$outcome", outcome);
        command.Parameters.AddWithValue("$at", SqliteReportRunLog.Timestamp(readAt));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<ClientRead>> ListAsync(string? clientId, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT id, client_id, resource, outcome, read_at FROM client_reads
            WHERE $client IS NULL OR client_id = $client ORDER BY id DESC LIMIT $limit
            """;
        command.Parameters.AddWithValue("$client", (object?)clientId ?? DBNull.Value);
        command.Parameters.AddWithValue("$limit", limit);
        var reads = new List<ClientRead>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            reads.Add(new ClientRead(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3),
                DateTimeOffset.Parse(reader.GetString(4), CultureInfo.InvariantCulture)));
        }

        return reads;
    }
}
