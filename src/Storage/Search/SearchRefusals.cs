namespace Sermo.Storage.Search;

/// <summary>The refused-search audit on either store backend.</summary>
public sealed class SearchRefusals(StoreDatabase database) : ISearchRefusals
{
    public async Task RecordAsync(SearchAsker asker, DateTimeOffset askedAt, string reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(asker);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(null,
            "INSERT INTO search_refusals(asked_by, asked_at, query, reason) VALUES (@who, @at, @query, @reason)",
            cancellationToken, ("@who", asker.Who), ("@at", database.Time(askedAt)), ("@query", asker.QueryText), ("@reason", reason));
    }

    public async Task<IReadOnlyList<SearchRefusal>> ListAsync(int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        return await connection.QueryAsync(null,
            "SELECT id, asked_by, asked_at, query, reason FROM search_refusals ORDER BY id DESC LIMIT @limit",
            reader => new SearchRefusal(reader.GetInt64(0), reader.GetString(1), database.ReadTime(reader, 2), reader.GetString(3), reader.GetString(4)),
            cancellationToken, ("@limit", limit));
    }
}
