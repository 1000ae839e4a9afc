using Sermo.Analytics.Posts;

namespace Sermo.Storage.Ingestion;

/// <summary>
/// The search backlog on either backend. The ingest stores add a batch's entries inside the batch's own transaction;
/// this reads them back resolved against the store and acknowledges them once the external index has them.
/// </summary>
public sealed class SearchBacklog(StoreDatabase database) : ISearchBacklog
{
    public async Task<SearchBacklogBatch?> ReadAsync(int maxEntries, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxEntries, 1);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        var entries = await connection.QueryAsync(null, "SELECT seq, kind, key FROM search_backlog ORDER BY seq LIMIT @max",
            reader => (Seq: reader.GetInt64(0), Kind: reader.GetString(1), Key: reader.GetString(2)), cancellationToken, ("@max", maxEntries));
        if (entries.Count == 0)
        {
            return null;
        }

        var postIds = entries.Where(e => e.Kind != "author").Select(e => e.Key).ToHashSet(StringComparer.Ordinal);
        var authorKeys = entries.Where(e => e.Kind == "author").Select(e => e.Key).ToHashSet(StringComparer.Ordinal);

        // The store's current state decides: a post still there is pushed as it is now, one that is gone is deleted.
        var upserts = new List<TaggedPost>();
        await using (var posts = connection.Command(null, ""))
        {
            posts.CommandText = $"SELECT {StoredPostRow.Columns} FROM posts WHERE {database.InList(posts, "post_id", "@ids", postIds)}";
            await using var reader = await posts.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                upserts.Add(StoredPostRow.Read(reader, database));
            }
        }

        var gone = postIds.Except(upserts.Select(p => p.PostId), StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var range = new SearchBacklogRange(entries.Min(e => e.Seq), entries.Max(e => e.Seq));
        return new SearchBacklogBatch(range, upserts, gone, authorKeys.Order(StringComparer.Ordinal).ToList());
    }

    public async Task AcknowledgeAsync(SearchBacklogRange range, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(null, "DELETE FROM search_backlog WHERE seq BETWEEN @from AND @through", cancellationToken,
            ("@from", range.From), ("@through", range.Through));
    }

    public async Task<long> CountAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        return (await connection.QueryAsync(null, "SELECT COUNT(*) FROM search_backlog", reader => reader.GetInt64(0), cancellationToken)).Single();
    }

    /// <summary>The entries a batch adds, in order: its upserted and deleted post ids, then its opted-out authors.</summary>
    internal static IEnumerable<(string Kind, string Key)> Entries(IngestBatch batch) =>
        batch.Upserts.Select(p => ("post", p.PostId))
            .Concat(batch.DeletedPostIds.Select(id => ("post", id)))
            .Concat(batch.OptedOutAuthorKeys.Select(a => ("author", a)));
}
