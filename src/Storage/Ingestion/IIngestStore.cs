using Sermo.Analytics.Posts;

namespace Sermo.Storage.Ingestion;

/// <summary>
/// Records that could not be ingested, kept with where they came from and why: one record, or a run of records of one
/// source rejected for the same reason (so a file of a million junk lines is one row that counts them all).
/// </summary>
/// <param name="Position">Where in the source the (first) record is: a line number, a feed cursor.</param>
/// <param name="Detail">The (first) record's own detail.</param>
/// <param name="Excerpt">A short, scrubbed excerpt for the operator; never raw text.</param>
/// <param name="LastPosition">Where the run's last record is; null for one record.</param>
/// <param name="Records">How many records the row stands for.</param>
public sealed record DeadLetter(string Source, string Position, string Reason, string Detail, string? Excerpt, string? LastPosition = null, int Records = 1);

/// <summary>
/// One unit of ingest work, committed atomically with the source's new checkpoint, so a crash either keeps the
/// whole batch and its cursor or neither: nothing is lost and nothing is applied twice.
/// </summary>
public sealed record IngestBatch(
    string Source,
    string? Checkpoint,
    IReadOnlyList<TaggedPost> Upserts,
    IReadOnlyList<string> DeletedPostIds,
    IReadOnlyList<string> OptedOutAuthorKeys,
    IReadOnlyList<DeadLetter> DeadLetters)
{
    /// <summary>Also record the batch's posts and authors in the search backlog (an external index must be told).</summary>
    public bool QueueForSearch { get; init; }

    /// <summary>
    /// The lease the batch was read under; when set, the commit checks in its own transaction that the source has not
    /// changed hands and throws <see cref="LeaseLostException"/> instead of committing if it has.
    /// </summary>
    public SourceLease? Lease { get; init; }

    /// <summary>Store only posts not stored yet: a dead-letter replay recovers what was refused, never overwrites what is there.</summary>
    public bool InsertOnly { get; init; }

    /// <summary>
    /// The dead-letter rows this batch replays: marked replayed, with <see cref="ReplayOutcome"/>, in the transaction
    /// that stores what became of their records (the posts, and new rows for records refused again).
    /// </summary>
    public IReadOnlyList<long> ReplayedDeadLetters { get; init; } = [];

    public string? ReplayOutcome { get; init; }

    /// <summary>
    /// The upserts' row values, derived ahead of the commit (<see cref="WithPreparedRows"/>); a store derives whatever
    /// is missing or stale itself, so a batch without them stores the same rows.
    /// </summary>
    public IReadOnlyList<PreparedPostRow> Prepared { get; init; } = [];

    /// <summary>This batch with its upserts' row values derived now, on the calling thread (an enrichment thread, not the writer).</summary>
    public IngestBatch WithPreparedRows() => this with { Prepared = [.. Upserts.Select(PreparedPostRow.For)] };
}

/// <param name="DeadLetters">Rejected records not replayed yet (a row that stands for a run counts each of its records).</param>
public sealed record StoreTotals(int Posts, int DeadLetters);

public sealed record BatchOutcome(int Inserted, int Updated, int Unchanged, int Deleted, int DeadLettered)
{
    /// <summary>The backlog entries this batch added, to acknowledge once the external index has them.</summary>
    public SearchBacklogRange? SearchBacklog { get; init; }
}

public interface IIngestStore
{
    Task<string?> GetCheckpointAsync(string source, CancellationToken cancellationToken);

    Task<BatchOutcome> CommitAsync(IngestBatch batch, CancellationToken cancellationToken);

    Task<StoreTotals> GetTotalsAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Called when a source has been drained: folds the write-ahead log back into the database file, so searches
    /// after a large load read it directly instead of looking pages up in the log. Never blocks other readers.
    /// </summary>
    Task CheckpointAsync(CancellationToken cancellationToken);
}
