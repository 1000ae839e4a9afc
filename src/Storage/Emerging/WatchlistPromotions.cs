using System.Text.Json;
using Sermo.Analytics.Watchlists;
using Sermo.Storage.Ingestion;

namespace Sermo.Storage.Emerging;

/// <summary>Promotions on either backend: the watchlist change and its audit row commit together.</summary>
public sealed class WatchlistPromotions(StoreDatabase database) : IWatchlistPromotions
{
    public const string Added = "added";
    public const string AlreadyWatched = "already-watched";

    public async Task<WatchlistPromotion> PromoteAsync(string clientId, string term, string label, string analyst, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(term);
        ArgumentException.ThrowIfNullOrWhiteSpace(label);
        ArgumentException.ThrowIfNullOrWhiteSpace(analyst);
        term = term.Trim().ToLowerInvariant();
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var tx = await database.BeginWriteAsync(connection, "client:" + clientId, cancellationToken);
        var json = (await connection.QueryAsync(tx, "SELECT watchlist_json FROM clients WHERE client_id = @id",
            reader => reader.GetString(0), cancellationToken, ("@id", clientId))).SingleOrDefault()
            ?? throw new KeyNotFoundException($"no client '{clientId}'");
        var watchlist = JsonSerializer.Deserialize<Watchlist>(json, PostJson.Options)
            ?? throw new InvalidDataException($"Client '{clientId}' has an empty watchlist row.");

        var watched = watchlist.Terms.Any(t => t.Matches.Any(m => string.Equals(m.Trim(), term, StringComparison.OrdinalIgnoreCase)));
        if (!watched)
        {
            var changed = watchlist with { Terms = [.. watchlist.Terms, new WatchlistTerm(label.Trim(), [term])] };
            await connection.ExecuteAsync(tx, "UPDATE clients SET watchlist_json = @watchlist WHERE client_id = @id", cancellationToken,
                ("@id", clientId), ("@watchlist", JsonSerializer.Serialize(changed, PostJson.Options)));
            await connection.ExecuteAsync(tx, database.MarkAllPostDaysDirtySql, cancellationToken);
        }

        var outcome = watched ? AlreadyWatched : Added;
        await using var insert = connection.Command(tx, """
            INSERT INTO watchlist_promotions (client_id, term, label, analyst, outcome, promoted_at)
            VALUES (@client, @term, @label, @analyst, @outcome, @at) RETURNING id
            """,
            ("@client", clientId), ("@term", term), ("@label", label.Trim()), ("@analyst", analyst), ("@outcome", outcome), ("@at", database.Time(at)));
        var id = Convert.ToInt64(await insert.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
        await tx.CommitAsync(cancellationToken);
        return new WatchlistPromotion(id, clientId, term, label.Trim(), analyst, outcome, at);
    }

    public async Task<IReadOnlyList<WatchlistPromotion>> ListAsync(string? clientId, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        return await connection.QueryAsync(null, """
            SELECT id, client_id, term, label, analyst, outcome, promoted_at FROM watchlist_promotions
            WHERE @client IS NULL OR client_id = @client ORDER BY id DESC LIMIT @limit
            """,
            reader => new WatchlistPromotion(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
                reader.GetString(5), database.ReadTime(reader, 6)),
            cancellationToken, ("@client", clientId), ("@limit", limit));
    }
}
