namespace Sermo.Storage.ReportRuns;

/// <summary>Since when each client report has had its current schedule (cron and time zone).</summary>
public interface IReportSchedules
{
    /// <summary>
    /// Records that the report is scheduled with this cron and time zone and returns since when it has been: the first
    /// time it was registered with them, or <paramref name="now"/> when either changed.
    /// </summary>
    Task<DateTimeOffset> RegisterAsync(string clientId, string reportId, string cron, string timeZone, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Forgets every schedule but these (reports deleted from their client); returns how many it forgot.</summary>
    Task<int> KeepOnlyAsync(IReadOnlyCollection<(string ClientId, string ReportId)> scheduled, CancellationToken cancellationToken);
}
