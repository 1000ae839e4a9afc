using Sermo.Analytics.Posts;

namespace Sermo.Storage.Ingestion;

/// <summary>A record that could not be ingested, kept with where it came from and why.</summary>
/// <param name="Position">Where in the source: a line number, a feed cursor, a request id.</param>
/// <param name="Excerpt">A short, scrubbed excerpt for the operator; never raw text.</param>
public sealed record DeadLetter(string Source, string Position, string Reason, string Detail, string? Excerpt);

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
}

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
