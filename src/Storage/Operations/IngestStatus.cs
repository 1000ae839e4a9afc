namespace Sermo.Storage.Operations;

/// <summary>One ingest source as its checkpoint stands: where it is and when it last moved.</summary>
public sealed record SourceCheckpoint(string Source, string Cursor, DateTimeOffset UpdatedAt);

/// <summary>Dead letters of one source for one reason: how many, and when the newest arrived. No detail or excerpt: they may quote unscrubbed input.</summary>
public sealed record DeadLetterCount(string Source, string Reason, long Count, DateTimeOffset Newest);

/// <summary>What operators read about ingest: every source's checkpoint and the dead letters by reason.</summary>
public sealed record IngestStatus(IReadOnlyList<SourceCheckpoint> Sources, IReadOnlyList<DeadLetterCount> DeadLetters);
