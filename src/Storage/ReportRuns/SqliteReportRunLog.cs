using System.Globalization;
using Microsoft.Data.Sqlite;
using Sermo.Storage.Sqlite;

namespace Sermo.Storage.ReportRuns;

public sealed class SqliteReportRunLog(SqliteDatabase database) : IReportRunLog
{
    /// <summary>Errors are kept readable, not whole stack traces.</summary>
    private const int MaxErrorChars = 2000;

    public async Task<long> StartAsync(string clientId, string reportId, string period, DateTimeOffset startedAt, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO report_runs(client_id, report_id, period, status, started_at)
            VALUES ($client, $report, $period, $status, $started) RETURNING id
            """;
        command.Parameters.AddWithValue("$client", clientId);
        command.Parameters.AddWithValue("$report", reportId);
        command.Parameters.AddWithValue("$period", period);
        command.Parameters.AddWithValue("$status", nameof(ReportRunStatus.Running));
        command.Parameters.AddWithValue("$started", startedAt.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture));
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    public async Task FinishAsync(long runId, ReportRunStatus status, string? error, string? folder, DateTimeOffset finishedAt, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "UPDATE report_runs SET status = $status, error = $error, folder = $folder, finished_at = $finished WHERE id = $id";
        command.Parameters.AddWithValue("$id", runId);
        command.Parameters.AddWithValue("$status", status.ToString());
        command.Parameters.AddWithValue("$error", error is null ? DBNull.Value : error.Length <= MaxErrorChars ? error : error[..MaxErrorChars]);
        command.Parameters.AddWithValue("$folder", (object?)folder ?? DBNull.Value);
        command.Parameters.AddWithValue("$finished", finishedAt.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture));
        if (await command.ExecuteNonQueryAsync(cancellationToken) != 1)
        {
            throw new InvalidOperationException($"No report run {runId} to finish.");
        }
    }

    public async Task<IReadOnlyList<ReportRunRecord>> ListAsync(string? clientId, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT id, client_id, report_id, period, status, error, started_at, finished_at, folder FROM report_runs
            WHERE $client IS NULL OR client_id = $client
            ORDER BY id DESC LIMIT $limit
            """;
        command.Parameters.AddWithValue("$client", (object?)clientId ?? DBNull.Value);
        command.Parameters.AddWithValue("$limit", limit);
        var runs = new List<ReportRunRecord>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            runs.Add(new ReportRunRecord(
                reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3),
                Enum.Parse<ReportRunStatus>(reader.GetString(4)),
                reader.IsDBNull(5) ? null : reader.GetString(5),
                DateTimeOffset.Parse(reader.GetString(6), CultureInfo.InvariantCulture),
                reader.IsDBNull(7) ? null : DateTimeOffset.Parse(reader.GetString(7), CultureInfo.InvariantCulture),
                reader.IsDBNull(8) ? null : reader.GetString(8)));
        }

        return runs;
    }
}
