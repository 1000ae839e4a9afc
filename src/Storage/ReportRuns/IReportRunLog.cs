namespace Sermo.Storage.ReportRuns;

public enum ReportRunStatus
{
    Running,
    Succeeded,
    Failed,
}

/// <summary>One attempt to produce a client report.</summary>
/// <param name="Folder">The published outbox folder; null unless the run succeeded.</param>
/// <param name="Error">Why the run failed; for a success, formats that could not be rendered (e.g. no Chromium).</param>
public sealed record ReportRunRecord(
    long Id,
    string ClientId,
    string ReportId,
    string Period,
    ReportRunStatus Status,
    string? Error,
    DateTimeOffset StartedAt,
    DateTimeOffset? FinishedAt,
    string? Folder);

/// <summary>The history of report runs: the scheduler and the CLI record every run, the operator reads it.</summary>
public interface IReportRunLog
{
    Task<long> StartAsync(string clientId, string reportId, string period, DateTimeOffset startedAt, CancellationToken cancellationToken);

    Task FinishAsync(long runId, ReportRunStatus status, string? error, string? folder, DateTimeOffset finishedAt, CancellationToken cancellationToken);

    /// <summary>Newest first.</summary>
    Task<IReadOnlyList<ReportRunRecord>> ListAsync(string? clientId, int limit, CancellationToken cancellationToken);
}
