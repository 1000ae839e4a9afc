using Sermo.Analytics.Tagging;

namespace Sermo.Storage.Retagging;

/// <summary>A stored post's row id and scrubbed text, for re-tagging.</summary>
public readonly record struct StoredPostText(long RowId, string Text);

/// <summary>A new post-level sentiment for a stored post.</summary>
public readonly record struct SentimentUpdate(long RowId, Sentiment Sentiment, double Score);

/// <summary>A stored post's row id, scrubbed text and tagged entities, for re-deriving its mentions' aspects.</summary>
public readonly record struct StoredPostEntities(long RowId, string Text, IReadOnlyList<TaggedEntity> Entities);

/// <summary>A stored post's entities with their aspects re-derived.</summary>
public readonly record struct EntitiesUpdate(long RowId, IReadOnlyList<TaggedEntity> Entities);

/// <summary>What the re-tag jobs need from the post store: pages of posts in a day range and a checkpointed sentiment update.</summary>
public interface IPostSentimentStore
{
    /// <summary>Posts whose day is in <paramref name="from"/>..<paramref name="to"/> with row id above <paramref name="afterRowId"/>, in row id order.</summary>
    Task<IReadOnlyList<StoredPostText>> ReadPageAsync(DateOnly from, DateOnly to, long afterRowId, int limit, CancellationToken cancellationToken);

    /// <summary>Counts the posts in the range (for progress).</summary>
    Task<int> CountAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken);

    /// <summary>
    /// Writes the updates and moves checkpoint <paramref name="checkpoint"/> to <paramref name="cursor"/> in one transaction;
    /// with <paramref name="queueForSearch"/>, each post that changed joins the search backlog in that transaction too, so
    /// an external index is refreshed from it (ingest's replay) however the run ends. Returns how many posts changed.
    /// </summary>
    Task<int> UpdateAsync(IReadOnlyList<SentimentUpdate> updates, string checkpoint, long cursor, CancellationToken cancellationToken, bool queueForSearch = false);

    /// <summary>As <see cref="ReadPageAsync"/>, with each post's stored entities (the aspect re-tag keeps the tags and re-derives their aspects).</summary>
    Task<IReadOnlyList<StoredPostEntities>> ReadEntitiesPageAsync(DateOnly from, DateOnly to, long afterRowId, int limit, CancellationToken cancellationToken);

    /// <summary>As <see cref="UpdateAsync"/>, for the entities (with their new aspects).</summary>
    Task<int> UpdateEntitiesAsync(IReadOnlyList<EntitiesUpdate> updates, string checkpoint, long cursor, CancellationToken cancellationToken, bool queueForSearch = false);

    /// <summary>The checkpoint's cursor, or null when the run has not started.</summary>
    Task<long?> GetCheckpointAsync(string checkpoint, CancellationToken cancellationToken);
}
