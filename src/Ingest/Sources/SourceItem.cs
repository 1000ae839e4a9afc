namespace Sermo.Ingest.Sources;

/// <summary>
/// One thing read from a source. <see cref="Position"/> says where (for dead letters and logs);
/// <see cref="Checkpoint"/> is the cursor to persist once this item is committed.
/// </summary>
public abstract record SourceItem(string Position, string Checkpoint);

/// <summary>A post as a source delivers it: raw text that has not been scrubbed yet.</summary>
/// <param name="AuthorRef">The source's opaque author reference; the pipeline keys it before storing.</param>
/// <param name="IdDrawnAtRandom">
/// The id was drawn at random by the system the post came from (the forum's own post ids), so no person wrote it and
/// the enricher does not read it for identifiers (rule P9, decision 259). False for every id a client's system gave.
/// </param>
public sealed record IncomingPost(
    string Position,
    string Checkpoint,
    string PostId,
    string AuthorRef,
    DateTimeOffset CreatedAt,
    string? Specialty,
    string? State,
    string Text,
    bool IdDrawnAtRandom = false) : SourceItem(Position, Checkpoint);

public sealed record PostRemoval(string Position, string Checkpoint, string PostId) : SourceItem(Position, Checkpoint);

/// <summary>The author opted out: every post of theirs leaves the store, index and future rollups.</summary>
public sealed record AuthorRemoval(string Position, string Checkpoint, string AuthorRef) : SourceItem(Position, Checkpoint);

/// <summary>A record the source could not turn into a post; it becomes a dead letter.</summary>
/// <param name="Reason">A stable, machine-readable reason such as <c>malformed-json</c>.</param>
public sealed record RejectedRecord(string Position, string Checkpoint, string Reason, string Detail, string? Excerpt) : SourceItem(Position, Checkpoint);

/// <summary>The source moved its cursor past records it chose not to emit.</summary>
public sealed record CursorAdvance(string Position, string Checkpoint) : SourceItem(Position, Checkpoint);

public interface IPostSource
{
    /// <summary>Stable name; the checkpoint and dead letters are keyed by it.</summary>
    string Name { get; }

    IAsyncEnumerable<SourceItem> ReadAsync(string? checkpoint, CancellationToken cancellationToken);

    /// <summary>Member handles the anonymizer must remove from this source's text.</summary>
    Task<IReadOnlyCollection<string>> GetKnownHandlesAsync(CancellationToken cancellationToken);
}
