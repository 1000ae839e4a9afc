namespace Sermo.Storage.ReportRuns;

/// <summary>Since when each report has had its schedule, on either backend.</summary>
public sealed class ReportSchedules(StoreDatabase database) : IReportSchedules
{
    public async Task<DateTimeOffset> RegisterAsync(
        string clientId, string reportId, string cron, string timeZone, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        var since = await connection.QueryAsync(null, """
            INSERT INTO report_schedules(client_id, report_id, cron, time_zone, since) VALUES (@client, @report, @cron, @zone, @now)
            ON CONFLICT(client_id, report_id) DO UPDATE SET
                since = CASE WHEN report_schedules.cron = excluded.cron AND report_schedules.time_zone = excluded.time_zone
                             THEN report_schedules.since ELSE excluded.since END,
                cron = excluded.cron, time_zone = excluded.time_zone
            RETURNING since
            """,
            reader => database.ReadTime(reader, 0), cancellationToken,
            ("@client", clientId), ("@report", reportId), ("@cron", cron), ("@zone", timeZone), ("@now", database.Time(now)));
        return since.Single();
    }

    public async Task<int> KeepOnlyAsync(IReadOnlyCollection<(string ClientId, string ReportId)> scheduled, CancellationToken cancellationToken)
    {
        var keep = scheduled.ToHashSet();
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var tx = await database.BeginWriteAsync(connection, null, cancellationToken);
        var stored = await connection.QueryAsync(tx, "SELECT client_id, report_id FROM report_schedules",
            reader => (reader.GetString(0), reader.GetString(1)), cancellationToken);
        var forgotten = 0;
        foreach (var (clientId, reportId) in stored.Where(s => !keep.Contains(s)))
        {
            forgotten += await connection.ExecuteAsync(tx, "DELETE FROM report_schedules WHERE client_id = @client AND report_id = @report",
                cancellationToken, ("@client", clientId), ("@report", reportId));
        }

        await tx.CommitAsync(cancellationToken);
        return forgotten;
    }
}
