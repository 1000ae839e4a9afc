namespace Sermo.Storage.Operations;

/// <summary>One ingest source as its checkpoint stands: where it is and when it last moved.</summary>
public sealed record SourceCheckpoint(string Source, string Cursor, DateTimeOffset UpdatedAt);

/// <summary>Dead letters of one source for one reason: how many, and when the newest arrived. No detail or excerpt: they may quote unscrubbed input.</summary>
/// <param name="Waiting">Rows not replayed yet (what "replay after fix" would take up).</param>
public sealed record DeadLetterCount(string Source, string Reason, long Count, DateTimeOffset Newest, long Waiting);

/// <summary>What operators read about ingest: every source's checkpoint and the dead letters by reason.</summary>
public sealed record IngestStatus(IReadOnlyList<SourceCheckpoint> Sources, IReadOnlyList<DeadLetterCount> DeadLetters);
