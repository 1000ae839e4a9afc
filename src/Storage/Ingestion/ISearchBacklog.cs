using Sermo.Analytics.Posts;

namespace Sermo.Storage.Ingestion;

/// <summary>
/// Changes the post store committed that an external search index has not confirmed. The ingest pipeline
/// acknowledges a batch's entries after pushing it, and replays what is left (after a crash or an index outage)
/// from the store's current state, so the index converges on the store whatever happened in between.
/// </summary>
public interface ISearchBacklog
{
    /// <summary>The oldest unacknowledged entries (at most <paramref name="maxEntries"/>), resolved against the store; null when empty.</summary>
    Task<SearchBacklogBatch?> ReadAsync(int maxEntries, CancellationToken cancellationToken);

    Task AcknowledgeAsync(SearchBacklogRange range, CancellationToken cancellationToken);

    Task<long> CountAsync(CancellationToken cancellationToken);
}

/// <summary>Backlog entries <c>From..Through</c> (sequence numbers, inclusive).</summary>
public sealed record SearchBacklogRange(long From, long Through);

/// <summary>
/// What the index must do to match the store for one range: posts that still exist are upserted as stored now,
/// posts that are gone are deleted, and opted-out authors are deleted by author.
/// </summary>
public sealed record SearchBacklogBatch(
    SearchBacklogRange Range,
    IReadOnlyList<TaggedPost> Upserts,
    IReadOnlyList<string> DeletedPostIds,
    IReadOnlyList<string> OptedOutAuthorKeys);
