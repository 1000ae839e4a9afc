using System.Globalization;
using System.Text.Json;
using Sermo.Storage.Sqlite;

namespace Sermo.Storage.ReportRuns;

public sealed class SqliteReportSchedules(SqliteDatabase database) : IReportSchedules
{
    public async Task<DateTimeOffset> RegisterAsync(
        string clientId, string reportId, string cron, string timeZone, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO report_schedules(client_id, report_id, cron, time_zone, since) VALUES ($client, $report, $cron, $zone, $now)
            ON CONFLICT(client_id, report_id) DO UPDATE SET
                since = CASE WHEN cron = excluded.cron AND time_zone = excluded.time_zone THEN since ELSE excluded.since END,
                cron = excluded.cron, time_zone = excluded.time_zone
            RETURNING since
            """;
        command.Parameters.AddWithValue("$client", clientId);
        command.Parameters.AddWithValue("$report", reportId);
        command.Parameters.AddWithValue("$cron", cron);
        command.Parameters.AddWithValue("$zone", timeZone);
        command.Parameters.AddWithValue("$now", SqliteReportRunLog.Timestamp(now));
        var since = (string)(await command.ExecuteScalarAsync(cancellationToken))!;
        return DateTimeOffset.Parse(since, CultureInfo.InvariantCulture);
    }

    public async Task<int> KeepOnlyAsync(IReadOnlyCollection<(string ClientId, string ReportId)> scheduled, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            DELETE FROM report_schedules WHERE NOT EXISTS (
                SELECT 1 FROM json_each($keep) k
                WHERE k.value ->> 0 = report_schedules.client_id AND k.value ->> 1 = report_schedules.report_id)
            """;
        command.Parameters.AddWithValue("$keep", JsonSerializer.Serialize(scheduled.Select(s => new[] { s.ClientId, s.ReportId })));
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
