namespace Sermo.Storage.Ingestion;

/// <summary>A stored dead-letter row as an operator lists it.</summary>
/// <param name="ReplayedAt">When a replay took its records up again; null while they wait.</param>
/// <param name="ReplayOutcome">What that replay did with them (stored, refused again).</param>
public sealed record StoredDeadLetter(
    long Id,
    string Source,
    string Position,
    string LastPosition,
    int Records,
    string Reason,
    string Detail,
    string? Excerpt,
    DateTimeOffset ReceivedAt,
    DateTimeOffset? ReplayedAt,
    string? ReplayOutcome);

/// <summary>Which rows to list; every field narrows, null leaves it open.</summary>
/// <param name="Source">A source name (<c>forum</c>, <c>drop:posts.jsonl</c>) or a kind (<c>drop</c>, <c>push</c>).</param>
/// <param name="Replayed">Also rows already replayed.</param>
public sealed record DeadLetterFilter(
    string? Reason = null,
    string? Source = null,
    DateTimeOffset? Since = null,
    DateTimeOffset? Until = null,
    bool Replayed = false,
    int Limit = 100);

/// <summary>A reason's total, counted in records.</summary>
public sealed record DeadLetterCount(string Reason, int Rows, long Records);

/// <summary>The operator's view of dead letters (written by the ingest store's commits).</summary>
public interface IDeadLetterStore
{
    /// <summary>Newest first.</summary>
    Task<IReadOnlyList<StoredDeadLetter>> ListAsync(DeadLetterFilter filter, CancellationToken cancellationToken);

    /// <summary>Records and rows by reason over the same filter (without its limit).</summary>
    Task<IReadOnlyList<DeadLetterCount>> CountAsync(DeadLetterFilter filter, CancellationToken cancellationToken);

    Task<StoredDeadLetter?> FindAsync(long id, CancellationToken cancellationToken);
}
