namespace Sermo.Storage.ReportRuns;

public enum ReportRunStatus
{
    Running,
    Succeeded,
    Failed,
}

/// <summary>One attempt to produce a client report.</summary>
/// <param name="Folder">The published folder, relative to the outbox (<c>client/report-period</c>); null unless the run succeeded.</param>
/// <param name="Error">Why the run failed; for a success, formats that could not be rendered (e.g. no Chromium).</param>
/// <param name="Occurrence">The scheduled time a scheduler run was for; null for a run asked for by hand.</param>
public sealed record ReportRunRecord(
    long Id,
    string ClientId,
    string ReportId,
    string Period,
    ReportRunStatus Status,
    string? Error,
    DateTimeOffset StartedAt,
    DateTimeOffset? FinishedAt,
    string? Folder,
    DateTimeOffset? Occurrence = null);

/// <summary>One excerpt a run quoted: its place in the report (excerpt group, position) and the post it came from.</summary>
public sealed record ReportQuote(int TermIndex, int Position, string PostId, DateOnly Day, string Text);

/// <summary>
/// What a published run was rendered from, kept server-side so it can be rendered again without a withdrawn quote.
/// </summary>
/// <param name="ContentJson">Everything but the quotes, as Sermo.Reports serialised it.</param>
/// <param name="Quotes">The quotes whose posts still exist, in report order.</param>
/// <param name="Removals">Quoted posts deleted since the run was first rendered; a re-render records how many it left out.</param>
/// <param name="Folder">The folder the run publishes to, relative to the outbox (<c>client/report-period</c>).</param>
/// <param name="Stale">A quoted post was deleted after the current files were rendered.</param>
public sealed record ReportRunInputs(
    long RunId,
    string ClientId,
    string ReportId,
    string RenderId,
    string Folder,
    IReadOnlyList<string> Formats,
    string ContentJson,
    IReadOnlyList<ReportQuote> Quotes,
    int Removals,
    bool Stale,
    DateTimeOffset? RerenderedAt);

/// <summary>Where a published run's folder is (relative to the outbox) and whether a quoted post was deleted since it was rendered.</summary>
public sealed record ReportRunPlace(long RunId, string Folder, bool Stale);

/// <summary>The history of report runs: the scheduler and the CLI record every run, the operator reads it.</summary>
public interface IReportRunLog
{
    Task<long> StartAsync(string clientId, string reportId, string period, DateTimeOffset startedAt, CancellationToken cancellationToken);

    /// <summary>
    /// Starts the run of one scheduled occurrence unless it is already done: returns null when a run of the same client,
    /// report and occurrence succeeded, or is running and started less than <paramref name="runningLease"/> ago (an
    /// older one is taken as a crashed host's). Check and insert are one transaction, so two hosts never both start it.
    /// </summary>
    Task<long?> ClaimOccurrenceAsync(
        string clientId, string reportId, string period, DateTimeOffset occurrence, DateTimeOffset startedAt, TimeSpan runningLease,
        CancellationToken cancellationToken);

    /// <summary>
    /// The latest occurrence of the report that succeeded, or is running and started after <paramref name="runningSince"/>
    /// (an older one is a crashed host's); null if none.
    /// </summary>
    Task<DateTimeOffset?> LastOccurrenceAsync(string clientId, string reportId, DateTimeOffset runningSince, CancellationToken cancellationToken);

    Task FinishAsync(long runId, ReportRunStatus status, string? error, string? folder, DateTimeOffset finishedAt, CancellationToken cancellationToken);

    /// <summary>Newest first.</summary>
    Task<IReadOnlyList<ReportRunRecord>> ListAsync(string? clientId, int limit, CancellationToken cancellationToken);

    /// <summary>
    /// Records, before the run is published, what it will show and which posts it quotes. Returns the quotes whose posts
    /// still exist when this commits: a post deleted since it was read must not be shown at all. From here on, deleting
    /// a quoted post marks the run stale in the deleting transaction.
    /// </summary>
    Task<IReadOnlyList<ReportQuote>> SaveInputsAsync(
        long runId, string renderId, string folder, IReadOnlyList<string> formats, string contentJson, IReadOnlyList<ReportQuote> quotes,
        CancellationToken cancellationToken);

    /// <summary>The inputs of the client's run that wrote the folder whose manifest says <paramref name="renderId"/>; null for another client's.</summary>
    Task<ReportRunInputs?> FindInputsAsync(string clientId, string renderId, CancellationToken cancellationToken);

    /// <summary>
    /// Where the client's run of <paramref name="renderId"/> publishes and whether it is stale, without its content and
    /// quotes (a listing reads this per folder per request; only a stale run needs its inputs); null for another client's.
    /// </summary>
    Task<ReportRunPlace?> FindPlaceAsync(string clientId, string renderId, CancellationToken cancellationToken);

    /// <summary>Published runs (still the current files of their folder) that quote a post deleted since they were rendered.</summary>
    Task<IReadOnlyList<ReportRunInputs>> ListStaleAsync(string? clientId, CancellationToken cancellationToken);

    /// <summary>
    /// A re-render's new quotes for one excerpt section (docs/privacy.md P5: a row shows its full number of quotes or
    /// none, so a withdrawn quote is replaced by the cell's next post): replaces the section's recorded quotes in one
    /// transaction and returns those whose posts still exist, so a later deletion of a replacement marks the run stale.
    /// </summary>
    Task<IReadOnlyList<ReportQuote>> ReplaceSectionQuotesAsync(long runId, int termIndex, IReadOnlyList<ReportQuote> quotes, CancellationToken cancellationToken);

    /// <summary>
    /// After a re-render is published: its files leave out the first <paramref name="removals"/> deletions. A deletion
    /// that happened while it rendered keeps the run stale.
    /// </summary>
    Task MarkRerenderedAsync(long runId, int removals, DateTimeOffset rerenderedAt, CancellationToken cancellationToken);
}
